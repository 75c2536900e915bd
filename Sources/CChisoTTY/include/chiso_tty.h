#ifndef CHISO_TTY_H
#define CHISO_TTY_H
/* The terminal's safety net, in one C file each (no ncurses here):
 *
 * - tty.c: signal flags and the self-pipe that wakes the input wait; the terminal modes saved
 *   before curses starts and the reset sequence that puts them back, sent from a signal
 *   handler when chiso dies of a signal it can catch.
 * - guard.c: the supervising parent that restores the terminal when the dashboard dies of a
 *   signal it cannot catch (SIGKILL, the out-of-memory killer), then ends the way the
 *   dashboard did.
 */
#include <stddef.h>
#include <signal.h>
#include <poll.h>

/* ---- tty.c ---- */

/* Saves the terminal modes (call before curses starts) and opens the wake-up pipe. */
void chiso_save_terminal(void);
/* Starts a new reset sequence (mouse reporting off when `mouse`), to be completed with
 * chiso_reset_append and armed with chiso_reset_arm. */
void chiso_reset_begin(int mouse);
/* Appends one capability string (NULL and (char *)-1, terminfo's "absent", are skipped). */
void chiso_reset_append(const char *s);
/* The reset sequence is complete and the terminal is in curses' modes: a fatal signal, or the
 * supervising parent after SIGKILL, now sends it. */
void chiso_reset_arm(void);
/* The normal exit path ran endwin: puts the saved modes back; nothing is left to undo. */
void chiso_mark_restored(void);
/* Installs the handlers: every signal whose default action ends the process either sets the
 * pending flag (asynchronous ones: INT, TERM, HUP, QUIT, USR1, USR2, ALRM, PIPE, VTALRM, PROF,
 * XCPU, PWR, STKFLT), or restores the terminal at once and dies of it (faults: SEGV, BUS, ILL,
 * TRAP, ABRT, FPE, SYS). SIGXFSZ is ignored (a write over a file-size limit fails with EFBIG).
 * A signal ignored when chiso started stays ignored. `chain_fatal`: hand a fault to the handler
 * that was there before (the Swift runtime's backtracer) after restoring. */
void chiso_install_signal_handlers(int chain_fatal);
/* After curses started: chain SIGWINCH to curses' handler and wake the input wait. */
void chiso_install_winch_handler(void);
/* The pending asynchronous signal (0 if none), cleared. */
int chiso_take_signal(void);
/* Waits for input, a signal or the timeout (milliseconds; negative waits for ever). Returns 1
 * when stdin is readable, 2 when woken by a signal, 0 on timeout, -1 when the input is gone. */
int chiso_wait_input(int timeout_ms);
/* The same, also waiting for the `count` descriptors of `extra` (their events asked, their
 * revents filled in): returns 3 when one of them is ready and stdin is not. */
int chiso_wait_input_and(int timeout_ms, struct pollfd *extra, int count);
/* Ends the process of `sig` with its default action (no core file: the terminal was restored
 * and the signal handled); _exit(128 + sig) if that does not end it. */
void chiso_die_of_signal(int sig) __attribute__((noreturn));
/* 1 when the locale's character set is UTF-8. */
int chiso_locale_is_utf8(void);
/* The signals that set the pending flag, and the faults (for tests and documentation). */
int chiso_async_signal_count(void);
int chiso_async_signal(int index);
int chiso_fault_signal_count(void);
int chiso_fault_signal(int index);

/* ---- guard.c ---- */

/* Splits chiso into a supervising parent and the dashboard child, before the data is loaded.
 * Returns in the child only: 1 when supervised, 0 when chiso runs without a guard (stdin is not
 * a terminal, CHISO_NO_GUARD=1, more than one thread, fork failed). The parent replaces itself
 * with a fresh image of chiso that runs only the guard (a constructor, before Swift starts;
 * `argv` is shown by ps), waits for the child, restores the terminal if the child left it in
 * curses' modes, and exits with the child's status or dies of its signal. */
int chiso_guard_start(char *const *argv);
/* 1 in a dashboard supervised by a guard. */
int chiso_guard_active(void);

#endif
