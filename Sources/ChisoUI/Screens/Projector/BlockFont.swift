/// Large type for the projector: a 3×5 pixel font for figures (digits, `.` `,` `+` `-` `%`),
/// drawn as full blocks five rows tall (each pixel one or two columns wide) or as half blocks
/// three rows tall where the space is short.
enum BlockFont {
    /// The rows of a glyph, top to bottom; `#` is ink.
    static let glyphs: [Character: [String]] = [
        "0": ["###", "# #", "# #", "# #", "###"],
        "1": [" # ", "## ", " # ", " # ", "###"],
        "2": ["###", "  #", "###", "#  ", "###"],
        "3": ["###", "  #", " ##", "  #", "###"],
        "4": ["# #", "# #", "###", "  #", "  #"],
        "5": ["###", "#  ", "###", "  #", "###"],
        "6": ["###", "#  ", "###", "# #", "###"],
        "7": ["###", "  #", "  #", "  #", "  #"],
        "8": ["###", "# #", "###", "# #", "###"],
        "9": ["###", "# #", "###", "  #", "###"],
        ".": [" ", " ", " ", " ", "#"],
        ",": [" ", " ", " ", " ", "#"],
        "+": ["   ", " # ", "###", " # ", "   "],
        "-": ["   ", "   ", "###", "   ", "   "],
        "−": ["   ", "   ", "###", "   ", "   "],
        "%": ["# #", "  #", " # ", "#  ", "# #"],
        " ": [" ", " ", " ", " ", " "],
    ]

    /// How a figure is drawn: rows tall and columns per pixel.
    struct Style: Hashable {
        var rows: Int
        var pixelWidth: Int
        /// Five rows of full blocks, each pixel `pixelWidth` columns.
        static func full(_ pixelWidth: Int) -> Style { Style(rows: 5, pixelWidth: pixelWidth) }
        /// Three rows of half blocks, one column per pixel.
        static let half = Style(rows: 3, pixelWidth: 1)
    }

    /// True when every character of `text` has a glyph.
    static func canDraw(_ text: String) -> Bool { !text.isEmpty && text.allSatisfy { glyphs[$0] != nil } }

    /// The width of `text` in columns: glyphs with one blank pixel between them.
    static func width(_ text: String, _ style: Style) -> Int {
        let pixels = text.reduce(0) { $0 + (glyphs[$1]?.first?.count ?? 0) } + max(0, text.count - 1)
        return pixels * style.pixelWidth
    }

    /// The rows of `text` drawn in `style`, each `width(text, style)` columns (ASCII: `#`).
    static func render(_ text: String, _ style: Style, ascii: Bool) -> [String] {
        // The 5 pixel rows of the whole text.
        var pixels = [String](repeating: "", count: 5)
        for (i, ch) in text.enumerated() {
            guard let g = glyphs[ch] else { continue }
            for r in 0..<5 { pixels[r] += (i > 0 ? " " : "") + g[r] }
        }
        let ink = ascii ? "#" : "█"
        if style.rows == 5 {
            return pixels.map { row in row.map { $0 == "#" ? String(repeating: ink, count: style.pixelWidth) : String(repeating: " ", count: style.pixelWidth) }.joined() }
        }
        // Half blocks: pixel rows (0,1), (2,3), (4,–).
        return stride(from: 0, to: 5, by: 2).map { r in
            let top = Array(pixels[r]), bottom = r + 1 < 5 ? Array(pixels[r + 1]) : []
            return top.indices.map { c -> String in
                let t = top[c] == "#", b = c < bottom.count && bottom[c] == "#"
                switch (t, b) {
                case (true, true): return ink
                case (true, false): return ascii ? "\"" : "▀"
                case (false, true): return ascii ? "," : "▄"
                case (false, false): return " "
                }
            }.joined()
        }
    }

    /// A figure split into the part drawn large (`11.360`, `+18,4 %` → `+18,4%`) and the rest
    /// (`tỷ đồng`, `▲`), which is drawn in normal type.
    static func split(_ value: String) -> (big: String, rest: String) {
        var big = ""
        var rest = Substring(value)
        while let c = rest.first, "0123456789.,+-−".contains(c) {
            big.append(c)
            rest = rest.dropFirst()
        }
        let trimmed = rest.drop { $0 == " " }
        if !big.isEmpty, trimmed.first == "%" {
            big.append("%")
            rest = trimmed.dropFirst()
        }
        var tail = String(rest.drop { $0 == " " })
        while tail.last == " " { tail.removeLast() }
        return (big, tail)
    }
}
