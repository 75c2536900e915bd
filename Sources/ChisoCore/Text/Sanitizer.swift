import Foundation

/// The one gate every string from data (and every argument echoed back) passes before it is
/// shown or written. One rule decides which scalars are dangerous (`isDangerous`: C0 controls,
/// DEL, C1 controls, bidirectional controls, line and paragraph separators); one function per
/// kind of channel decides what becomes of them:
///
/// | channel | used by | dangerous scalars become |
/// |---|---|---|
/// | `.terminal` | the screen (`Grid.write`), `render`, text reports, `validate`, stderr, `.txt` exports | visible symbols (`␛`, `␇`, `�`) |
/// | `.markdown` | Markdown reports and `.md` exports | visible symbols; HTML and link syntax escaped |
/// | `.csv` | CSV reports | visible symbols; a would-be formula gets a leading `'`; RFC 4180 quoting |
/// | `.json` | JSON reports | `\u` escapes: lossless, the reader gets the data back exactly |
public enum Sanitizer {
    /// The kinds of output channel.
    public enum Channel: String, CaseIterable, Sendable {
        case terminal, markdown, csv, json
    }

    /// `text` made safe for `channel` (for `.csv` one quoted field, for `.json` one string literal).
    public static func sanitize(_ text: String, for channel: Channel) -> String {
        switch channel {
        case .terminal: return terminal(text)
        case .markdown: return markdown(text)
        case .csv: return csvField(text)
        case .json: return json(text)
        }
    }

    // MARK: The rule

    /// True for a scalar that could drive a terminal, reorder text or break a line where no
    /// line break was meant: C0 controls (tab and line feed included), DEL, C1 controls, the
    /// bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F,
    /// U+202A–U+202E, U+2066–U+2069) and the line and paragraph separators (U+2028, U+2029).
    public static func isDangerous(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x061C || v == 0x200E || v == 0x200F
            || (0x2028...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// True when nothing in `text` is dangerous (the common, fast path: only a byte that can
    /// start a dangerous scalar in UTF-8 makes it look at scalars).
    @inline(__always)
    public static func isClean(_ text: String) -> Bool {
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F { return false }
            // Lead bytes of U+0080–U+009F (C2), U+061C (D8) and U+200E–U+2069 (E2).
            if byte == 0xC2 || byte == 0xD8 || byte == 0xE2 { return !text.unicodeScalars.contains(where: isDangerous) }
        }
        return true
    }

    // MARK: Terminal

    /// `text` with every dangerous scalar replaced by a visible symbol: C0 controls become
    /// Control Pictures (`␛`, `␊`), DEL `␡`, the others `�`. With `keepingLineBreaks`, line
    /// feeds stay (for a whole multi-line output whose fields were cleaned one by one).
    public static func terminal(_ text: String, keepingLineBreaks: Bool = false) -> String {
        if isClean(text) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if keepingLineBreaks && scalar == "\n" { out.append(scalar); continue }
            out.append(visible(scalar))
        }
        return String(out)
    }

    /// The terminal gate under its older name.
    public static func clean(_ text: String) -> String { terminal(text) }

    static func visible(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        guard isDangerous(s) else { return s }
        if v < 0x20, let picture = Unicode.Scalar(0x2400 + v) { return picture }
        if v == 0x7F { return "\u{2421}" }
        return "\u{FFFD}"
    }

    // MARK: Markdown

    /// Inline text for a Markdown document: the terminal gate, then every character that could
    /// start HTML, an entity, a link, an image, emphasis, code or a table cell is escaped
    /// (`<` `>` `&` as entities, `\` `` ` `` `*` `_` `[` `]` `|` with a backslash), so a renderer
    /// shows the text as it is and never makes a tag or a link (`javascript:` or other) of it.
    public static func markdown(_ text: String) -> String {
        let safe = terminal(text)
        guard safe.contains(where: { markdownSpecial.contains($0) }) else { return safe }
        var out = ""
        for ch in safe {
            switch ch {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "|": out += "\\" + String(ch)
            default: out.append(ch)
            }
        }
        return out
    }

    static let markdownSpecial: Set<Character> = ["<", ">", "&", "\\", "`", "*", "_", "[", "]", "|"]

    /// A citation for a Markdown document: an `http`/`https` URL without spaces or angle
    /// brackets becomes an autolink (`<https://…>`); anything else (`javascript:…`, `data:…`,
    /// prose) is escaped text, never a link.
    public static func markdownLink(_ text: String) -> String {
        let safe = terminal(text)
        let lower = safe.lowercased()
        let isWeb = lower.hasPrefix("https://") || lower.hasPrefix("http://")
        if isWeb, !safe.contains(where: { $0 == "<" || $0 == ">" || $0.isWhitespace || $0 == "\\" || $0 == "`" }) {
            return "<\(safe)>"
        }
        return markdown(text)
    }

    /// The fence for a fenced code block holding `content`: backticks, one more than the longest
    /// run of backticks in it (at least three), so no line of the content can close the block.
    public static func markdownFence(for content: String) -> String {
        var longest = 0, run = 0
        for ch in content {
            run = ch == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return String(repeating: "`", count: max(3, longest + 1))
    }

    // MARK: CSV

    /// Characters with which a spreadsheet starts a formula (OWASP: CSV injection).
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// One CSV field holding text: a cell that a spreadsheet would run as a formula (it starts
    /// with `=`, `+`, `-`, `@`, a tab or a carriage return and is not a plain number) gets a
    /// leading `'`; then the terminal gate; then RFC 4180 quoting where needed. Plain numbers
    /// (`-3.5`, `+2`, `1e-3`) stay numbers.
    public static func csvField(_ text: String) -> String {
        var cell = text
        if let first = text.unicodeScalars.first, formulaStarts.contains(first), !isPlainNumber(text) { cell = "'" + text }
        cell = terminal(cell)
        if cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return cell
    }

    /// True for `-3.5`, `+2`, `11360`, `1e-3`: a number and nothing else.
    public static func isPlainNumber(_ text: String) -> Bool {
        var digits = 0, i = text.utf8.startIndex
        let bytes = text.utf8
        func at(_ b: UInt8) -> Bool { i < bytes.endIndex && bytes[i] == b }
        if at(UInt8(ascii: "+")) || at(UInt8(ascii: "-")) { i = bytes.index(after: i) }
        func run() { while i < bytes.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { digits += 1; i = bytes.index(after: i) } }
        run()
        if at(UInt8(ascii: ".")) { i = bytes.index(after: i); run() }
        guard digits > 0 else { return false }
        if at(UInt8(ascii: "e")) || at(UInt8(ascii: "E")) {
            i = bytes.index(after: i)
            if at(UInt8(ascii: "+")) || at(UInt8(ascii: "-")) { i = bytes.index(after: i) }
            digits = 0
            run()
            guard digits > 0 else { return false }
        }
        return i == bytes.endIndex
    }

    // MARK: JSON

    /// `text` as a JSON string literal, quotes included: `"` and `\` escaped, and every control,
    /// C1, bidirectional and line or paragraph separator scalar as a `\u` escape. Lossless: a
    /// JSON reader gets `text` back exactly.
    public static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if isDangerous(scalar) { out += unicodeEscape(scalar) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// A JSON document (from `JSONEncoder`, which leaves C1 controls, DEL, bidi controls and
    /// U+2028/U+2029 raw) with every dangerous scalar still raw written as a `\u` escape. Such
    /// a scalar can only stand inside a string literal, so the document stays valid and means
    /// the same.
    public static func jsonDocument(_ encoded: String) -> String {
        guard encoded.unicodeScalars.contains(where: { $0 != "\n" && isDangerous($0) }) else { return encoded }
        var out = String.UnicodeScalarView()
        for scalar in encoded.unicodeScalars {
            if scalar != "\n" && isDangerous(scalar) {
                out.append(contentsOf: unicodeEscape(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func unicodeEscape(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
