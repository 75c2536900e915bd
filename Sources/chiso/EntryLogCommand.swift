import ArgumentParser
import ChisoCore
import Foundation

/// `chiso entry log`: the journal as text, CSV or JSON.
struct EntryLogCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "log", abstract: Help.text(.cmdEntryLogAbstract), discussion: Help.text(.cmdEntryLogDiscussion))
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, csv, json
    }

    @Option(help: Help.option(.optLogFormat, value: .valFormat))
    var format: Format = .text

    @Flag(help: Help.option(.optLogItems))
    var items = false

    @OptionGroup var data: DataOptions

    func run() throws {
        try data.refuseVintage(in: "chiso entry log")
        try data.checkEntriesFolder()
        let log = data.entryStore.read()
        for d in log.diagnostics { Output.note(d.description(OutputLanguage.current)) }
        let text: String
        if items {
            text = EntryLogFormatter.render(rows: log.itemChanges.map { change in ItemChange.Field.allCases.map { change[$0] } },
                                            columns: ItemChange.Field.allCases.map(\.rawValue), format: format) { change in
                let f = { (field: ItemChange.Field) in change[ItemChange.Field.allCases.firstIndex(of: field) ?? 0] }
                // A title (new, changed or taken back) and a changed lead unit are said too.
                let action = ItemChange.Action(rawValue: f(.action))
                let title = [.add, .title, .revert].contains(action) ? "“\(f(.title))”" : ""
                let lead = action == .lead ? "“\(f(.lead))”" : ""
                let what = [f(.action), f(.province), f(.resolution), "«\(f(.document))»", title, lead, f(.status), f(.due),
                            action == .revert ? "" : f(.note)].filter { !$0.isEmpty }
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
