import ArgumentParser
import ChisoCore
import Foundation

/// `chiso entry add`: one figure, checked as the loader checks a data row, then saved.
struct EntryAdd: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: Help.text(.cmdEntryAddAbstract), discussion: Help.text(.cmdEntryAddDiscussion))
    }

    @Option(help: Help.option(.optEntryProvince, value: .valId))
    var province: String
    @Option(help: Help.option(.optEntryMonth, valueName: "YYYY-MM"))
    var month: String
    @Option(help: Help.option(.optEntryBasis, valueName: "month|ytd"))
    var basis: String
    @Option(help: Help.option(.optEntryIndicator, value: .valId))
    var indicator: String
    @Option(help: Help.option(.optEntryValue, value: .valValue))
    var value: String
    @Option(help: Help.option(.optEntrySource, valueName: "URL"))
    var source: String
    @Option(help: Help.option(.optEntryQuote, value: .valText))
    var quote: String
    @Option(help: Help.option(.optEntryNote, value: .valText))
    var note: String?
    @Option(help: Help.option(.optEntryPublished, valueName: "YYYY-MM-DD"))
    var published: String?
    @Option(name: .customLong("as-of"), help: Help.option(.optEntryAsOf, valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(help: Help.option(.optProblemsLanguage, valueName: "vi|en"))
    var lang = "vi"

    @OptionGroup var data: DataOptions

    func run() throws {
        OutputLanguage.current = try ArgumentCheck.language(lang)
        try data.refuseVintage(in: "chiso entry add")
        try data.checkEntriesFolder()
        let store = data.entryStore
        if case .readOnly(_, let reason) = store.access() { throw CommandFailure(Phrase(.cliCannotSaveEntries, "\(store.folder)", .phrase(reason))) }
        var diagnostics: [Diagnostic] = []
        let catalogue = DataLoader.loadCatalogue(paths: data.paths, unitsAndIndicatorsOnly: true, diagnostics: &diagnostics).catalogue
        if let first = diagnostics.first(where: { $0.severity == .error }), catalogue.units.isEmpty || catalogue.indicators.isEmpty {
            throw CommandFailure(Phrase(.cliCannotCheckEntry, "\(first.description(OutputLanguage.current))"))
        }
        let entry = FigureEntry(province: province, period: month, basis: basis, indicator: indicator, value: value, source: source,
                                published: published ?? "", asOf: asOf ?? "", note: note ?? "", quote: quote)
        let result = EntryCheck.check(entry, catalogue: catalogue)
        for warning in result.problems where warning.severity == .warning { Output.note("chiso: " + Glossary.text(.cliEntryWarning, OutputLanguage.current, Self.describe(warning))) }
        if !result.isValid {
            Output.noteLines(result.errors.dropLast().map { "chiso: \(Self.describe($0))" })
            throw CommandFailure(Phrase(.cliNothingSaved, "\(result.errors.last.map(Self.describe) ?? "")"))
        }
        let saved: FigureEntry
        do {
            saved = try store.append(result.entry)
        } catch let error as EntryStoreError {
            throw CommandFailure(Phrase(.cliNothingSaved, "\(error.text(OutputLanguage.current))"))
        }
        Output.note("chiso: " + Glossary.text(.cliSavedFigure, OutputLanguage.current, saved.province, saved.period, saved.basis, saved.indicator, saved.value,
                                             store.figuresPath, saved.enteredBy, saved.enteredAt))
    }

    /// `--value: value '11.360,5' is not a number (use '.' …)`: the option, then the loader's words,
    /// in the command's language.
    static func describe(_ problem: EntryProblem) -> String {
        let lang = OutputLanguage.current
        return "--\(option(problem.field)): \(problem.phrase.text(lang))" + (problem.hintPhrase.map { " (\($0.text(lang)))" } ?? "")
    }

    /// The option that sets a journal column.
    static func option(_ field: String) -> String {
        switch field {
        case "period": "month"
        case "as_of": "as-of"
        default: field
        }
    }
}
