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

/* The store snapshot's checks (checks.c). A 64-bit checksum of `len` bytes chained through
 * `seed`: four CRC-32C lanes over interleaved 8-byte words (the processor's crc32 instruction
 * where there is one, else tables; both give the same value), mixed with the length. */
uint64_t chiso_checksum64(const void *bytes, size_t len, uint64_t seed);
/* The same value computed with the tables only (tests compare the two). */
uint64_t chiso_checksum64_portable(const void *bytes, size_t len, uint64_t seed);
/* CRC-32C of `len` bytes from `crc`, without the initial and final inversion (for tests). */
uint32_t chiso_crc32c_update(uint32_t crc, const void *bytes, size_t len);
/* The smallest and largest of `n` (> 0) values; INT32_MAX, INT32_MIN for none. */
void chiso_range_i32(const int32_t *v, size_t n, int32_t *min, int32_t *max);
/* The largest of `n` values; 0 for none. */
uint16_t chiso_max_u16(const uint16_t *v, size_t n);
/* The largest unit (bits 40-63) and indicator (bits 28-39) of `n` figure keys; 0 for none. */
void chiso_keys_max(const uint64_t *keys, size_t n, uint64_t *max_unit, uint64_t *max_indicator);

/* Unix stream sockets for meetings (Sources/ChisoTerminal/Meeting). Every descriptor is
 * non-blocking and close-on-exec; failures return -errno. */
/* Binds and listens at `path` (which must not exist), then sets the socket file's mode. */
int chiso_unix_listen(const char *path, unsigned int mode);
/* Connects to the socket at `path` (the connect itself waits; a local connect is immediate). */
int chiso_unix_connect(const char *path);
/* Accepts one connection: its descriptor, or -errno (-EAGAIN when none waits). */
int chiso_unix_accept(int fd);
/* send(2) with MSG_NOSIGNAL | MSG_DONTWAIT: bytes sent, or -errno (-EAGAIN when the buffer is full). */
long chiso_send(int fd, const void *buf, unsigned long len);
/* read(2): bytes read, 0 at the end, or -errno. */
long chiso_recv(int fd, void *buf, unsigned long len);
/* Sets the socket's send buffer size (SO_SNDBUF); 0 or -errno. */
int chiso_set_send_buffer(int fd, int bytes);

#endif
