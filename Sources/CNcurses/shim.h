#ifndef CHISO_CNCURSES_SHIM_H
#define CHISO_CNCURSES_SHIM_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <wchar.h>
#include <unistd.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

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

/* DisplayWidth.maxScalarsPerCell is 5 (a base and four combining marks); a longer grapheme is
 * drawn as the placeholder. The ncursesw built against must hold that many in one cell. */
_Static_assert(CCHARW_MAX >= 5, "ncursesw keeps fewer than 5 wide characters per cell: lower DisplayWidth.maxScalarsPerCell");

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

/* Reads a string capability of the current terminal (NULL or (char *)-1 when absent). */
static inline const char *chiso_tigetstr(const char *name) { return tigetstr((char *)name); }

/* 1 when TERM names a terminal this terminfo knows and that can address the cursor (the
 * dashboard needs `cup`); 0 when it lacks cursor addressing (TERM=dumb); -1 when TERM is
 * unknown. Leaves no terminal set up. */
static inline int chiso_terminal_can_address_cursor(void) {
    int err = 0;
    if (setupterm(NULL, STDOUT_FILENO, &err) != OK) return -1;
    const char *cup = tigetstr((char *)"cup");
    int ok = cup != NULL && cup != (const char *)-1;
    TERMINAL *t = cur_term;
    set_curterm(NULL);
    del_curterm(t);
    return ok ? 1 : 0;
}
#endif
