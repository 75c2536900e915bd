import ChisoCore

/// ArgumentParser's own parse errors in the language of the command line (`OutputLanguage`): its
/// messages for the common mistakes (a missing option or value, an unknown option, an invalid
/// value, an argument too many) as glossary phrases naming the option, and its `Error:`, `Usage:`
/// and `See '… --help'` lines under the glossary's labels. A message of another kind keeps
/// ArgumentParser's words. English is ArgumentParser's text unchanged (the `en` column of those
/// rows holds the same words).
enum ParseErrorText {
    /// The glossary phrase for ArgumentParser's one-line message `brief`.
    static func phrase(_ brief: String) -> Phrase {
        if let m = brief.wholeMatch(of: #/Missing expected argument '(.+)'/#) {
            return Phrase(.cliMissingArgument, "\(m.1)")
        }
        if let m = brief.wholeMatch(of: #/Missing value for '(.+)'/#) {
            return Phrase(.cliMissingValue, "\(m.1)")
        }
        if let m = brief.wholeMatch(of: #/Unknown option '([^']+)'(?:\. Did you mean '([^']+)'\?)?/#) {
            let unknown = Phrase(.cliUnknownOption, "\(m.1)")
            guard let suggestion = m.2 else { return unknown }
            return Phrase(.cliTwoParts, .phrase(unknown), .phrase(Phrase(.cliDidYouMean, "\(suggestion)")))
        }
        if let m = brief.wholeMatch(of: #/Unexpected arguments? '(.+)'/#) {
            return Phrase(.cliUnexpectedArgument, "\(m.1)")
        }
        if let m = brief.wholeMatch(of: #/The value '(.*)' is invalid for '([^']+)'(?:\. Please provide one of (.+)\.)?/#) {
            guard let choices = m.3 else { return Phrase(.cliInvalidValue, "\(m.1)", "\(m.2)") }
            // `'text', 'markdown', 'csv' or 'json'`: the last "or" in the language of the message.
            let parts = choices.split(separator: " or ").map(String.init)
            let list: Phrase.Argument = parts.count == 2 ? .phrase(Phrase(.cliChoiceList, "\(parts[0])", "\(parts[1])")) : "\(choices)"
            return Phrase(.cliInvalidValueChoices, "\(m.1)", "\(m.2)", list)
        }
        return Phrase(.diagUntranslated, .text(brief))
    }

    /// ArgumentParser's lines after its message: `Error:`, `Help:` (the option's help, already in
    /// the help's language), `Usage:` and `See '…'` under the language's labels.
    static func labelled(_ lines: [String], _ lang: Language) -> [String] {
        lines.map { line in
            if line.hasPrefix("Error: ") { return Glossary.text(.cliErrorLine, lang, String(line.dropFirst("Error: ".count))) }
            if line.hasPrefix("Help:") { return Glossary.text(.cliHelpLine, lang, String(line.dropFirst("Help:".count))) }
            if line.hasPrefix("Usage: ") {
                return Glossary.text(.cliUsageLine, lang, HelpLabels.localized(String(line.dropFirst("Usage: ".count)), to: lang))
            }
            if let m = line.wholeMatch(of: #/  See '(.+) --help' for more information\./#) {
                return "  " + Glossary.text(.cliSeeHelp, lang, String(m.1))
            }
            return line
        }
    }
}
