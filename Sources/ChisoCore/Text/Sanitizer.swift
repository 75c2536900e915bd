import Foundation

/// The one gate every string from data passes before it is shown or written:
/// control characters, ESC, DEL, C1 controls and bidirectional overrides become
/// visible replacements, so data can never drive the terminal.
public enum Sanitizer {
    /// Returns `text` with every dangerous scalar replaced by a visible symbol.
    /// C0 controls become Control Pictures (`␛`, `␊`), DEL `␡`, C1 controls and
    /// bidi controls `�`.
    public static func clean(_ text: String) -> String {
        if isClean(text) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(contentsOf: replacement(for: scalar))
        }
        return String(out)
    }

    /// True when nothing in `text` needs replacing (the common, fast path).
    @inline(__always)
    public static func isClean(_ text: String) -> Bool {
        for byte in text.utf8 where byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 {
            if byte == 0xC2 || byte == 0xE2 { return text.unicodeScalars.allSatisfy { !isDangerous($0) } }
            return false
        }
        return true
    }

    public static func isDangerous(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    static func replacement(for s: Unicode.Scalar) -> [Unicode.Scalar] {
        let v = s.value
        if v < 0x20 { return [Unicode.Scalar(0x2400 + v)!] }
        if v == 0x7F { return [Unicode.Scalar(0x2421)!] }
        if isDangerous(s) { return [Unicode.Scalar(0xFFFD)!] }
        return [s]
    }
}
