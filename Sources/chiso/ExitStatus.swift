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
