/* The store snapshot's checks (Sources/ChisoCore/Store/SnapshotFile.swift): a checksum that reads
 * 8 bytes per instruction, and the ranges of the id columns, vectorised where the processor can.
 * A later `chiso` maps a 36 MB snapshot and checks it whole before using it: with XXH64 and
 * scalar loops that was about 57 M instructions of a warm `chiso render` (Docs/performance.md). */
#include "chiso_sys.h"
#include <pthread.h>
#include <string.h>

#if defined(__x86_64__)
#include <cpuid.h>
#define CHISO_X86 1
#endif
#if defined(__aarch64__) && defined(__ARM_FEATURE_CRC32)
#include <arm_acle.h>
#define CHISO_ARM_CRC 1
#endif

/* ---- CRC-32C (Castagnoli), reflected, without the initial and final inversion ---- */

static uint32_t crc_table[8][256];
static pthread_once_t crc_once = PTHREAD_ONCE_INIT;

static void crc_fill(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0x82F63B78u & (0u - (c & 1u)));
        crc_table[0][i] = c;
    }
    for (uint32_t i = 0; i < 256; i++)
        for (int t = 1; t < 8; t++) crc_table[t][i] = (crc_table[t - 1][i] >> 8) ^ crc_table[0][crc_table[t - 1][i] & 0xFF];
}

static inline uint64_t load64(const uint8_t *p) { uint64_t v; memcpy(&v, p, 8); return v; }

static inline uint32_t soft_u64(uint32_t c, uint64_t w) {
    w ^= c;
    return crc_table[7][w & 0xFF] ^ crc_table[6][(w >> 8) & 0xFF] ^ crc_table[5][(w >> 16) & 0xFF] ^ crc_table[4][(w >> 24) & 0xFF]
         ^ crc_table[3][(w >> 32) & 0xFF] ^ crc_table[2][(w >> 40) & 0xFF] ^ crc_table[1][(w >> 48) & 0xFF] ^ crc_table[0][w >> 56];
}

static inline uint32_t soft_u8(uint32_t c, uint8_t b) { return crc_table[0][(c ^ b) & 0xFF] ^ (c >> 8); }

uint32_t chiso_crc32c_update(uint32_t crc, const void *bytes, size_t len) {
    pthread_once(&crc_once, crc_fill);
    const uint8_t *p = bytes;
    for (; len >= 8; len -= 8, p += 8) crc = soft_u64(crc, load64(p));
    for (; len > 0; len--, p++) crc = soft_u8(crc, *p);
    return crc;
}

/* Four CRC lanes over interleaved words (lane i takes words i, i+4, i+8 … of each 32 bytes),
 * so four crc32 instructions are in flight at once; the tail goes into lanes 0 and 1. */
#define LANES_BODY(U64, U8)                                                                   \
    const uint8_t *p = bytes;                                                                 \
    for (; len >= 32; len -= 32, p += 32) {                                                   \
        c[0] = U64(c[0], load64(p)); c[1] = U64(c[1], load64(p + 8));                         \
        c[2] = U64(c[2], load64(p + 16)); c[3] = U64(c[3], load64(p + 24));                   \
    }                                                                                         \
    for (; len >= 8; len -= 8, p += 8) c[0] = U64(c[0], load64(p));                           \
    for (; len > 0; len--, p++) c[1] = U8(c[1], *p);

static void lanes_soft(uint32_t c[4], const void *bytes, size_t len) {
    pthread_once(&crc_once, crc_fill);
    LANES_BODY(soft_u64, soft_u8)
}

#if CHISO_X86
__attribute__((target("sse4.2"))) static inline uint32_t hw_u64(uint32_t c, uint64_t w) { return (uint32_t)__builtin_ia32_crc32di(c, w); }
__attribute__((target("sse4.2"))) static inline uint32_t hw_u8(uint32_t c, uint8_t b) { return __builtin_ia32_crc32qi(c, b); }
__attribute__((target("sse4.2"))) static void lanes_hw(uint32_t c[4], const void *bytes, size_t len) { LANES_BODY(hw_u64, hw_u8) }

static int has_sse42 = -1, has_avx2 = -1;
static void cpu_probe(void) {
    unsigned a, b, cx, d;
    has_sse42 = __get_cpuid(1, &a, &b, &cx, &d) && (cx & bit_SSE4_2);
    /* AVX2 also needs the OS to save the YMM registers (OSXSAVE and XCR0 bits 1, 2). */
    int avx = __get_cpuid(1, &a, &b, &cx, &d) && (cx & bit_OSXSAVE) && (cx & bit_AVX);
    if (avx) {
        unsigned lo, hi;
        __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
        avx = (lo & 6) == 6;
    }
    has_avx2 = avx && __get_cpuid_count(7, 0, &a, &b, &cx, &d) && (b & bit_AVX2);
}
static pthread_once_t cpu_once = PTHREAD_ONCE_INIT;
#elif CHISO_ARM_CRC
static inline uint32_t hw_u64(uint32_t c, uint64_t w) { return __crc32cd(c, w); }
static inline uint32_t hw_u8(uint32_t c, uint8_t b) { return __crc32cb(c, b); }
static void lanes_hw(uint32_t c[4], const void *bytes, size_t len) { LANES_BODY(hw_u64, hw_u8) }
#endif

static const uint64_t M1 = 11400714785074694791ULL, M2 = 14029467366897019727ULL, M3 = 1609587929392839161ULL;
static inline uint64_t rot(uint64_t x, int r) { return (x << (r & 63)) | (x >> ((64 - r) & 63)); }

static uint64_t finish(const uint32_t c[4], size_t len, uint64_t seed) {
    uint64_t h = seed ^ ((uint64_t)len * M1);
    h ^= ((uint64_t)c[0] | (uint64_t)c[1] << 32) * M2; h = rot(h, 31) * M1;
    h ^= ((uint64_t)c[2] | (uint64_t)c[3] << 32) * M2; h = rot(h, 31) * M1;
    h ^= h >> 33; h *= M2; h ^= h >> 29; h *= M3; h ^= h >> 32;
    return h;
}

static void seed_lanes(uint32_t c[4], uint64_t seed) {
    for (int i = 0; i < 4; i++) c[i] = (uint32_t)(rot(seed, 16 * i) ^ (0x9E3779B97F4A7C15ULL >> (8 * i)));
}

uint64_t chiso_checksum64_portable(const void *bytes, size_t len, uint64_t seed) {
    uint32_t c[4];
    seed_lanes(c, seed);
    lanes_soft(c, bytes, len);
    return finish(c, len, seed);
}

uint64_t chiso_checksum64(const void *bytes, size_t len, uint64_t seed) {
    uint32_t c[4];
    seed_lanes(c, seed);
#if CHISO_X86
    pthread_once(&cpu_once, cpu_probe);
    if (has_sse42) lanes_hw(c, bytes, len); else lanes_soft(c, bytes, len);
#elif CHISO_ARM_CRC
    lanes_hw(c, bytes, len);
#else
    lanes_soft(c, bytes, len);
#endif
    return finish(c, len, seed);
}

/* ---- Ranges of id columns ---- */

#define RANGE_I32_BODY                                                   \
    int32_t lo = INT32_MAX, hi = INT32_MIN;                              \
    for (size_t i = 0; i < n; i++) { int32_t x = v[i]; lo = x < lo ? x : lo; hi = x > hi ? x : hi; } \
    *min = lo; *max = hi;
#define MAX_U16_BODY                                                     \
    uint16_t hi = 0;                                                     \
    for (size_t i = 0; i < n; i++) hi = v[i] > hi ? v[i] : hi;           \
    return hi;
/* The unit (bits 40…63) and the indicator (bits 28…39) of a figure key (FigureKeyPacking). */
#define KEYS_BODY                                                        \
    uint64_t u = 0, k = 0;                                               \
    for (size_t i = 0; i < n; i++) {                                     \
        uint64_t a = keys[i] >> 40, b = (keys[i] >> 28) & 0xFFF;         \
        u = a > u ? a : u; k = b > k ? b : k;                            \
    }                                                                    \
    *max_unit = u; *max_indicator = k;

static void range_i32_plain(const int32_t *v, size_t n, int32_t *min, int32_t *max) { RANGE_I32_BODY }
static uint16_t max_u16_plain(const uint16_t *v, size_t n) { MAX_U16_BODY }
static void keys_plain(const uint64_t *keys, size_t n, uint64_t *max_unit, uint64_t *max_indicator) { KEYS_BODY }

#if CHISO_X86
__attribute__((target("avx2"))) static void range_i32_avx2(const int32_t *v, size_t n, int32_t *min, int32_t *max) { RANGE_I32_BODY }
__attribute__((target("avx2"))) static uint16_t max_u16_avx2(const uint16_t *v, size_t n) { MAX_U16_BODY }
__attribute__((target("avx2"))) static void keys_avx2(const uint64_t *keys, size_t n, uint64_t *max_unit, uint64_t *max_indicator) { KEYS_BODY }
#endif

void chiso_range_i32(const int32_t *v, size_t n, int32_t *min, int32_t *max) {
#if CHISO_X86
    pthread_once(&cpu_once, cpu_probe);
    if (has_avx2) { range_i32_avx2(v, n, min, max); return; }
#endif
    range_i32_plain(v, n, min, max);
}

uint16_t chiso_max_u16(const uint16_t *v, size_t n) {
#if CHISO_X86
    pthread_once(&cpu_once, cpu_probe);
    if (has_avx2) return max_u16_avx2(v, n);
#endif
    return max_u16_plain(v, n);
}

void chiso_keys_max(const uint64_t *keys, size_t n, uint64_t *max_unit, uint64_t *max_indicator) {
#if CHISO_X86
    pthread_once(&cpu_once, cpu_probe);
    if (has_avx2) { keys_avx2(keys, n, max_unit, max_indicator); return; }
#endif
    keys_plain(keys, n, max_unit, max_indicator);
}
