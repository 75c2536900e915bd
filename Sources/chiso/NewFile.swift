import ChisoCore
import Foundation

/// A file that chiso creates, written whole or not at all: the bytes go to a hidden temporary
/// file beside it (every `write`, `fsync` and `close` checked), which then takes the file's name:
/// with `link(2)`, which refuses an existing file, or with `rename(2)` when replacing is allowed.
/// Every failure is a `CommandFailure` naming the file (73 when it cannot be created, 74 when
/// writing fails); the temporary file never outlives a failure.
struct NewFile {
    let path: String
    private let temporary: String
    private var descriptor: Int32

    /// Opens a temporary file in `path`'s folder.
    init(_ path: String) throws {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/.chiso-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard fd >= 0 else { throw CommandFailure(Phrase(.cliCannotCreate, "\(path)", "\(NewFile.reason(errno))"), status: ExitStatus.cannotCreate) }
        descriptor = fd
        temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        fchmod(fd, 0o644)
    }

    /// Appends `bytes`.
    func write(_ bytes: [UInt8]) throws {
        let code = Output.writeAll(bytes, to: descriptor)
        if code != 0 { throw failure(code) }
    }

    /// Syncs and closes the file, then gives it its name; an existing file is replaced only
    /// when `replacing` is true.
    func commit(replacing: Bool) throws {
        if fsync(descriptor) != 0 {
            let code = errno
            close(descriptor)
            throw failure(code)
        }
        let closed = close(descriptor)
        if closed != 0 { throw failure(errno) }
        if replacing {
            if rename(temporary, path) != 0 { throw failure(errno) }
        } else {
            if link(temporary, path) != 0 {
                let code = errno
                unlink(temporary)
                if code == EEXIST { throw NewFile.exists(path) }
                throw CommandFailure(Phrase(.cliCannotCreate, "\(path)", "\(NewFile.reason(code))"), status: ExitStatus.cannotCreate)
            }
            unlink(temporary)
        }
    }

    /// Closes and removes the temporary file after a failure.
    func discard() {
        close(descriptor)
        unlink(temporary)
    }

    private func failure(_ code: Int32) -> CommandFailure {
        unlink(temporary)
        return CommandFailure(Phrase(.cliCannotWrite, "\(path)", "\(NewFile.reason(code))"), status: ExitStatus.outputFailed)
    }

    /// The refusal to overwrite, worded once.
    static func exists(_ path: String) -> CommandFailure {
        CommandFailure(Phrase(.cliAlreadyExists, "\(path)"), status: ExitStatus.cannotCreate)
    }

    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
