import ArgumentParser
import ChisoCore
import Foundation

/// `chiso validate`: every problem in the data as FILE:LINE:COLUMN: severity: message.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check data files; print each problem as FILE:LINE:COLUMN: error|warning: message.",
        discussion: "Exit status: 1 when any error is found, 0 otherwise (warnings alone pass).")

    @OptionGroup var data: DataOptions

    @Flag(help: "Print errors only.")
    var errorsOnly = false

    func run() throws {
        let dataset = data.load()
        let shown = dataset.diagnostics.filter { !errorsOnly || $0.severity == .error }
        for d in shown { print(d.description) }
        let errors = dataset.errorCount, warnings = dataset.warningCount
        let summary = "\(dataset.files.count) file(s), \(dataset.store.count) figure(s) loaded; \(errors) error(s), \(warnings) warning(s)"
        FileHandle.standardError.write(Data((Sanitizer.clean(summary) + "\n").utf8))
        if errors > 0 { throw ExitCode(1) }
    }
}
