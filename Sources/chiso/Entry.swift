import ArgumentParser
import ChisoCore
import Foundation

/// `chiso entry`: add figures to the entries journal from scripts, and list who entered what.
struct Entry: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entry",
        abstract: "Add a figure to the entries journal, or list the entries (who entered what, and when).",
        discussion: """
        Entries are kept in an append-only journal in the entries folder (--entries; Docs/entries.md) and \
        are loaded on top of the data by every command.

        Examples:
          chiso entry add --entries /srv/chiso/entries --province nghe-an --month 2025-05 --basis ytd \\
            --indicator budget_revenue --value 11360 --source https://baonghean.vn/… --quote "…" --published 2025-06-10
          chiso entry log --entries /srv/chiso/entries --format csv
        """,
        subcommands: [EntryAdd.self, EntryItem.self, EntryLogCommand.self])
}

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

    @OptionGroup var data: DataOptions

    func run() throws {
        try data.checkEntriesFolder()
        let store = data.entryStore
        if case .readOnly(_, let reason) = store.access() { throw CommandFailure("cannot save entries in \(store.folder): \(reason)") }
        var diagnostics: [Diagnostic] = []
        let catalogue = DataLoader.loadCatalogue(paths: data.paths, unitsAndIndicatorsOnly: true, diagnostics: &diagnostics).catalogue
        if let first = diagnostics.first(where: { $0.severity == .error }), catalogue.units.isEmpty || catalogue.indicators.isEmpty {
            throw CommandFailure("cannot check the entry: \(first.description)")
        }
        let entry = FigureEntry(province: province, period: month, basis: basis, indicator: indicator, value: value, source: source,
                                published: published ?? "", asOf: asOf ?? "", note: note ?? "", quote: quote)
        let result = EntryCheck.check(entry, catalogue: catalogue)
        for warning in result.problems where warning.severity == .warning { Output.note("chiso: warning: \(Self.describe(warning))") }
        if !result.isValid {
            Output.noteLines(result.errors.dropLast().map { "chiso: \(Self.describe($0))" })
            throw CommandFailure("\(result.errors.last.map(Self.describe) ?? ""); nothing saved")
        }
        let saved: FigureEntry
        do {
            saved = try store.append(result.entry)
        } catch let error as EntryStoreError {
            throw CommandFailure(error.description + "; nothing saved")
        }
        Output.note("chiso: saved \(saved.province) \(saved.period) \(saved.basis) \(saved.indicator) = \(saved.value) in \(store.figuresPath) (\(saved.enteredBy), \(saved.enteredAt))")
    }

    /// `--value: value '11.360,5' is not a number (use '.' …)`: the option, then the loader's words.
    static func describe(_ problem: EntryProblem) -> String {
        "--\(option(problem.field)): \(problem.message)" + (problem.hint.map { " (\($0))" } ?? "")
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

/// `chiso entry item`: one change to a resolution's implementation items, checked, then saved.
struct EntryItem: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "item",
        abstract: "Add an implementation item, or change one's status, due date or note, in the item journal.",
        discussion: """
        The item is named by its province, resolution and document (an existing item by its Vietnamese or \
        English document name). add needs --title and --status; status needs --status; due needs --due; note \
        needs --note. Exit status 1 with a message naming the bad option; nothing is saved then.

        Example: chiso entry item --action status --province nghe-an --resolution 123-KL/TW \\
          --document "Đẩy nhanh giải ngân vốn đầu tư công" --status done --source https://baonghean.vn/… --published 2025-06-20
        """)

    @Option(help: ArgumentHelp("add, status, due or note.", valueName: "action"))
    var action: String
    @Option(help: ArgumentHelp("Unit id.", valueName: "id"))
    var province: String
    @Option(help: ArgumentHelp("Resolution id (123-KL/TW).", valueName: "id"))
    var resolution: String
    @Option(help: ArgumentHelp("The item's document name.", valueName: "text"))
    var document: String
    @Option(help: ArgumentHelp("A new item's title.", valueName: "text"))
    var title: String?
    @Option(help: ArgumentHelp("A new item's lead unit.", valueName: "text"))
    var lead: String?
    @Option(help: ArgumentHelp("planned, drafting, in_progress, issued or done.", valueName: "status"))
    var status: String?
    @Option(help: ArgumentHelp("Due date.", valueName: "YYYY-MM[-DD]"))
    var due: String?
    @Option(help: ArgumentHelp("A note in your words.", valueName: "text"))
    var note: String?
    @Option(help: ArgumentHelp("URL of the publication that states the change.", valueName: "URL"))
    var source: String
    @Option(help: ArgumentHelp("The sentence of the source.", valueName: "text"))
    var quote: String?
    @Option(help: ArgumentHelp("Day the source stated it (the item's status date).", valueName: "YYYY-MM-DD"))
    var published: String?

    @OptionGroup var data: DataOptions

    func run() throws {
        try data.checkEntriesFolder()
        guard let kind = ItemChange.Action(rawValue: action) else {
            throw CommandFailure("--action: unknown action '\(action)' (add, status, due or note); nothing saved")
        }
        let store = data.entryStore
        if case .readOnly(_, let reason) = store.access() { throw CommandFailure("cannot save entries in \(store.folder): \(reason)") }
        var diagnostics: [Diagnostic] = []
        var catalogue = DataLoader.loadCatalogue(paths: data.paths, diagnostics: &diagnostics).catalogue
        // Checked against the items as the earlier changes left them.
        EntryRows.apply(store.read().itemChanges, to: &catalogue, diagnostics: &diagnostics)
        let change = ItemChange(action: kind, province: catalogue.resolveUnit(province)?.id ?? province, resolution: resolution,
                                document: document, title: title ?? "", lead: lead ?? "", status: status ?? "", due: due ?? "",
                                note: note ?? "", source: source, quote: quote ?? "", published: published ?? "")
        let problems = EntryCheck.check(change, catalogue: catalogue)
        if !problems.isEmpty {
            Output.noteLines(problems.dropLast().map { "chiso: \(EntryAdd.describe($0))" })
            throw CommandFailure("\(problems.last.map(EntryAdd.describe) ?? ""); nothing saved")
        }
        let saved: ItemChange
        do {
            saved = try store.append(change)
        } catch let error as EntryStoreError {
            throw CommandFailure(error.description + "; nothing saved")
        }
        Output.note("chiso: saved \(saved.action.rawValue) of \(saved.province) \(saved.resolution) «\(saved.document)» in \(store.itemsPath) (\(saved.enteredBy), \(saved.enteredAt))")
    }
}

/// `chiso entry log`: the journal as text, CSV or JSON.
struct EntryLogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "List the entries: who entered what, and when.",
        discussion: """
        text: one line per entry, oldest first. csv and json: the figure's columns (province, period, basis, \
        indicator, value, unit, source, published, as_of, note, quote) plus entered_by and entered_at. With \
        --items, the changes to implementation items instead. Problems in the journal (an interrupted save) \
        are listed on stderr.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, csv, json
    }

    @Option(help: "Output format: text, csv or json.")
    var format: Format = .text

    @Flag(help: "List the changes to implementation items instead of the figures.")
    var items = false

    @OptionGroup var data: DataOptions

    func run() throws {
        try data.checkEntriesFolder()
        let log = data.entryStore.read()
        for d in log.diagnostics { Output.note(d.description) }
        let text: String
        if items {
            text = EntryLogFormatter.render(rows: log.itemChanges.map { change in ItemChange.Field.allCases.map { change[$0] } },
                                            columns: ItemChange.Field.allCases.map(\.rawValue), format: format) { change in
                let f = { (field: ItemChange.Field) in change[ItemChange.Field.allCases.firstIndex(of: field) ?? 0] }
                let what = [f(.action), f(.province), f(.resolution), "«\(f(.document))»", f(.status), f(.due), f(.note)].filter { !$0.isEmpty }
                return "\(f(.enteredAt))  \(f(.enteredBy))  \(what.joined(separator: " "))  \(f(.source))"
            }
        } else {
            text = EntryLogFormatter.render(rows: log.figures.map { entry in FigureEntry.Field.allCases.map { entry[$0] } },
                                            columns: FigureEntry.Field.allCases.map(\.rawValue), format: format) { entry in
                let f = { (field: FigureEntry.Field) in entry[FigureEntry.Field.allCases.firstIndex(of: field) ?? 0] }
                return "\(f(.enteredAt))  \(f(.enteredBy))  \(f(.province)) \(f(.period)) \(f(.basis)) \(f(.indicator)) = \(f(.value)) \(f(.unit))  \(f(.source))"
            }
        }
        try Output.write(text)
        if log.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(ExitStatus.dataError) }
    }
}

/// The three forms of `chiso entry log`, each through its sanitiser gate.
enum EntryLogFormatter {
    static func render(rows: [[String]], columns: [String], format: EntryLogCommand.Format, line: ([String]) -> String) -> String {
        switch format {
        case .text:
            return rows.map { Sanitizer.terminal(line($0).trimmingCharacters(in: .whitespaces)) + "\n" }.joined()
        case .csv:
            return ([columns] + rows).map { $0.map(Sanitizer.csvField).joined(separator: ",") + "\n" }.joined()
        case .json:
            let objects = rows.map { row in
                "  {" + zip(columns, row).map { "\(Sanitizer.json($0)): \(Sanitizer.json($1))" }.joined(separator: ", ") + "}"
            }
            return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
        }
    }
}
