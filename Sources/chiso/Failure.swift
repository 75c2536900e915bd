import ArgumentParser
import Foundation

/// chiso's exit statuses, one table for every command (README and Docs/cli.md list them).
enum ExitStatus {
    /// Done.
    static let ok: Int32 = 0
    /// The data has errors, a `--data` path does not exist, or the data holds no figure.
    static let dataError: Int32 = 1
    /// The dashboard was started without a terminal.
    static let notATerminal: Int32 = 2
    /// A bad argument (`EX_USAGE`): unknown option, province, indicator, month, screen, …
    static let usage: Int32 = 64
    /// A file chiso was asked to create cannot be created (`EX_CANTCREAT`): `demo-data --out`.
    static let cannotCreate: Int32 = 73
    /// Writing failed (`EX_IOERR`): standard output, standard error or a file being written.
    static let outputFailed: Int32 = 74
    /// The reader of standard output went away (`chiso report | head`): the status a shell shows
    /// for a command ended by SIGPIPE, with nothing printed.
    static let brokenPipe: Int32 = 128 + SIGPIPE
}

/// An error that ends a command with one line on standard error (`chiso: …`) and `status`.
struct CommandFailure: Error {
    let message: String
    let status: Int32

    init(_ message: String, status: Int32 = ExitStatus.dataError) {
        self.message = message
        self.status = status
    }
}

/// A bad argument found after parsing (an unknown province, a bad month): `Error: …` and the
/// usage of the subcommand it was given to, status 64, like a parse error.
struct UsageError: Error {
    let message: String

    init(_ message: String) { self.message = message }
}
