/* Signals, waiting for input, and restoring the terminal on every exit path a process can
 * see (the supervising parent in guard.c covers the ones it cannot).
 *
 * Asynchronous terminating signals set a flag and write a byte to a self-pipe, so the input
 * wait wakes whichever thread the kernel delivered the signal to; the dashboard then leaves
 * through its normal path (endwin) and dies of the same signal. SIGWINCH is chained to curses'
 * own handler and also wakes the wait. Faults restore the terminal with async-signal-safe calls
 * only (write, tcsetattr, sigaction, raise) and re-raise with the default action, so the
 * process still dies of the signal (or, when asked, hand it to the previous handler: the Swift
 * runtime's backtracer). */
#define _GNU_SOURCE
#include "chiso_tty.h"
#include "guard_link.h"
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <sys/resource.h>

static volatile sig_atomic_t pending_signal = 0;
static volatile sig_atomic_t tty_active = 0;
static int wake_fds[2] = {-1, -1};

static const int async_signals[] = {
    SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF, SIGXCPU,
#ifdef SIGPWR
    SIGPWR,
#endif
#ifdef SIGSTKFLT
    SIGSTKFLT,
#endif
};
#define ASYNC_COUNT ((int)(sizeof async_signals / sizeof async_signals[0]))
static const int fault_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGSYS};
#define FAULT_COUNT ((int)(sizeof fault_signals / sizeof fault_signals[0]))

static struct termios saved_modes;
static int have_modes = 0;
static char reset[512];
static size_t reset_count = 0;
static struct sigaction previous_winch;
static struct sigaction previous_fault[FAULT_COUNT];
static int faults_installed = 0;
/* 1: after restoring the terminal, hand a fault to the handler that was there before (the
 * Swift runtime's backtracer, which may wait for the user); 0: die of it at once. */
static volatile sig_atomic_t chain_faults = 0;

int chiso_async_signal_count(void) { return ASYNC_COUNT; }
int chiso_async_signal(int index) { return index >= 0 && index < ASYNC_COUNT ? async_signals[index] : 0; }
int chiso_fault_signal_count(void) { return FAULT_COUNT; }
int chiso_fault_signal(int index) { return index >= 0 && index < FAULT_COUNT ? fault_signals[index] : 0; }

static void wake(void) {
    int saved = errno;
    if (wake_fds[1] >= 0) { char c = 1; ssize_t r = write(wake_fds[1], &c, 1); (void)r; }
    errno = saved;
}

static void on_async(int sig) { pending_signal = sig; wake(); }

static void on_winch(int sig) {
    const struct sigaction *prev = &previous_winch;
    if (!(prev->sa_flags & SA_SIGINFO) && prev->sa_handler != SIG_DFL && prev->sa_handler != SIG_IGN && prev->sa_handler != NULL) {
        prev->sa_handler(sig);
    }
    wake();
}

static void write_all(int fd, const char *bytes, size_t count) {
    size_t done = 0;
    while (done < count) {
        ssize_t n = write(fd, bytes + done, count - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        done += (size_t)n;
    }
}

/* Async-signal-safe: sends the reset sequence and puts back the saved modes. */
static void restore_now(void) {
    if (!tty_active) return;
    tty_active = 0;
    int saved = errno;
    write_all(STDOUT_FILENO, reset, reset_count);
    if (have_modes) tcsetattr(STDIN_FILENO, TCSANOW, &saved_modes);
    chiso_guard_report_restored();
    errno = saved;
}

static void on_fault(int sig) {
    restore_now();
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    for (int i = 0; i < FAULT_COUNT; i++) {
        if (fault_signals[i] != sig) continue;
        /* Hand the signal to whoever had it before (default action, or the Swift backtracer). */
        const struct sigaction *prev = &previous_fault[i];
        int usable = chain_faults && ((prev->sa_flags & SA_SIGINFO) ? prev->sa_sigaction != NULL
                                                                     : (prev->sa_handler != SIG_IGN && prev->sa_handler != NULL));
        sigaction(sig, usable ? prev : &dfl, NULL);
        break;
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

void chiso_save_terminal(void) {
    if (tcgetattr(STDIN_FILENO, &saved_modes) == 0) have_modes = 1;
    if (wake_fds[0] < 0 && pipe2(wake_fds, O_CLOEXEC | O_NONBLOCK) != 0) { wake_fds[0] = wake_fds[1] = -1; }
}

void chiso_reset_begin(int mouse) {
    tty_active = 0;
    reset_count = 0;
    if (mouse) chiso_reset_append("\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[?1015l");
}

void chiso_reset_append(const char *s) {
    if (s == NULL || s == (const char *)-1) return;
    size_t n = strlen(s);
    if (reset_count + n >= sizeof reset) return;
    memcpy(reset + reset_count, s, n);
    reset_count += n;
}

void chiso_reset_arm(void) {
    chiso_guard_report_active(reset, reset_count);
    tty_active = 1;
}

void chiso_mark_restored(void) {
    tty_active = 0;
    if (have_modes) tcsetattr(STDIN_FILENO, TCSANOW, &saved_modes);
    chiso_guard_report_restored();
}

static void install_one(int sig, void (*handler)(int)) {
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: interrupt blocking calls */
    /* A signal ignored when chiso started (nohup, a background job) stays ignored. */
    if (sigaction(sig, NULL, &old) == 0 && !(old.sa_flags & SA_SIGINFO) && old.sa_handler == SIG_IGN) return;
    sigaction(sig, &sa, NULL);
}

void chiso_install_signal_handlers(int chain_fatal) {
    chain_faults = chain_fatal;
    for (int i = 0; i < ASYNC_COUNT; i++) install_one(async_signals[i], on_async);
    /* A write that would exceed a file size limit fails with EFBIG instead of killing chiso. */
    signal(SIGXFSZ, SIG_IGN);
    if (faults_installed) return;
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
    for (int i = 0; i < FAULT_COUNT; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_fault;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_ONSTACK | SA_NODEFER | SA_RESETHAND;
        sigaction(fault_signals[i], &sa, &previous_fault[i]);
    }
    faults_installed = 1;
}

void chiso_install_winch_handler(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_winch;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sigaction(SIGWINCH, &sa, &previous_winch);
}

int chiso_take_signal(void) { int s = pending_signal; pending_signal = 0; return s; }

int chiso_wait_input(int timeout_ms) { return chiso_wait_input_and(timeout_ms, NULL, 0); }

int chiso_wait_input_and(int timeout_ms, struct pollfd *extra, int count) {
    enum { most = 512 };
    struct pollfd p[2 + most];
    if (count < 0) count = 0;
    if (count > most) count = most;
    p[0].fd = STDIN_FILENO; p[0].events = POLLIN; p[0].revents = 0;
    p[1].fd = wake_fds[0]; p[1].events = POLLIN; p[1].revents = 0;
    for (int i = 0; i < count; i++) { p[2 + i] = extra[i]; p[2 + i].revents = 0; }
    int n = poll(p, (nfds_t)(2 + count), timeout_ms);
    for (int i = 0; i < count; i++) extra[i].revents = p[2 + i].revents;
    if (n < 0) return errno == EINTR ? 2 : -1;
    if (n == 0) return 0;
    if (wake_fds[0] >= 0 && (p[1].revents & POLLIN)) {
        char buf[256];
        while (read(wake_fds[0], buf, sizeof buf) > 0) {}
        return 2;
    }
    if (p[0].revents & POLLIN) return 1;
    if (p[0].revents & (POLLHUP | POLLERR | POLLNVAL)) return -1;
    for (int i = 0; i < count; i++) if (extra[i].revents) return 3;
    return 2;
}

void chiso_die_of_signal(int sig) {
    struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(sig, &dfl, NULL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
    _exit(128 + sig);
}

int chiso_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}
