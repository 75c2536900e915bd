import ArgumentParser
import ChisoCore
import Foundation

/// `chiso entry add`: one figure, checked as the loader checks a data row, then saved.
struct EntryAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Check one figure as the loader would and append it to the entries journal.",
        discussion: """
        Exit status 0 when saved (one line on stderr says where); 1 with a message naming the bad field \
        when a check fails or the folder may not be written; nothing is saved then. --value takes the \
        CSV's number form: '.' for decimals, no thousands separators (11360, 64.1).
        """)

    @Option(help: ArgumentHelp("Unit: id, official or ASCII name (nghe-an).", valueName: "id"))
    var province: String
    @Option(help: ArgumentHelp("Month as YYYY-MM.", valueName: "YYYY-MM"))
    var month: String
    @Option(help: ArgumentHelp("month (the month alone) or ytd (year to date).", valueName: "month|ytd"))
    var basis: String
    @Option(help: ArgumentHelp("Indicator id from indicators.csv.", valueName: "id"))
    var indicator: String
    @Option(help: ArgumentHelp("The value in the indicator's unit, CSV form: 11360, 64.1, -3.5.", valueName: "V"))
    var value: String
    @Option(help: ArgumentHelp("URL of the publication.", valueName: "URL"))
    var source: String
    @Option(help: ArgumentHelp("The sentence of the source that gives the figure.", valueName: "text"))
    var quote: String
    @Option(help: ArgumentHelp("A note in your words.", valueName: "text"))
    var note: String?
    @Option(help: ArgumentHelp("Day the source published the figure.", valueName: "YYYY-MM-DD"))
    var published: String?
    @Option(name: .customLong("as-of"), help: ArgumentHelp("Last day the figure covers, when it stops before the month ends.", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(help: ArgumentHelp("Language of the problems reported: vi or en.", valueName: "vi|en"))
    var lang = "vi"

    @OptionGroup var data: DataOptions

    func run() throws {
        OutputLanguage.current = try ArgumentCheck.language(lang)
        try data.refuseVintage(in: "chiso entry add")
        try data.checkEntriesFolder()
        let store = data.entryStore
        if case .readOnly(_, let reason) = store.access() { throw CommandFailure(Phrase(.cliCannotSaveEntries, "\(store.folder)", "\(reason)")) }
        var diagnostics: [Diagnostic] = []
        let catalogue = DataLoader.loadCatalogue(paths: data.paths, unitsAndIndicatorsOnly: true, diagnostics: &diagnostics).catalogue
        if let first = diagnostics.first(where: { $0.severity == .error }), catalogue.units.isEmpty || catalogue.indicators.isEmpty {
            throw CommandFailure(Phrase(.cliCannotCheckEntry, "\(first.description(OutputLanguage.current))"))
        }
        let entry = FigureEntry(province: province, period: month, basis: basis, indicator: indicator, value: value, source: source,
                                published: published ?? "", asOf: asOf ?? "", note: note ?? "", quote: quote)
        let result = EntryCheck.check(entry, catalogue: catalogue)
        for warning in result.problems where warning.severity == .warning { Output.note("chiso: warning: \(Self.describe(warning))") }
        if !result.isValid {
            Output.noteLines(result.errors.dropLast().map { "chiso: \(Self.describe($0))" })
            throw CommandFailure(Phrase(.cliNothingSaved, "\(result.errors.last.map(Self.describe) ?? "")"))
        }
        let saved: FigureEntry
        do {
            saved = try store.append(result.entry)
        } catch let error as EntryStoreError {
            throw CommandFailure(Phrase(.cliNothingSaved, "\(error.description)"))
        }
        Output.note("chiso: saved \(saved.province) \(saved.period) \(saved.basis) \(saved.indicator) = \(saved.value) in \(store.figuresPath) (\(saved.enteredBy), \(saved.enteredAt))")
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
