/* The supervising parent: the only way to restore the terminal after SIGKILL (the
 * out-of-memory killer sends it too), which the dashboard process cannot catch.
 *
 * chiso_guard_start forks. The child returns to Swift and becomes the dashboard; it tells the
 * parent over a socket the reset sequence once curses runs ('A', two length bytes, the bytes)
 * and when it has put the terminal back ('R'). The parent execs a fresh image of the chiso
 * binary with CHISO_GUARD=<child>:<socket>:<saved termios in hex>; that image's constructor
 * runs the guard before the Swift runtime starts and never returns, so the parent holds no
 * data, no curses and no Swift heap (see Docs/performance.md for its measured RSS). The guard
 * forwards the signals sent to it (the asynchronous ones, WINCH, and fault signals sent with
 * kill; it ignores SIGXFSZ, as the dashboard does), waits for the child, restores the terminal if
 * the child left it in curses' modes (and always the saved termios), then exits with the
 * child's status, or dies of the child's signal. It keeps the process group and the terminal's
 * descriptors: Ctrl-C, Ctrl-Z and resizes reach the child from the terminal directly. */
#define _GNU_SOURCE
#include "chiso_tty.h"
#include "guard_link.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/wait.h>

extern char **environ;

/* ---- the child's side ---- */

static int report_fd = -1;

static void send_all(const char *bytes, size_t count) {
    size_t done = 0;
    while (done < count) {
        ssize_t n = send(report_fd, bytes + done, count - done, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        done += (size_t)n;
    }
}

void chiso_guard_report_active(const char *reset, size_t count) {
    if (report_fd < 0 || count > 0xFFFF) return;
    int saved = errno;
    char head[3] = {'A', (char)(count >> 8), (char)(count & 0xFF)};
    send_all(head, 3);
    send_all(reset, count);
    errno = saved;
}

void chiso_guard_report_restored(void) {
    if (report_fd < 0) return;
    int saved = errno;
    send_all("R", 1);
    errno = saved;
}

int chiso_guard_active(void) { return report_fd >= 0; }

/* ---- the guard ---- */

static volatile pid_t child_pid = 0;

static void forward(int sig) {
    int saved = errno;
    if (child_pid > 0) kill(child_pid, sig);
    errno = saved;
}

/* A fault signal: sent by someone (kill, sigqueue, tgkill: si_code <= 0), it is passed on like
 * the others; raised by the guard's own code, the default action ends the guard. */
static void forward_fault(int sig, siginfo_t *info, void *context) {
    (void)context;
    if (info != NULL && info->si_code <= 0) { forward(sig); return; }
    signal(sig, SIG_DFL);
}

/* What the child said last: its reset sequence, and whether the terminal is in curses' modes. */
struct report {
    char reset[1024];
    size_t count;
    int active;
    /* Parser: 0 waiting for a tag, 1–2 reading the length, 3 reading the bytes. */
    int stage;
    size_t expected;
};

static void take(struct report *r, const char *bytes, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char b = (unsigned char)bytes[i];
        switch (r->stage) {
        case 0:
            if (b == 'A') { r->stage = 1; r->count = 0; r->active = 0; }
            else if (b == 'R') r->active = 0;
            break;
        case 1: r->expected = (size_t)b << 8; r->stage = 2; break;
        case 2:
            r->expected |= b;
            r->stage = r->expected > 0 ? 3 : 0;
            if (r->expected == 0) r->active = 1;
            break;
        default:
            if (r->count < sizeof r->reset) r->reset[r->count++] = (char)b;
            if (--r->expected == 0) { r->stage = 0; r->active = 1; }
        }
    }
}

static void guard_write(const char *bytes, size_t count) {
    size_t done = 0;
    while (done < count) {
        ssize_t n = write(STDOUT_FILENO, bytes + done, count - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        done += (size_t)n;
    }
}

static void guard_run(pid_t child, int fd, const struct termios *modes, int have_status, int status) __attribute__((noreturn));
static void guard_run(pid_t child, int fd, const struct termios *modes, int have_status, int status) {
    child_pid = child;
    int forwarded[40];
    int count = 0;
    for (int i = 0; i < chiso_async_signal_count() && count < 39; i++) forwarded[count++] = chiso_async_signal(i);
    forwarded[count++] = SIGWINCH;
    for (int i = 0; i < count; i++) {
        struct sigaction sa, old;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = forward;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        /* Ignored when chiso started (nohup): stays ignored, the child inherited that. */
        if (sigaction(forwarded[i], NULL, &old) == 0 && !(old.sa_flags & SA_SIGINFO) && old.sa_handler == SIG_IGN) continue;
        sigaction(forwarded[i], &sa, NULL);
    }
    for (int i = 0; i < chiso_fault_signal_count(); i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_sigaction = forward_fault;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_SIGINFO | SA_RESTART;
        sigaction(chiso_fault_signal(i), &sa, NULL);
    }
    /* The dashboard ignores SIGXFSZ (a write over a file-size limit fails instead); so does its guard. */
    signal(SIGXFSZ, SIG_IGN);
    struct report report;
    memset(&report, 0, sizeof report);
    char buf[256];
    /* The child's reports stay readable after it died: read to the end either way. */
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n > 0) { take(&report, buf, (size_t)n); continue; }
        if (n < 0 && errno == EINTR) continue;
        break; /* end of file: the child is gone (or going) */
    }
    close(fd);
    while (!have_status) {
        pid_t r = waitpid(child, &status, 0);
        if (r == child) break;
        if (r < 0 && errno == EINTR) continue;
        status = 1 << 8; /* not ours to wait for: say it failed */
        break;
    }
    child_pid = 0;
    /* Put the terminal back only while this job owns it (a job in the background would stop on
     * SIGTTOU, and its shell owns the modes then). CAN ends any sequence the child was cut in. */
    if (isatty(STDIN_FILENO) && tcgetpgrp(STDIN_FILENO) == getpgrp()) {
        if (report.active) {
            guard_write("\030", 1);
            guard_write(report.reset, report.count);
        }
        tcsetattr(STDIN_FILENO, TCSANOW, modes);
    }
    if (WIFSIGNALED(status)) chiso_die_of_signal(WTERMSIG(status));
    _exit(WIFEXITED(status) ? WEXITSTATUS(status) : 1);
}

static int thread_count(void) {
    int fd = open("/proc/self/status", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    char text[4096];
    ssize_t n = read(fd, text, sizeof text - 1);
    close(fd);
    if (n <= 0) return -1;
    text[n] = 0;
    const char *line = strstr(text, "\nThreads:");
    return line ? atoi(line + 9) : -1;
}

static const char hex[] = "0123456789abcdef";

int chiso_guard_start(char *const *argv) {
    const char *off = getenv("CHISO_NO_GUARD");
    if (off != NULL && *off != 0 && strcmp(off, "0") != 0) return 0;
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) return 0;
    /* fork() copies only the calling thread: with others running, the child could inherit a lock
     * held for ever. chiso has one thread until the dashboard starts. */
    if (thread_count() != 1) return 0;
    struct termios modes;
    if (tcgetattr(STDIN_FILENO, &modes) != 0) return 0;
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) return 0;
    char exe[4096];
    ssize_t length = readlink("/proc/self/exe", exe, sizeof exe - 1);
    fflush(NULL);
    pid_t child = fork();
    if (child < 0) { close(sv[0]); close(sv[1]); return 0; }
    if (child == 0) {
        close(sv[0]);
        report_fd = sv[1];
        return 1;
    }
    close(sv[1]);
    const char *deleted = " (deleted)";
    size_t dl = strlen(deleted);
    if (length > 0 && !((size_t)length > dl && memcmp(exe + length - dl, deleted, dl) == 0)) {
        exe[length] = 0;
        char spec[64 + 2 * sizeof(struct termios)];
        int at = snprintf(spec, 64, "CHISO_GUARD=%d:%d:", (int)child, sv[0]);
        const unsigned char *raw = (const unsigned char *)&modes;
        for (size_t i = 0; i < sizeof modes; i++) { spec[at++] = hex[raw[i] >> 4]; spec[at++] = hex[raw[i] & 15]; }
        spec[at] = 0;
        size_t n = 0;
        while (environ[n] != NULL) n++;
        char **env = (char **)calloc(n + 2, sizeof(char *));
        if (env != NULL) {
            size_t k = 0;
            for (size_t i = 0; i < n; i++) if (strncmp(environ[i], "CHISO_GUARD=", 12) != 0) env[k++] = environ[i];
            env[k++] = spec;
            env[k] = NULL;
            fcntl(sv[0], F_SETFD, 0);
            execve(exe, argv, env);
            fcntl(sv[0], F_SETFD, FD_CLOEXEC);
            free(env);
        }
    }
    /* No fresh image: guard from this one (the same, with the memory of the process so far). */
    guard_run(child, sv[0], &modes, 0, 0);
}

static int unhex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* The guard's image: runs before main when CHISO_GUARD names a child of this process. */
__attribute__((constructor)) static void chiso_guard_entry(void) {
    const char *spec = getenv("CHISO_GUARD");
    if (spec == NULL) return;
    char *end = NULL;
    long child = strtol(spec, &end, 10);
    int ok = end != spec && *end == ':' && child > 0;
    long fd = ok ? strtol(end + 1, &end, 10) : -1;
    ok = ok && *end == ':' && fd >= 0;
    struct termios modes;
    unsigned char *raw = (unsigned char *)&modes;
    const char *h = ok ? end + 1 : "";
    for (size_t i = 0; ok && i < sizeof modes; i++) {
        int a = unhex(h[2 * i]), b = a < 0 ? -1 : unhex(h[2 * i + 1]);
        if (a < 0 || b < 0) ok = 0; else raw[i] = (unsigned char)(a * 16 + b);
    }
    ok = ok && h[2 * sizeof modes] == 0;
    int status = 0;
    pid_t r = ok ? waitpid((pid_t)child, &status, WNOHANG) : -1;
    if (r < 0) {
        /* Not a guard's environment (set by hand, or the child is not ours): run as plain chiso. */
        unsetenv("CHISO_GUARD");
        return;
    }
    guard_run((pid_t)child, (int)fd, &modes, r == (pid_t)child, status);
}
