import CWidth
import Foundation

/// How many terminal columns text takes, measured per grapheme cluster the way the terminal
/// will draw it.
///
/// The width of a scalar is the C library's `wcwidth` (what ncurses uses to place a cell, and
/// what tmux uses), under one UTF-8 `LC_CTYPE` for the whole process: the environment's when it
/// is UTF-8, else `C.UTF-8` (see `locale`). `render`, reports and the dashboard all measure with
/// it. A grapheme that one ncurses cell cannot hold, or whose width terminals disagree on, is
/// drawn as `placeholder` instead (see `layout(_:)`).
public enum DisplayWidth {
    /// How a grapheme cluster is drawn.
    public enum Layout: Equatable, Sendable {
        /// Nothing is drawn (a zero-width format character such as U+200B).
        case invisible
        /// The grapheme itself, this many columns wide (1 or 2).
        case itself(Int)
        /// `placeholder` instead of the grapheme.
        case placeholder
    }

    /// What a grapheme that cannot be trusted to a terminal cell is drawn as: U+FFFD, one column.
    public static let placeholder: Character = "\u{FFFD}"
    /// Columns `placeholder` takes.
    public static let placeholderWidth = 1
    /// The most scalars one cell holds: a base and four combining marks (ncurses' CCHARW_MAX is 5).
    public static let maxScalarsPerCell = 5

    /// The locale widths are measured under (`C.UTF-8` unless the environment's is UTF-8).
    public static var locale: String { String(cString: chiso_width_locale()) }

    /// `wcwidth` of planes 0 and 1, read from the C library once.
    private static let table: [Int8] = {
        var t = [Int8](repeating: -1, count: 0x20000)
        t.withUnsafeMutableBufferPointer { chiso_wcwidth_fill($0.baseAddress, UInt32($0.count)) }
        return t
    }()

    /// The C library's `wcwidth` of one scalar under the measuring locale: 0, 1, 2, or -1 when
    /// it has no width for it (controls, unassigned code points).
    public static func libcWidth(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if v < 0x20000 { return Int(table[Int(v)]) }
        return Int(chiso_wcwidth(v))
    }

    /// How `c` is drawn. The placeholder replaces a grapheme that
    /// * holds more than `maxScalarsPerCell` scalars (ncurses would cut it),
    /// * holds a second spacing scalar (ZWJ sequences, flags, skin tones: ncurses keeps only the
    ///   first; terminals draw them as one, two or several cells),
    /// * joins with U+200D, or is a regional indicator (a flag's half),
    /// * has a presentation selector against its base's width (VS16 after a narrow base,
    ///   VS15 after a wide one: terminals disagree on the result),
    /// * has a scalar the C library gives no width (its tables are older than the text),
    /// * starts with a combining mark (it would land on the neighbouring cell).
    public static func layout(_ c: Character) -> Layout {
        let scalars = c.unicodeScalars
        var it = scalars.makeIterator()
        guard let first = it.next() else { return .invisible }
        let base = libcWidth(first)
        var count = 1
        while let s = it.next() {
            count += 1
            if count > maxScalarsPerCell { return .placeholder }
            switch s.value {
            case 0x200D: return .placeholder
            case 0xFE0F where base != 2: return .placeholder
            case 0xFE0E where base == 2: return .placeholder
            default: if libcWidth(s) != 0 { return .placeholder }
            }
        }
        if base < 0 || (0x1F1E6...0x1F1FF).contains(first.value) { return .placeholder }
        if base == 0 {
            switch first.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark: return .placeholder
            default: return count == 1 ? .invisible : .placeholder
            }
        }
        return .itself(base)
    }

    /// Columns `c` takes as drawn (the placeholder's width when it is drawn as the placeholder).
    public static func of(_ c: Character) -> Int {
        if let a = c.asciiValue { return a >= 0x20 && a < 0x7F ? 1 : placeholderWidth }
        switch layout(c) {
        case .invisible: return 0
        case .itself(let w): return w
        case .placeholder: return placeholderWidth
        }
    }

    /// Columns a string occupies as drawn.
    public static func of(_ text: String) -> Int {
        var asciiOnly = true
        for b in text.utf8 where b < 0x20 || b >= 0x7F { asciiOnly = false; break }
        if asciiOnly { return text.utf8.count }
        var total = 0
        for c in text { total += of(c) }
        return total
    }

    /// The longest prefix of `text` that fits in `width` columns, with `…` when cut.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        if width <= 0 { return "" }
        if of(text) <= width { return text }
        let room = width - of(ellipsis)
        var out = ""
        var used = 0
        for c in text {
            let w = of(c)
            if used + w > room { break }
            out.append(c)
            used += w
        }
        return room >= 0 ? out + ellipsis : out
    }

    /// `text` padded with spaces (or cut) to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, to: width)
        let gap = max(0, width - of(cut))
        return alignRight ? String(repeating: " ", count: gap) + cut : cut + String(repeating: " ", count: gap)
    }
}
