#define _GNU_SOURCE
#include "chiso_sys.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/syscall.h>

int chiso_rename_noreplace(const char *from, const char *to) {
#ifdef SYS_renameat2
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, 1u);
#else
    (void)from; (void)to;
    errno = ENOSYS;
    return -1;
#endif
}

int chiso_errno(void) { return errno; }

void chiso_test_crash(int sig) {
    if (sig == SIGSEGV) { volatile int *p = (volatile int *)(uintptr_t)16; *p = 1; }
    if (sig == SIGABRT) abort();
    raise(sig);
}
