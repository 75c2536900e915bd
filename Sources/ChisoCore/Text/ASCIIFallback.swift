/// The one ASCII fallback of chiso: the stand-in for every non-ASCII symbol chiso draws, used by
/// `--ascii` frames, the ASCII symbol set of the widgets, the ASCII sparkline of reports, and the
/// terminal when its locale cannot show UTF-8.
public enum ASCIIFallback {
    /// Stand-ins for symbols: borders, arrows, markers, punctuation, gauge and bar blocks.
    public static let symbols: [String: String] = [
        "┌": "+", "┐": "+", "└": "+", "┘": "+", "─": "-", "━": "-", "│": "|", "┃": "|",
        "·": ".", "–": "-", "—": "-", "…": "~", "×": "x", "“": "\"", "”": "\"", "‹": "<", "›": ">",
        "↑": "^", "↓": "v", "←": "<", "→": ">", "↵": "<", "▲": "^", "▼": "v", "▸": ">", "▾": "v",
        "⚑": "!", "◆": "*", "▏": "_", "⌫": "<", "█": "#", "░": "-", "▒": ":",
    ]

    /// An ASCII stand-in for one grapheme: ASCII as it is; a Latin letter without its marks, in
    /// its case (`Đ` → `D`); a known symbol its stand-in; anything else (`中`) `?`.
    public static func fold(_ grapheme: String) -> String {
        if grapheme.utf8.allSatisfy({ $0 < 0x80 }) { return grapheme }
        let folded = TextFold.key(grapheme)
        if let first = folded.first, folded.count == 1, first.isASCII {
            return grapheme.uppercased() == grapheme && grapheme.lowercased() != grapheme ? String(first).uppercased() : String(first)
        }
        return symbols[grapheme] ?? "?"
    }
}
