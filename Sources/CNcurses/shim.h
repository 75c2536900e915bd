#ifndef CHISO_CNCURSES_SHIM_H
#define CHISO_CNCURSES_SHIM_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <signal.h>
#include <string.h>
#include <stdlib.h>
#include <stdint.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <ncursesw/curses.h>

/* Helpers for ncurses macros and globals that do not import into Swift. */

static inline WINDOW *chiso_stdscr(void) { return stdscr; }
static inline int chiso_lines(void) { return LINES; }
static inline int chiso_cols(void) { return COLS; }
static inline int chiso_colors(void) { return COLORS; }
static inline int chiso_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t chiso_a_bold(void) { return A_BOLD; }
static inline attr_t chiso_a_underline(void) { return A_UNDERLINE; }
static inline attr_t chiso_a_reverse(void) { return A_REVERSE; }
static inline attr_t chiso_a_dim(void) { return A_DIM; }

/* Writes one grapheme (up to 5 wide characters: a base and combining marks) at (y, x). */
static inline int chiso_put(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t c;
    if (setcchar(&c, wch, attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(stdscr, y, x, &c);
}

static inline int chiso_get_wch(wint_t *out) { return wget_wch(stdscr, out); }

static inline int chiso_key_code_yes(void) { return KEY_CODE_YES; }
static inline int chiso_key_resize(void) { return KEY_RESIZE; }
static inline int chiso_key_mouse(void) { return KEY_MOUSE; }
static inline int chiso_key_btab(void) { return KEY_BTAB; }
static inline int chiso_key_ppage(void) { return KEY_PPAGE; }
static inline int chiso_key_npage(void) { return KEY_NPAGE; }
static inline int chiso_key_home(void) { return KEY_HOME; }
static inline int chiso_key_end(void) { return KEY_END; }
static inline int chiso_key_up(void) { return KEY_UP; }
static inline int chiso_key_down(void) { return KEY_DOWN; }
static inline int chiso_key_left(void) { return KEY_LEFT; }
static inline int chiso_key_right(void) { return KEY_RIGHT; }
static inline int chiso_key_enter(void) { return KEY_ENTER; }
static inline int chiso_key_backspace(void) { return KEY_BACKSPACE; }

static inline mmask_t chiso_mouse_mask(void) {
    return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
        | BUTTON5_PRESSED
#endif
        ;
}
static inline int chiso_mouse_is_click(mmask_t s) { return (s & (BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_DOUBLE_CLICKED)) != 0; }
static inline int chiso_mouse_is_wheel_up(mmask_t s) { return (s & BUTTON4_PRESSED) != 0; }
static inline int chiso_mouse_is_wheel_down(mmask_t s) {
#ifdef BUTTON5_PRESSED
    return (s & BUTTON5_PRESSED) != 0;
#else
    return 0;
#endif
}

/* ---- Signals, waiting for input, and restoring the terminal on every exit path ----
 *
 * Terminating signals (INT, TERM, HUP, QUIT) set a flag and write a byte to a self-pipe, so
 * the input wait wakes whichever thread the kernel delivered the signal to. SIGWINCH is chained
 * to ncurses' own handler and also wakes the wait. Fatal signals (SEGV, BUS, ILL, TRAP, ABRT,
 * FPE) restore the terminal with async-signal-safe calls only (write, tcsetattr, sigaction,
 * raise) and re-raise with the default action, so the process still dies of the signal (or,
 * when asked, hand it to the previous handler: the Swift runtime's backtracer).
 */
static volatile sig_atomic_t chiso_pending_signal = 0;
static volatile sig_atomic_t chiso_tty_active = 0;
static int chiso_wake_fds[2] = {-1, -1};
static const int chiso_fatal_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
#define CHISO_FATAL_COUNT 6
/* Aggregates live in a function-local static: the Swift importer does not emit header globals
 * of struct or array type. */
struct chiso_tty_state {
    struct termios saved;
    int have_termios;
    char reset[512];
    size_t reset_count;
    struct sigaction previous_winch;
    struct sigaction previous_fatal[CHISO_FATAL_COUNT];
};
static struct chiso_tty_state *chiso_state(void) {
    static struct chiso_tty_state state;
    return &state;
}
static int chiso_fatal_installed = 0;
/* 1: after restoring the terminal, hand a fatal signal to the handler that was there before
 * (the Swift runtime's backtracer, which may wait for the user); 0: die of it at once. */
static volatile sig_atomic_t chiso_chain_fatal = 0;

static void chiso_wake(void) {
    int saved = errno;
    if (chiso_wake_fds[1] >= 0) { char c = 1; ssize_t r = write(chiso_wake_fds[1], &c, 1); (void)r; }
    errno = saved;
}

static void chiso_on_signal(int sig) { chiso_pending_signal = sig; chiso_wake(); }

static void chiso_on_winch(int sig) {
    if (!(chiso_state()->previous_winch.sa_flags & SA_SIGINFO) && chiso_state()->previous_winch.sa_handler != SIG_DFL
        && chiso_state()->previous_winch.sa_handler != SIG_IGN && chiso_state()->previous_winch.sa_handler != NULL) {
        chiso_state()->previous_winch.sa_handler(sig);
    }
    chiso_wake();
}

/* Async-signal-safe: sends the saved reset sequence and puts back the saved termios. */
static void chiso_restore_now(void) {
    if (!chiso_tty_active) return;
    chiso_tty_active = 0;
    int saved = errno;
    size_t done = 0;
    while (done < chiso_state()->reset_count) {
        ssize_t n = write(STDOUT_FILENO, chiso_state()->reset + done, chiso_state()->reset_count - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        done += (size_t)n;
    }
    if (chiso_state()->have_termios) tcsetattr(STDIN_FILENO, TCSANOW, &chiso_state()->saved);
    errno = saved;
}

static void chiso_on_fatal(int sig) {
    chiso_restore_now();
    int i;
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    for (i = 0; i < CHISO_FATAL_COUNT; i++) {
        if (chiso_fatal_signals[i] == sig) {
            /* Hand the signal to whoever had it before (default action, or the Swift backtracer). */
            const struct sigaction *prev = &chiso_state()->previous_fatal[i];
            int usable = chiso_chain_fatal && ((prev->sa_flags & SA_SIGINFO) ? prev->sa_sigaction != NULL
                                                       : (prev->sa_handler != SIG_IGN && prev->sa_handler != NULL));
            sigaction(sig, usable ? prev : &dfl, NULL);
            break;
        }
    }
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
    /* A handler that returned: make sure the process still ends of this signal. */
    sigaction(sig, &dfl, NULL);
    raise(sig);
    _exit(128 + sig);
}

/* Saves the terminal modes (call before curses starts) and opens the wake-up pipe. */
static inline void chiso_save_terminal(void) {
    if (tcgetattr(STDIN_FILENO, &chiso_state()->saved) == 0) chiso_state()->have_termios = 1;
    if (chiso_wake_fds[0] < 0 && pipe(chiso_wake_fds) == 0) {
        int i;
        for (i = 0; i < 2; i++) {
            fcntl(chiso_wake_fds[i], F_SETFL, fcntl(chiso_wake_fds[i], F_GETFL) | O_NONBLOCK);
            fcntl(chiso_wake_fds[i], F_SETFD, FD_CLOEXEC);
        }
    }
}

/* Appends bytes to the reset sequence sent by the fatal-signal path. */
static inline void chiso_reset_append(const char *s) {
    if (s == NULL || s == (const char *)-1) return;
    size_t n = strlen(s);
    if (chiso_state()->reset_count + n >= sizeof chiso_state()->reset) return;
    memcpy(chiso_state()->reset + chiso_state()->reset_count, s, n);
    chiso_state()->reset_count += n;
}

/* Builds the reset sequence from terminfo once curses runs: mouse reporting off, attributes off,
 * cursor visible, keypad transmit off, alternate screen left. */
static inline void chiso_prepare_reset(int mouse) {
    chiso_state()->reset_count = 0;
    if (mouse) chiso_reset_append("\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[?1015l");
    chiso_reset_append(tigetstr((char *)"sgr0"));
    chiso_reset_append(tigetstr((char *)"cnorm"));
    chiso_reset_append(tigetstr((char *)"rmkx"));
    chiso_reset_append(tigetstr((char *)"rmcup"));
    chiso_tty_active = 1;
}

/* The normal exit path ran endwin: the fatal path has nothing left to undo. */
static inline void chiso_mark_restored(void) {
    chiso_tty_active = 0;
    if (chiso_state()->have_termios) tcsetattr(STDIN_FILENO, TCSANOW, &chiso_state()->saved);
}

static inline void chiso_install_one(int sig, void (*handler)(int)) {
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: interrupt blocking calls */
    /* A signal ignored when chiso started (nohup, a background job) stays ignored. */
    if (sigaction(sig, NULL, &old) == 0 && old.sa_handler == SIG_IGN && !(old.sa_flags & SA_SIGINFO)) return;
    sigaction(sig, &sa, NULL);
}

/* Terminating signals, before initscr (so ncurses leaves them to us), and fatal signals. */
static inline void chiso_install_signal_handlers(int chain_fatal) {
    chiso_chain_fatal = chain_fatal;
    chiso_install_one(SIGINT, chiso_on_signal);
    chiso_install_one(SIGTERM, chiso_on_signal);
    chiso_install_one(SIGHUP, chiso_on_signal);
    chiso_install_one(SIGQUIT, chiso_on_signal);
    /* A write that would exceed a file size limit fails with EFBIG instead of killing chiso. */
    signal(SIGXFSZ, SIG_IGN);
    if (!chiso_fatal_installed) {
        static char *altstack = NULL;
        if (altstack == NULL) {
            size_t size = 64 * 1024;
            altstack = (char *)malloc(size);
            if (altstack != NULL) {
                stack_t st;
                memset(&st, 0, sizeof st);
                st.ss_sp = altstack;
                st.ss_size = size;
                sigaltstack(&st, NULL);
            }
        }
        int i;
        for (i = 0; i < CHISO_FATAL_COUNT; i++) {
            struct sigaction sa;
            memset(&sa, 0, sizeof sa);
            sa.sa_handler = chiso_on_fatal;
            sigemptyset(&sa.sa_mask);
            sa.sa_flags = SA_ONSTACK | SA_NODEFER | SA_RESETHAND;
            sigaction(chiso_fatal_signals[i], &sa, &chiso_state()->previous_fatal[i]);
        }
        chiso_fatal_installed = 1;
    }
}

/* After initscr: chain SIGWINCH to ncurses' handler and wake the input wait. */
static inline void chiso_install_winch_handler(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = chiso_on_winch;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sigaction(SIGWINCH, &sa, &chiso_state()->previous_winch);
}

static inline int chiso_take_signal(void) { int s = chiso_pending_signal; chiso_pending_signal = 0; return s; }

/* Waits for input, a signal or the timeout (milliseconds; negative waits for ever).
 * Returns 1 when stdin is readable, 2 when woken by a signal, 0 on timeout, -1 when the input
 * is gone (hang-up, error, closed). */
static inline int chiso_wait_input(int timeout_ms) {
    struct pollfd p[2];
    p[0].fd = STDIN_FILENO; p[0].events = POLLIN; p[0].revents = 0;
    p[1].fd = chiso_wake_fds[0]; p[1].events = POLLIN; p[1].revents = 0;
    int n = poll(p, chiso_wake_fds[0] >= 0 ? 2 : 1, timeout_ms);
    if (n < 0) return errno == EINTR ? 2 : -1;
    if (n == 0) return 0;
    if (chiso_wake_fds[0] >= 0 && (p[1].revents & POLLIN)) {
        char buf[256];
        while (read(chiso_wake_fds[0], buf, sizeof buf) > 0) {}
        return 2;
    }
    if (p[0].revents & POLLIN) return 1;
    if (p[0].revents & (POLLHUP | POLLERR | POLLNVAL)) return -1;
    return 2;
}

/* Test hook: ends the process the way a crash would. */
static inline void chiso_test_crash(int sig) {
    if (sig == SIGSEGV) { volatile int *p = (volatile int *)(uintptr_t)16; *p = 1; }
    if (sig == SIGABRT) abort();
    raise(sig);
}

static inline int chiso_errno(void) { return errno; }

/* rename(2) that fails with EEXIST instead of replacing (Linux renameat2 RENAME_NOREPLACE);
 * ENOSYS / EINVAL where the kernel or file system cannot do it. */
static inline int chiso_rename_noreplace(const char *from, const char *to) {
#ifdef SYS_renameat2
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, 1u);
#else
    (void)from; (void)to;
    errno = ENOSYS;
    return -1;
#endif
}

static inline int chiso_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}
#endif
