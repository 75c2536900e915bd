import ArgumentParser
import ChisoCore
import Foundation

/// `chiso validate`: every problem in the data as FILE:LINE:COLUMN: severity: message.
struct Validate: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "validate",
            abstract: Help.text(.cmdValidateAbstract),
            discussion: Help.discussion([Help.text(.cmdValidateDiscussion)], examples: [
                "chiso validate --data my-figures/",
                "chiso validate --data my-figures/extra.csv --errors-only",
                "chiso validate --lang en",
            ]))
    }

    @OptionGroup var data: DataOptions

    @Flag(help: Help.option(.optErrorsOnly))
    var errorsOnly = false

    @Option(help: Help.option(.optMessagesLanguage, valueName: "vi|en"))
    var lang = "vi"

    func run() throws {
        let language = try ArgumentCheck.language(lang)
        OutputLanguage.current = language
        let vintage = try data.vintage()
        try data.checkEntriesFolder()
        let dataset = data.load(vintage: vintage)
        KeptUntilExit.keep(dataset)
        // In file order, then line and column, as an editor's problem list.
        let order = Dictionary(dataset.files.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var shown = dataset.diagnostics.enumerated().filter { !errorsOnly || $0.element.severity == .error }.sorted { a, b in
            let fa = order[a.element.file] ?? -1, fb = order[b.element.file] ?? -1
            if fa != fb { return fa < fb }
            if a.element.line != b.element.line { return a.element.line < b.element.line }
            if a.element.column != b.element.column { return a.element.column < b.element.column }
            return a.offset < b.offset
        }.map(\.element)
        var errors = dataset.errorCount
        let warnings = dataset.warningCount
        // Data without a single figure is an error, whatever else it holds.
        if dataset.store.count == 0 {
            let place = data.paths.isEmpty ? (DataLoader.bundledDataFolder() ?? "Data/") : data.paths.joined(separator: ", ")
            shown.append(Diagnostic(file: place, line: 0, column: 0, severity: .error, Phrase(.diagNoFiguresLoaded),
                                    hint: Phrase(.diagObservationFileNeedsRows)))
            errors += 1
        }
        var out = OutputBuffer()
        for d in shown { try out.append(d.description(language) + "\n") }
        try out.flush()
        let known = vintage.map { " (" + Glossary.text(.vintageDataAsOf, language, $0.label(language)) + ")" } ?? ""
        Output.note(Glossary.text(.validateSummary, language, "\(dataset.files.count)", "\(dataset.store.count)", "\(errors)", "\(warnings)") + known)
        if errors > 0 { throw ExitCode(ExitStatus.dataError) }
    }
}
