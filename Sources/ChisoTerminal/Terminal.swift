import CChisoTTY
import CNcurses
import ChisoCore
import ChisoUI
import Foundation

/// Something that happened at the terminal.
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    case resize(Size)
    case click(x: Int, y: Int)
    case wheel(Int)
    case signal(Int32)
    /// The wait timed out (only when a timeout was asked for: watch mode).
    case tick
    /// The input is gone: the terminal hung up or stdin reached its end.
    case endOfInput
    /// One of the other descriptors waited on (`nextEvent(timeout:also:)`) is ready; their
    /// `revents` say which.
    case ready
}

/// Why the terminal could not be started.
public struct TerminalError: Error, CustomStringConvertible {
    /// What went wrong, as a glossary phrase (the command words it in its language).
    public let phrase: Phrase
    /// The exit status it calls for: 2 for a terminal the dashboard cannot draw on, else 1.
    public var exitCode: Int32 = 1

    public var description: String { phrase.text(.en) }
}

/// The only code that talks to ncurses: set-up, input, drawing, and restoring the terminal.
public final class Terminal {
    public let usesColor: Bool
    /// False when the locale cannot show Unicode: text is folded to ASCII at present time.
    public let isUTF8: Bool
    private var pairs: [Role: Int16] = [:]
    private var theme: Theme
    private var previous: Grid?
    /// The attributes and colour pair each cell of `previous` was drawn with (row by row).
    private var pens: [Pen] = []
    /// Colour pairs whose background is the terminal's default (pair 0 always is).
    private var plainPairs: Set<Int16> = [0]
    private var restored = false
    private let screen: OpaquePointer

    /// True when both stdin and stdout are terminals.
    public static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    /// Starts curses: locale first, then the screen, keys, mouse and colours. Throws, with the
    /// terminal untouched, when the terminal type is unknown.
    public init(theme: Theme) throws {
        setlocale(LC_ALL, "")
        isUTF8 = chiso_locale_is_utf8() != 0
        chiso_save_terminal()
        // CHISO_BACKTRACE=1 keeps the Swift runtime's crash backtrace (printed after the terminal
        // is restored); by default a crash ends at once, so nothing waits on a dead screen.
        chiso_install_signal_handlers(ProcessInfo.processInfo.environment["CHISO_BACKTRACE"] == "1" ? 1 : 0)
        set_escdelay(25)
        guard let screen = newterm(nil, stdout, stdin) else {
            let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
            throw TerminalError(phrase: Phrase(.terminalUnknownType, "\(Sanitizer.clean(term))"))
        }
        self.screen = screen
        set_term(screen)
        cbreak()
        noecho()
        nonl()
        intrflush(chiso_stdscr(), false)
        keypad(chiso_stdscr(), true)
        // Home and End as terminals send them whatever TERM says (tmux and screen send ESC [1~ and
        // ESC [4~ under an xterm TERM, whose terminfo knows only ESC OH / ESC OF): unknown, the
        // sequence would arrive as Esc, [, 1, ~ (close the form, previous year, Overview).
        for sequence in ["\u{1B}[1~", "\u{1B}[7~", "\u{1B}[H", "\u{1B}OH"] { define_key(sequence, chiso_key_home()) }
        for sequence in ["\u{1B}[4~", "\u{1B}[8~", "\u{1B}[F", "\u{1B}OF"] { define_key(sequence, chiso_key_end()) }
        // Input is read without blocking; `nextEvent` waits in poll(2) with the wake-up pipe.
        nodelay(chiso_stdscr(), true)
        curs_set(0)
        chiso_install_winch_handler()
        var old: mmask_t = 0
        mousemask(chiso_mouse_mask(), &old)
        mouseinterval(0)
        // What a fatal signal (or the supervising parent, after SIGKILL) sends to put the
        // terminal back: mouse reporting off, attributes off, cursor visible, keypad transmit
        // off, alternate screen left.
        chiso_reset_begin(old != 0 || chiso_mouse_mask() != 0 ? 1 : 0)
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] { chiso_reset_append(chiso_tigetstr(capability)) }
        chiso_reset_arm()
        var colour = theme.usesColor && has_colors()
        if colour {
            start_color()
            if use_default_colors() != OK { assume_default_colors(Int32(TerminalColor.white.rawValue), Int32(TerminalColor.black.rawValue)) }
            if chiso_colors() < 8 || chiso_color_pairs() < Role.allCases.count + 1 { colour = false }
        }
        usesColor = colour
        // Grey needs 16 colours; with 8 it falls back to the dim attribute.
        let fitted = colour ? theme.fitted(colors: Int(chiso_colors())) : .mono
        self.theme = fitted
        if colour {
            for (i, role) in Role.allCases.enumerated() {
                let style = fitted.style(for: role)
                let pair = Int16(i + 1)
                init_pair(pair, Int16(style.foreground.rawValue), Int16(style.background.rawValue))
                pairs[role] = pair
                if style.background == .default { plainPairs.insert(pair) }
            }
        }
    }

    deinit { restore() }

    /// Checks, before anything is drawn or loaded, that `TERM` names a terminal the dashboard
    /// can draw on: known to terminfo and able to address the cursor (`TERM=dumb` cannot).
    public static func checkUsable() throws {
        switch chiso_terminal_can_address_cursor() {
        case 1: return
        case 0:
            let term = Sanitizer.clean(ProcessInfo.processInfo.environment["TERM"] ?? "")
            throw TerminalError(phrase: Phrase(.terminalNoCursorAddressing, "\(term)"),
                                exitCode: 2)
        default:
            // An unknown type: `init` says so (exit 1).
            return
        }
    }

    /// Ends the process of `signal` (its default action, no core file), the terminal restored;
    /// how the dashboard ends after a terminating signal, so the shell sees what ended it.
    public static func die(of signal: Int32) -> Never {
        chiso_die_of_signal(signal)
    }

    /// The current size of the screen.
    public var size: Size { Size(width: Int(chiso_cols()), height: Int(chiso_lines())) }

    /// Puts the terminal back: mouse reporting off, cursor visible, curses ended. Safe to call twice.
    public func restore() {
        guard !restored else { return }
        restored = true
        var old: mmask_t = 0
        mousemask(0, &old)
        curs_set(1)
        endwin()
        // Belt and braces for terminals that keep mouse reporting after endwin; a hung-up
        // terminal makes this write fail, which is fine.
        let off = "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l"
        _ = off.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
        chiso_mark_restored()
        delscreen(screen)
    }

    /// Blocks until a key, a resize, a mouse event, a signal, the end of input or, when
    /// `timeout` (milliseconds) is not negative, that much time without input. Idle costs no CPU.
    public func nextEvent(timeout: Int32 = -1) -> TerminalEvent {
        var none: [pollfd] = []
        return nextEvent(timeout: timeout, also: &none)
    }

    /// The next event, also waiting for the descriptors of `extra` (the meeting socket's): input
    /// comes first; `.ready` when only one of them is ready, its `revents` filled in.
    public func nextEvent(timeout: Int32 = -1, also extra: inout [pollfd]) -> TerminalEvent {
        // Readable input that decodes to nothing, again and again, is an end of file.
        var emptyReads = 0
        while true {
            let sig = chiso_take_signal()
            if sig != 0 { return .signal(sig) }
            var wch: wint_t = 0
            let rc = chiso_get_wch(&wch)
            if rc == ERR {
                let count = Int32(extra.count)
                switch extra.withUnsafeMutableBufferPointer({ chiso_wait_input_and(timeout, $0.baseAddress, count) }) {
                case 0: return .tick
                case 3: return .ready
                case -1: return .endOfInput
                case 1:
                    emptyReads += 1
                    if emptyReads >= 64 { return .endOfInput }
                default: break
                }
                continue
            }
            emptyReads = 0
            if rc == chiso_key_code_yes() {
                let code = Int32(wch)
                if code == chiso_key_resize() {
                    previous = nil
                    return .resize(size)
                }
                if code == chiso_key_mouse() {
                    var ev = MEVENT()
                    guard getmouse(&ev) == OK else { continue }
                    if chiso_mouse_is_wheel_up(ev.bstate) != 0 { return .wheel(-3) }
                    if chiso_mouse_is_wheel_down(ev.bstate) != 0 { return .wheel(3) }
                    if chiso_mouse_is_click(ev.bstate) != 0 { return .click(x: Int(ev.x), y: Int(ev.y)) }
                    continue
                }
                if let key = Terminal.functionKey(code) { return .key(key) }
                continue
            }
            if let key = Terminal.characterKey(UInt32(wch)) { return .key(key) }
        }
    }

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case chiso_key_up(): return .up
        case chiso_key_down(): return .down
        case chiso_key_left(): return .left
        case chiso_key_right(): return .right
        case chiso_key_home(): return .home
        case chiso_key_end(): return .end
        case chiso_key_ppage(): return .pageUp
        case chiso_key_npage(): return .pageDown
        case chiso_key_btab(): return .backtab
        case chiso_key_enter(): return .enter
        case chiso_key_backspace(): return .backspace
        default: return nil
        }
    }

    /// Decodes a character from `get_wch`; control characters become named keys or nothing.
    public static func characterKey(_ value: UInt32) -> Key? {
        switch value {
        case 0x1B: return .esc
        case 0x09: return .tab
        case 0x0A, 0x0D: return .enter
        case 0x7F, 0x08: return .backspace
        case 0x03: return .ctrlC
        case 0x0C: return .ctrlL
        case 0x15: return .ctrlU
        case 0x17: return .ctrlW
        case 0..<0x20: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// Makes the next `present` clear the terminal and send every cell (Ctrl-L).
    public func redraw() {
        previous = nil
        clearok(chiso_stdscr(), true)
    }

    /// Copies the grid into stdscr and lets ncurses send only the changed cells.
    public func present(_ grid: Grid) {
        let current = size
        guard grid.width == current.width, grid.height == current.height else { return }
        let prev = previous.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        if prev == nil {
            werase(chiso_stdscr())
            pens = Array(repeating: Pen(), count: grid.width * grid.height)
        }
        var row = [Pen](repeating: Pen(), count: grid.width)
        for y in 0..<grid.height {
            penRow(grid, y, into: &row)
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                let i = y * grid.width + x
                if let prev, prev[x, y] == cell, pens[i] == row[x],
                   !(x + 1 < grid.width && prev[x + 1, y] != grid[x + 1, y]) { continue }
                pens[i] = row[x]
                put(cell, x: x, y: y, pen: row[x])
                // Folded to ASCII, a wide grapheme is one column: its right half is sent as a
                // blank, or the cell there would keep what the last frame drew.
                if !isUTF8, x + 1 < grid.width, grid[x + 1, y].isContinuation {
                    put(Cell(" "), x: x + 1, y: y, pen: row[x])
                }
            }
        }
        previous = grid
        wnoutrefresh(chiso_stdscr())
        doupdate()
    }

    /// The attributes and colour pair one cell is drawn with.
    private struct Pen: Equatable {
        var attrs: attr_t = 0
        var pair: Int16 = 0
    }

    /// Gaps of at most this many blanks are drawn with the pen on their left (see `penRow`).
    private static let foldedGap = 8

    /// The pens of row `y`. A short run of blanks between two drawn cells is drawn with the pen
    /// of the cell on its left when neither pen shows on a blank (no background colour, reverse
    /// or underline): the screen looks the same, but the terminal is not sent an attribute
    /// change on each side of every gap (chart bars, `·█` pairs), which was most of the bytes of
    /// a month step. Blanks at the end of a row keep their own pen, so ncurses can still skip or
    /// erase them.
    private func penRow(_ grid: Grid, _ y: Int, into row: inout [Pen]) {
        for x in 0..<grid.width { row[x] = pen(for: grid[x, y]) }
        var x = 1
        while x < grid.width {
            guard grid[x, y].grapheme == " " else { x += 1; continue }
            var end = x
            while end < grid.width, grid[end, y].grapheme == " " { end += 1 }
            let left = row[x - 1]
            if end < grid.width, end - x <= Terminal.foldedGap, showsNothingOnBlank(left) {
                for k in x..<end where showsNothingOnBlank(row[k]) { row[k] = left }
            }
            x = end
        }
    }

    /// True when a blank drawn with `pen` looks like a plain blank.
    private func showsNothingOnBlank(_ pen: Pen) -> Bool {
        pen.attrs & (chiso_a_reverse() | chiso_a_underline()) == 0 && plainPairs.contains(pen.pair)
    }

    private func pen(for cell: Cell) -> Pen {
        let style = theme.style(for: cell.role)
        let attrs = style.attributes.union(cell.attributes)
        var a: attr_t = 0
        if attrs.contains(.bold) { a |= chiso_a_bold() }
        if attrs.contains(.underline) { a |= chiso_a_underline() }
        if attrs.contains(.reverse) { a |= chiso_a_reverse() }
        if attrs.contains(.dim) && usesColor { a |= chiso_a_dim() }
        return Pen(attrs: a, pair: usesColor ? (pairs[cell.role] ?? 0) : 0)
    }

    private func put(_ cell: Cell, x: Int, y: Int, pen: Pen) {
        let text = isUTF8 ? cell.grapheme : ASCIIFallback.fold(cell.grapheme)
        var wide: [wchar_t] = []
        for scalar in text.unicodeScalars.prefix(DisplayWidth.maxScalarsPerCell) { wide.append(wchar_t(bitPattern: scalar.value)) }
        if wide.isEmpty { wide.append(wchar_t(32)) }
        wide.append(0)
        _ = chiso_put(Int32(y), Int32(x), wide, pen.attrs, pen.pair)
    }

    /// An ASCII stand-in for a grapheme, for terminals whose locale is not UTF-8 (the one fallback table).
    public static func asciiFold(_ text: String) -> String { ASCIIFallback.fold(text) }
}
