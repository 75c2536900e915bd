#ifndef CHISO_SYS_H
#define CHISO_SYS_H
#include <stddef.h>
#include <stdint.h>
/* Small system calls Swift cannot make directly: the no-replace rename, errno, and the crash
 * triggers of the debug-only test hook; and a fast hash for the store snapshot. */

/* rename(2) that fails with EEXIST instead of replacing (Linux renameat2 RENAME_NOREPLACE);
 * ENOSYS / EINVAL where the kernel or file system cannot do it. */
int chiso_rename_noreplace(const char *from, const char *to);
/* The calling thread's errno. */
int chiso_errno(void);
/* Ends the process the way a crash would: a real invalid write for SIGSEGV, abort() for
 * SIGABRT, raise() for the others. Used only by debug builds' CrashHook. */
void chiso_test_crash(int sig);
/* A 64-bit hash of `len` bytes (the XXH64 algorithm), chained through `seed`: the store
 * snapshot's checksum and the content hash of the data files it was built from. */
uint64_t chiso_hash64(const void *bytes, size_t len, uint64_t seed);

#endif
