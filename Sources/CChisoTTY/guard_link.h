#ifndef CHISO_GUARD_LINK_H
#define CHISO_GUARD_LINK_H
/* Internal: how tty.c tells the supervising parent (guard.c) about the terminal. Both are
 * async-signal-safe and do nothing in a dashboard without a guard. */
#include <stddef.h>

/* The terminal is in curses' modes; `reset` puts it back. */
void chiso_guard_report_active(const char *reset, size_t count);
/* The terminal was put back. */
void chiso_guard_report_restored(void);

#endif
