import ChisoCore

/// The help text, generated from `Keymap`, so it cannot disagree with the keys.
public enum HelpLines {
    /// The help text lines: section titles and `keys — action` rows.
    public static func lines(_ lang: Language, ascii: Bool) -> [(keys: String, text: String, isTitle: Bool)] {
        var out: [(String, String, Bool)] = []
        for mode in KeyMode.allCases {
            if !out.isEmpty { out.append(("", "", false)) }
            out.append((Keymap.title(of: mode, lang), "", true))
            for b in Keymap.bindings(in: mode) { out.append((Keymap.keysText(b, ascii: ascii), b.text(lang), false)) }
        }
        out.append(("", "", false))
        out.append((lang == .vi ? "Khác" : "Other", "", true))
        for (k, t) in Keymap.notes(lang) { out.append((k, t, false)) }
        out.append(("", "", false))
        out.append((lang == .vi ? "Ký hiệu" : "Markers", "", true))
        let s = Symbols.of(ascii: ascii)
        let marks: [(String, String, String)] = [
            (s.derived, "số liệu tính toán từ số liệu khác", "derived from other figures"),
            (s.revised, "có giá trị khác được công bố (xem Chi tiết)", "other published values exist (see Detail)"),
            (SourceNotes.mark(1, ascii: ascii) + " " + SourceNotes.mark(2, ascii: ascii), "nguồn của số liệu khi khung có nhiều nguồn", "publication of a figure when a panel has several"),
            (s.synthetic, "số liệu minh họa, không có thật", "synthetic illustrative figure"),
            (s.gap, "tháng không có số liệu (không phải số 0)", "month without data (not zero)"),
            (s.up + " " + s.down, "tăng / giảm so cùng kỳ; xanh là tốt, đỏ là xấu", "up / down on last year; green good, red bad"),
        ]
        for (k, vi, en) in marks { out.append((k, lang == .vi ? vi : en, false)) }
        return out
    }
}
