import ChisoCore
import ChisoUI
import Foundation

/// The one place where an argument that names something (a province, a month, an indicator, a
/// screen, a resolution, a language, a theme, a key) is checked, so every subcommand words the
/// same mistake the same way and suggests the closest known name. Messages echo the argument
/// through `Sanitizer.terminal` (a line feed in it shows as `␊`, never as a new line), and
/// `Output.note` sanitises every line again before it reaches the terminal.
enum ArgumentCheck {
    /// `unknown --province 'Nge An' (did you mean "nghe-an"?)`.
    static func province(_ text: String, in catalogue: Catalogue) throws -> Province {
        if let unit = catalogue.resolveUnit(text) ?? catalogue.resolveUnit(text, period: Period.reorganisation) { return unit }
        throw UsageError(unknown("--province", text, suggestion: catalogue.suggestUnit(for: text), known: nil))
    }

    /// `bad --month '2025-13' (write the month as YYYY-MM, e.g. 2025-05)`.
    static func month(_ text: String) throws -> Period {
        guard let period = Period(text), !period.isQuarter else { throw UsageError(Phrase(.cliBadMonth, "\(Sanitizer.terminal(text))")) }
        let years = Period.validYears
        guard years.contains(period.year) else {
            throw UsageError(Phrase(.cliMonthOutOfRange, "\(Sanitizer.terminal(text))", "\(years.lowerBound)", "\(years.upperBound)"))
        }
        return period
    }

    /// `bad --vintage '2025-06-31' (write the day as YYYY-MM-DD, e.g. 2025-06-05)`.
    static func vintage(_ text: String) throws -> Vintage {
        guard let vintage = Vintage(text) else {
            throw UsageError(Phrase(.cliBadVintage, "\(Sanitizer.terminal(text))"))
        }
        let years = Period.validYears
        guard years.contains(vintage.date.year) else {
            throw UsageError(Phrase(.cliVintageOutOfRange, "\(Sanitizer.terminal(text))", "\(years.lowerBound)", "\(years.upperBound)"))
        }
        return vintage
    }

    /// An indicator by id, or by its short English or Vietnamese name.
    static func indicator(_ text: String, in catalogue: Catalogue) throws -> Indicator {
        if let found = catalogue.indicator(id: text) ?? catalogue.indicators.first(where: {
            TextFold.key($0.shortEN) == TextFold.key(text) || TextFold.key($0.shortVI) == TextFold.key(text)
        }) {
            return found
        }
        throw UsageError(unknown("--indicator", text, suggestion: catalogue.suggestIndicator(for: text), known: catalogue.indicators.map(\.id)))
    }

    /// A screen by name (English or Vietnamese) or number 1–4; returns its id.
    static func screen(_ text: String) throws -> ScreenID {
        let key = TextFold.key(text)
        if let screen = ScreenID(rawValue: text.lowercased())
            ?? ScreenID.allCases.first(where: { TextFold.key(Words.screen($0, .vi)) == key || TextFold.key(Words.screen($0, .en)) == key })
            ?? Int(text).flatMap({ ScreenID.numbered.indices.contains($0 - 1) ? ScreenID.numbered[$0 - 1] : nil }) {
            return screen
        }
        let names = ScreenID.allCases.map(\.rawValue)
        throw UsageError(unknown("--screen", text, suggestion: closest(text, among: names), known: names))
    }

    /// A resolution by id (`57-NQ/TW`), number or short name.
    static func resolution(_ text: String, among resolutions: [Resolution]) throws -> Resolution {
        let key = TextFold.key(text)
        if let found = resolutions.first(where: { $0.id == text || TextFold.key($0.id) == key || TextFold.key($0.shortVI) == key
            || TextFold.key($0.shortEN) == key || $0.number == text }) {
            return found
        }
        let ids = resolutions.map(\.id)
        throw UsageError(unknown("--resolution", text, suggestion: closest(text, among: ids), known: ids))
    }

    /// `vi` or `en`.
    static func language(_ text: String) throws -> Language {
        if let language = Language(rawValue: text.lowercased()) { return language }
        throw UsageError(unknown("--lang", text, suggestion: nil, known: ["vi", "en"]))
    }

    /// `default` or `mono`.
    static func theme(_ text: String) throws -> Theme {
        if let theme = Theme.named(text) { return theme }
        throw UsageError(unknown("--theme", text, suggestion: closest(text, among: ["default", "mono"]), known: ["default", "mono"]))
    }

    /// The keys of a `--keys` script.
    static func keys(_ text: String) throws -> [Key] {
        do {
            return try Key.script(text)
        } catch KeyScriptError.unknown(let token) {
            let names = Key.named.map(\.0)
            let hint: Phrase.Argument = closest(token, among: names).map { .phrase(Phrase(.cliKeyHint, "\($0)", " ")) } ?? ""
            throw UsageError(Phrase(.cliUnknownKey, "\(Sanitizer.terminal(token))", hint, "\(names.joined(separator: " "))"))
        }
    }

    /// `unknown OPTION 'TEXT' (did you mean "X"?)`, else `(use A, B or C)` when the choices are few,
    /// else `(known: A, B, C)`; in Vietnamese `không nhận ra OPTION 'TEXT' (có phải là "X"?)`, ….
    static func unknown(_ option: String, _ text: String, suggestion: String?, known: [String]?) -> Phrase {
        // The argument as given, through the terminal gate: a line feed in it cannot start a line.
        let message = Phrase(.cliUnknownValue, "\(option)", "\(Sanitizer.terminal(text))")
        if let suggestion {
            return Phrase(.cliTwoParts, .phrase(message), .phrase(Phrase(.cliDidYouMean, "\(suggestion)")))
        } else if let known, !known.isEmpty {
            let choices = known.count <= 5 ? Phrase(.cliUseChoices, .phrase(list(known))) : Phrase(.cliKnownChoices, "\(known.joined(separator: ", "))")
            return Phrase(.cliTwoParts, .phrase(message), .phrase(choices))
        }
        return message
    }

    /// `a, b or c` (`a, b hoặc c`).
    static func list(_ words: [String]) -> Phrase {
        guard words.count >= 2, let last = words.last else { return Phrase(.diagUntranslated, "\(words.joined())") }
        return Phrase(.cliChoiceList, "\(words.dropLast().joined(separator: ", "))", "\(last)")
    }

    /// The candidate closest to `text`, when it is close enough to be a likely typo.
    static func closest(_ text: String, among candidates: [String]) -> String? {
        TextFold.suggestion(for: text, among: candidates.map { (key: TextFold.key($0), value: $0) })
    }
}
