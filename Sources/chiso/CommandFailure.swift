import Foundation

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
