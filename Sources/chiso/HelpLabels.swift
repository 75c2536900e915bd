import ChisoCore

/// ArgumentParser's own words in a help text — the section labels (`OVERVIEW:`, `USAGE:`,
/// `ARGUMENTS:`, `OPTIONS:`, `SUBCOMMANDS:`), `(default: …)`, `(values: …)`, a subcommand's
/// `(default)`, the `--help` and `--version` lines, `See 'chiso help <subcommand>' …` and the
/// `<options>`/`<subcommand>` placeholders of a usage line — in the help's language, once the
/// text is made (`CommandRunner`). The English column of each `helpLabel.*` glossary row is
/// ArgumentParser's wording, looked for in the text; English help is left exactly as it is.
///
/// The text is wrapped before the words are replaced. A section label stands alone on its line,
/// or begins it (`OVERVIEW:`, `USAGE:`); a word within a line is replaced by one no longer than
/// itself, or, in a column of labels, takes or gives back padding after it, so every line stays
/// within the width it was wrapped to and every column stays where it was.
enum HelpLabels {
    /// Labels that are a whole line.
    private static let headings: [Term] = [.helpLabelArguments, .helpLabelOptions, .helpLabelSubcommands]
    /// Labels that begin a line, followed by a space.
    private static let leaders: [Term] = [.helpLabelOverview, .helpLabelUsage]
    /// Words within a line; a longer one before a shorter one that it contains.
    private static let words: [Term] = [
        .helpLabelDefault, .helpLabelDefaultAfterValues, .helpLabelValues, .helpLabelDefaultSubcommand,
        .helpLabelShowVersion, .helpLabelShowHelp, .helpLabelShowSubcommandHelp,
        .helpLabelOptionsPlaceholder, .helpLabelOptionsShortPlaceholder, .helpLabelSubcommandsPlaceholder, .helpLabelSubcommandPlaceholder,
    ]

    /// `text` (ArgumentParser's help, in English labels) with its labels in `lang`.
    static func localized(_ text: String, to lang: Language) -> String {
        guard lang != .en else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { localizedLine(String($0), lang) }
        keepOpeningsWithTheirValues(&lines, openings: [.helpLabelDefault, .helpLabelValues].map { Glossary.text($0, lang) })
        return lines.joined(separator: "\n")
    }

    /// `(mặc định` left at the end of a line, its value on the next (ArgumentParser wrapped the
    /// English words): moved down to its value when the line it makes is no longer than the one it
    /// leaves, so no line grows past the width.
    private static func keepOpeningsWithTheirValues(_ lines: inout [String], openings: [String]) {
        for index in lines.indices.dropLast() {
            guard let opening = openings.first(where: { lines[index].hasSuffix(" " + $0) }) else { continue }
            let next = lines[index + 1]
            let indent = next.prefix { $0 == " " }.count
            guard indent >= 2, indent < next.count else { continue }
            let moved = String(next.prefix(indent)) + opening + " " + next.dropFirst(indent)
            guard moved.count <= lines[index].count else { continue }
            lines[index] = String(lines[index].dropLast(opening.count + 1))
            lines[index + 1] = moved
        }
    }

    private static func localizedLine(_ line: String, _ lang: Language) -> String {
        for term in headings where line == Glossary.text(term, .en) { return Glossary.text(term, lang) }
        var line = line
        for term in leaders where line.hasPrefix(Glossary.text(term, .en) + " ") {
            line = Glossary.text(term, lang) + line.dropFirst(Glossary.text(term, .en).count)
        }
        line = seeHelp(line, lang)
        for term in words { line = replacing(Glossary.text(term, .en), with: Glossary.text(term, lang), in: line) }
        return line
    }

    /// `  See 'chiso help <subcommand>' for detailed help.`, with the command it names kept.
    private static func seeHelp(_ line: String, _ lang: Language) -> String {
        let template = Glossary.text(.helpLabelSeeHelp, .en, "\u{0}").components(separatedBy: "\u{0}")
        guard template.count == 2, let start = line.range(of: template[0]),
              let end = line.range(of: template[1], range: start.upperBound..<line.endIndex) else { return line }
        let command = String(line[start.upperBound..<end.lowerBound])
        return String(line[..<start.lowerBound]) + Glossary.text(.helpLabelSeeHelp, lang, command) + String(line[end.upperBound...])
    }

    /// Every `word` in `line` replaced by `replacement`; where padding (two spaces or more) follows,
    /// the padding absorbs the difference in length.
    static func replacing(_ word: String, with replacement: String, in line: String) -> String {
        var result = ""
        var rest = Substring(line)
        while let found = rest.range(of: word) {
            result += rest[..<found.lowerBound] + replacement
            rest = rest[found.upperBound...]
            let padding = rest.prefix { $0 == " " }.count
            let growth = replacement.count - word.count
            if padding >= 2 && growth != 0 && padding - growth >= 1 {
                rest = rest.dropFirst(padding)
                result += String(repeating: " ", count: padding - growth)
            }
        }
        return result + rest
    }
}
