#define _XOPEN_SOURCE 700
#include "chiso_width.h"
#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static locale_t measuring = (locale_t)0;
static char measuring_name[128] = "";
static pthread_once_t measuring_once = PTHREAD_ONCE_INIT;

static int is_utf8(locale_t loc) {
    const char *cs = nl_langinfo_l(CODESET, loc);
    return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

static int try_open(const char *name, const char *shown) {
    locale_t loc = newlocale(LC_CTYPE_MASK, name, (locale_t)0);
    if (loc == (locale_t)0) return 0;
    if (!is_utf8(loc)) { freelocale(loc); return 0; }
    measuring = loc;
    strncpy(measuring_name, shown, sizeof measuring_name - 1);
    return 1;
}

/* The environment's LC_CTYPE name, as setlocale(LC_ALL, "") would pick it. */
static const char *environment_ctype(void) {
    const char *names[] = {"LC_ALL", "LC_CTYPE", "LANG"};
    size_t i;
    for (i = 0; i < 3; i++) {
        const char *v = getenv(names[i]);
        if (v != NULL && v[0] != '\0') return v;
    }
    return "C";
}

static void open_measuring(void) {
    if (try_open("", environment_ctype())) return;
    if (try_open("C.UTF-8", "C.UTF-8")) return;
    if (try_open("C.utf8", "C.utf8")) return;
    (void)try_open("en_US.UTF-8", "en_US.UTF-8");
}

static locale_t measuring_locale(void) {
    pthread_once(&measuring_once, open_measuring);
    return measuring;
}

int chiso_wcwidth(uint32_t scalar) {
    locale_t loc = measuring_locale();
    if (loc == (locale_t)0) return scalar >= 0x20 && scalar < 0x7F ? 1 : -1;
    locale_t old = uselocale(loc);
    int w = wcwidth((wchar_t)scalar);
    uselocale(old);
    return w;
}

void chiso_wcwidth_fill(int8_t *widths, uint32_t count) {
    locale_t loc = measuring_locale();
    locale_t old = loc != (locale_t)0 ? uselocale(loc) : (locale_t)0;
    uint32_t i;
    for (i = 0; i < count; i++) {
        int w = loc != (locale_t)0 ? wcwidth((wchar_t)i) : (i >= 0x20 && i < 0x7F ? 1 : -1);
        widths[i] = (int8_t)(w < -1 ? -1 : w > 2 ? 2 : w);
    }
    if (loc != (locale_t)0) uselocale(old);
}

const char *chiso_width_locale(void) {
    (void)measuring_locale();
    return measuring_name;
}
