import ChisoCore

/// Wraps text into lines of at most `width` display columns with nothing left out: breaks at
/// spaces, and a word wider than the line (a URL) is broken between its characters. A percent
/// sign written after a space (`10,5 %`, the Vietnamese way) stays on its number's line. For views
/// that show a whole text; `Words.wrap` is the one that stops at a line count.
enum TextWrap {
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        var words: [String] = []
        for word in text.split(separator: " ") {
            if word.hasPrefix("%"), let last = words.last { words[words.count - 1] = last + " " + word } else { words.append(String(word)) }
        }
        for word in words {
            var w = String(word)
            var ww = DisplayWidth.of(w)
            if currentWidth > 0 && currentWidth + 1 + ww <= width {
                current += " " + w
                currentWidth += 1 + ww
                continue
            }
            if currentWidth > 0 { lines.append(current) }
            current = ""
            currentWidth = 0
            // A word wider than the line: as many characters per line as fit.
            while ww > width {
                var head = "", headWidth = 0
                var rest = Substring(w)
                while let c = rest.first, headWidth + DisplayWidth.of(c) <= width {
                    head.append(c)
                    headWidth += DisplayWidth.of(c)
                    rest = rest.dropFirst()
                }
                if head.isEmpty, let c = rest.first { head = String(c); rest = rest.dropFirst() }
                lines.append(head)
                w = String(rest)
                ww = DisplayWidth.of(w)
            }
            current = w
            currentWidth = ww
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
