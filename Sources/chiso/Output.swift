import ChisoCore
import Foundation

/// A write to standard output or standard error that did not go through.
struct OutputFailure: Error {
    /// Which stream failed.
    let stream: Output.Stream
    /// The `errno` of the failed `write(2)`.
    let code: Int32

    /// True when the reader of the stream went away (`EPIPE`): `chiso report | head` ends quietly.
    var isBrokenPipe: Bool { code == EPIPE }

    /// `cannot write to standard output: No space left on device`, in the command's language (the
    /// system's reason as the system gives it).
    var message: String {
        let lang = OutputLanguage.current
        return Glossary.text(.cliCannotWriteTo, lang, Glossary.text(stream == .output ? .cliStandardOutput : .cliStandardError, lang), String(cString: strerror(code)))
    }
}

/// Standard output and standard error as every chiso command writes them: with `write(2)`, each
/// write checked, retried on `EINTR` and continued after a partial write. Nothing is buffered
/// behind chiso's back, so nothing is lost silently at exit.
///
/// A failure on standard output throws `OutputFailure`, which ends the command with status 74
/// (`EX_IOERR`) and one line on standard error. A failure on standard error cannot be told
/// anywhere; it is remembered, and a command that otherwise succeeds exits 74.
enum Output {
    enum Stream: Sendable {
        case output, error

        var descriptor: Int32 { self == .output ? STDOUT_FILENO : STDERR_FILENO }
    }

    /// Set when a write to standard error failed.
    nonisolated(unsafe) private(set) static var standardErrorFailed = false

    /// Makes a closed standard stream safe before anything else opens a file: descriptors 0, 1 and 2
    /// that are closed get `/dev/null` opened read-only, so no data file can take their number (and
    /// be written into as "standard error"), and a write to them fails with `EBADF` instead.
    static func prepareStandardStreams() {
        for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", O_RDONLY)
            if opened >= 0 && opened != fd {
                dup2(opened, fd)
                close(opened)
            }
        }
    }

    /// The dispositions of SIGPIPE and SIGXFSZ that chiso was started with.
    nonisolated(unsafe) private static var startingDispositions: [(Int32, sighandler_t?)] = []

    /// SIGPIPE is ignored, so a reader that goes away gives `EPIPE`, handled like any failed
    /// write; SIGXFSZ too, so a file size limit gives `EFBIG` instead of killing chiso.
    static func ignoreWriteSignals() {
        startingDispositions = [SIGPIPE, SIGXFSZ].map { ($0, signal($0, SIG_IGN)) }
    }

    /// Gives the dashboard the dispositions chiso was started with: its own signal handling
    /// restores the terminal on every signal that ends it.
    static func restoreWriteSignals() {
        for (number, handler) in startingDispositions { signal(number, handler) }
    }

    /// Writes `text` whole to standard output.
    static func write(_ text: String) throws {
        let code = writeAll(Array(text.utf8), to: STDOUT_FILENO)
        if code != 0 { throw OutputFailure(stream: .output, code: code) }
    }

    /// Writes `line` to standard error as one line: through the sanitiser's terminal gate, so a
    /// line feed or an escape in an echoed argument or path shows as a symbol (`␊`, `␛`) and can
    /// neither drive the terminal nor forge a line. A failure is remembered, not thrown.
    static func note(_ line: String) {
        noteLines([line])
    }

    /// Writes each of `lines` to standard error as one line, each through the terminal gate.
    static func noteLines(_ lines: [String]) {
        noteRaw(lines.map { Sanitizer.terminal($0) + "\n" }.joined())
    }

    /// Writes bytes chiso made itself (a progress line with its own escape codes) to standard error.
    static func noteRaw(_ text: String) {
        if writeAll(Array(text.utf8), to: STDERR_FILENO) != 0 { standardErrorFailed = true }
    }

    /// Writes every byte, retrying after `EINTR` and continuing after a partial write.
    /// Returns 0, or the `errno` of the failure.
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Int32 {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBufferPointer { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.write(fd, base + done, bytes.count - done)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if n == 0 { return EIO }
            done += n
        }
        return 0
    }
}

/// Collects standard output and writes it in large pieces, so a long listing costs few system
/// calls; every piece is written with `Output.write`.
struct OutputBuffer {
    private var pending = ""
    private let limit = 1 << 16

    mutating func append(_ text: String) throws {
        pending += text
        if pending.utf8.count >= limit { try flush() }
    }

    mutating func flush() throws {
        guard !pending.isEmpty else { return }
        let text = pending
        pending = ""
        try Output.write(text)
    }
}
