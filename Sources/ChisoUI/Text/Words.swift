import ChisoCore

/// Formats only the screen needs; every word comes from the glossary.
extension Words {
    /// The name of a screen in the header, the key table and exports.
    public static func screen(_ s: ScreenID, _ lang: Language) -> String {
        switch s {
        case .overview: return Glossary.text(.screenOverview, lang)
        case .compare: return Glossary.text(.screenCompare, lang)
        case .detail: return Glossary.text(.screenDetail, lang)
        case .resolutions: return Glossary.text(.screenResolutions, lang)
        case .help: return Glossary.text(.screenHelp, lang)
        }
    }

    /// Wraps text into lines of at most `width` columns, breaking at spaces.
    public static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
        guard width > 0, maxLines > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let w = String(word)
            let candidate = current.isEmpty ? w : current + " " + w
            if DisplayWidth.of(candidate) <= width {
                current = candidate
            } else {
                if !current.isEmpty { lines.append(current) }
                current = w
                if lines.count == maxLines { break }
            }
        }
        if !current.isEmpty && lines.count < maxLines { lines.append(current) }
        if lines.count > maxLines { lines = Array(lines.prefix(maxLines)) }
        // Mark that the text was cut.
        let full = lines.joined(separator: " ")
        if DisplayWidth.of(full) < DisplayWidth.of(text.split(separator: " ").joined(separator: " ")), let last = lines.last {
            lines[lines.count - 1] = DisplayWidth.truncate(last + " …", to: width)
        }
        return lines.map { DisplayWidth.truncate($0, to: width) }
    }
}
