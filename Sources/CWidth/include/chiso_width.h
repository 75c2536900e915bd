#ifndef CHISO_WIDTH_H
#define CHISO_WIDTH_H
#include <stdint.h>

/* The C library's wcwidth, measured under one UTF-8 LC_CTYPE for the whole process: the
 * environment's when it is UTF-8 (what ncurses uses in the dashboard), else C.UTF-8. Only
 * the calling thread switches locale, and only for the call; the process's locale is untouched. */

/* wcwidth of one Unicode scalar: 0, 1, 2, or -1 when the C library has no width for it
 * (non-printable, unassigned in its tables, or no UTF-8 locale at all). */
int chiso_wcwidth(uint32_t scalar);

/* Fills widths[i] with chiso_wcwidth(i) for i in 0..<count, switching locale once. */
void chiso_wcwidth_fill(int8_t *widths, uint32_t count);

/* The name of the locale widths are measured under ("C.UTF-8", "vi_VN.UTF-8", …), or "" when
 * no UTF-8 locale could be opened. */
const char *chiso_width_locale(void);

#endif
