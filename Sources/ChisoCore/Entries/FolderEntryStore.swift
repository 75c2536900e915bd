import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The entries journal as a folder of two append-only files (Docs/entries.md):
/// `figures.csv` (the observation file's columns plus `entered_by`, `entered_at`) and
/// `items.csv` (changes to implementation items).
///
/// A save opens the journal for appending, takes an exclusive `flock`, starts a fresh line if an
/// interrupted save left the file without a final newline, writes the header when the file is
/// new, sets `entered_at`, writes the record with one `write`, `fsync`s, and only then returns. A
/// read takes a shared `flock`, so it never sees half of a save in progress. Several processes
/// and users (a shared group folder) may save at once; `flock` orders them.
public struct FolderEntryStore: EntryStore {
    /// The figures journal's name inside the folder.
    public static let figuresFile = "figures.csv"
    /// The item journal's name inside the folder.
    public static let itemsFile = "items.csv"

    /// The folder.
    public let folder: String
    /// True when saving is turned off (`--read-only`).
    public let readOnly: Bool

    public init(folder: String, readOnly: Bool = false) {
        self.folder = folder
        self.readOnly = readOnly
    }

    public var location: String { folder }
    public var figuresPath: String { (folder as NSString).appendingPathComponent(Self.figuresFile) }
    public var itemsPath: String { (folder as NSString).appendingPathComponent(Self.itemsFile) }
    public var watchedPaths: [String] { [folder, figuresPath, itemsPath] }

    /// The folder used when `--entries` is not given: `$CHISO_ENTRIES`, else
    /// `$XDG_DATA_HOME/chiso/entries`, else `~/.local/share/chiso/entries`.
    public static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment["CHISO_ENTRIES"], !explicit.isEmpty { return explicit }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/chiso/entries" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/chiso/entries"
    }

    // MARK: Access

    public func access() -> EntryAccess {
        if readOnly { return .readOnly(kind: .requested, reason: Phrase(.entriesReadOnlyRequested)) }
        var info = stat()
        if stat(folder, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                return .readOnly(kind: .permission, reason: Phrase(.entriesNotAFolder, "\(folder)"))
            }
            if faccessat(AT_FDCWD, folder, W_OK | X_OK, AT_EACCESS) != 0 {
                return .readOnly(kind: .permission, reason: Phrase(.entriesMayNotWriteIn, "\(folder)"))
            }
            for file in [figuresPath, itemsPath] where Glibc.access(file, F_OK) == 0 && faccessat(AT_FDCWD, file, W_OK, AT_EACCESS) != 0 {
                return .readOnly(kind: .permission, reason: Phrase(.entriesMayNotWriteFile, "\(file)"))
            }
            return .writable
        }
        // Not there yet: the first save creates it, if the nearest existing parent may be written.
        var parent = (folder as NSString).deletingLastPathComponent
        while !parent.isEmpty && parent != "/" && Glibc.access(parent, F_OK) != 0 { parent = (parent as NSString).deletingLastPathComponent }
        if parent.isEmpty { parent = "." }
        if faccessat(AT_FDCWD, parent, W_OK | X_OK, AT_EACCESS) != 0 {
            return .readOnly(kind: .permission, reason: Phrase(.entriesMayNotCreate, "\(folder)", "\(parent)"))
        }
        return .writable
    }

    // MARK: Saving

    @discardableResult
    public func append(_ entry: FigureEntry) throws -> FigureEntry {
        var saved = entry
        if saved.enteredBy.isEmpty { saved.enteredBy = EntryAuthor.current }
        try appendRecord(to: figuresPath, columns: FigureEntry.Field.allCases.map(\.rawValue)) { stamp in
            saved.enteredAt = stamp
            return FigureEntry.Field.allCases.map { saved[$0] }
        }
        return saved
    }

    @discardableResult
    public func append(_ change: ItemChange) throws -> ItemChange {
        var saved = change
        if saved.enteredBy.isEmpty { saved.enteredBy = EntryAuthor.current }
        try appendRecord(to: itemsPath, columns: ItemChange.Field.allCases.map(\.rawValue)) { stamp in
            saved.enteredAt = stamp
            return ItemChange.Field.allCases.map { saved[$0] }
        }
        return saved
    }

    /// Appends one record to `path` under an exclusive lock; `values` is called under the lock with
    /// the record's `entered_at`, so the file's order is the order of the timestamps.
    private func appendRecord(to path: String, columns: [String], values: (String) -> [String]) throws {
        if case .readOnly(_, let reason) = access() { throw EntryStoreError.readOnly(location: folder, reason: reason) }
        try makeFolder()
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw failure(path, Phrase(.entriesStepOpenAppend)) }
        defer { close(fd) }
        guard lockFile(fd, LOCK_EX) else { throw failure(path, Phrase(.entriesStepLock)) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(path, Phrase(.entriesStepReadSize)) }
        var text = ""
        if info.st_size == 0 {
            text = JournalFormat.line(columns)
            // In a team's setgid folder a new journal is writable by the group, whatever the umask.
            var folderInfo = stat()
            if stat(folder, &folderInfo) == 0, folderInfo.st_mode & S_ISGID != 0, info.st_uid == geteuid() {
                _ = fchmod(fd, (info.st_mode & 0o777) | 0o060)
            }
        } else {
            // An interrupted save leaves the file without its final newline: start a fresh line.
            var last: UInt8 = 0
            let readFD = open(path, O_RDONLY | O_CLOEXEC)
            if readFD >= 0 {
                if pread(readFD, &last, 1, off_t(info.st_size - 1)) == 1, last != UInt8(ascii: "\n") { text = "\n" }
                close(readFD)
            }
        }
        let prefix = Array(text.utf8)
        let record = Array(JournalFormat.line(values(JournalFormat.timestamp())).utf8)
        #if DEBUG
        if let tear = EntryTestHook.tearAfter {
            // The test hook: write part of the record, make it durable, and stop, holding the lock.
            try writeAll(fd, prefix + record.prefix(min(tear, record.count)), path: path)
            _ = fsync(fd)
            raise(SIGSTOP)
            try writeAll(fd, Array(record.dropFirst(min(tear, record.count))), path: path)
            guard fsync(fd) == 0 else { throw failure(path, Phrase(.entriesStepFlush)) }
            return
        }
        #endif
        try writeAll(fd, prefix + record, path: path)
        guard fsync(fd) == 0 else { throw failure(path, Phrase(.entriesStepFlush)) }
        if info.st_size == 0 { syncFolder() }
    }

    private func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress.map { $0 + done }, bytes.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(path, Phrase(.entriesStepWrite))
            }
            done += n
        }
    }

    /// Creates the folder (and its parents) when missing; new folders take the umask's permissions
    /// and, under a setgid folder, its group.
    private func makeFolder() throws {
        var info = stat()
        if stat(folder, &info) == 0 { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw EntryStoreError.io(path: folder, step: Phrase(.entriesStepCreateFolder), message: (error as NSError).localizedDescription)
        }
    }

    /// Makes a new journal's name durable too (fsync of the folder).
    private func syncFolder() {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 { _ = fsync(fd); close(fd) }
    }

    private func lockFile(_ fd: Int32, _ operation: Int32) -> Bool {
        while flock(fd, operation) != 0 {
            if errno != EINTR { return false }
        }
        return true
    }

    private func failure(_ path: String, _ step: Phrase) -> EntryStoreError {
        let code = errno
        let message = String(cString: strerror(code))
        if code == EACCES || code == EPERM || code == EROFS {
            return .readOnly(location: folder, reason: Phrase(.entriesCannotStepPath, .phrase(step), "\(path)", "\(message)"))
        }
        return .io(path: path, step: step, message: message)
    }

    // MARK: Reading

    public func read() -> EntryLog {
        var log = EntryLog()
        let figures = readJournal(figuresPath, required: FigureEntry.Field.allCases.map(\.rawValue), diagnostics: &log.diagnostics)
        for record in figures {
            var entry = FigureEntry()
            for field in FigureEntry.Field.allCases { entry[field] = record.text(field.rawValue) }
            entry.origin = EntryOrigin(file: figuresPath, line: record.line)
            log.figures.append(entry)
        }
        let items = readJournal(itemsPath, required: ItemChange.Field.allCases.map(\.rawValue), diagnostics: &log.diagnostics)
        for record in items {
            guard let action = ItemChange.Action(rawValue: record.text("action")) else {
                log.diagnostics.append(EntryRows.skipped(Diagnostic(file: itemsPath, line: record.line, column: 1, severity: .error,
                                                  Phrase(.entryUnknownAction, "\(record.text("action"))"),
                                                  hint: Phrase(.entryOneOf, "\(ItemChange.Action.allCases.map(\.rawValue).joined(separator: ", "))"))))
                continue
            }
            var change = ItemChange(action: action)
            for field in ItemChange.Field.allCases where field != .action { change[field] = record.text(field.rawValue) }
            change.origin = EntryOrigin(file: itemsPath, line: record.line)
            log.itemChanges.append(change)
        }
        return log
    }

    /// The records of one journal, read under a shared lock; a missing journal has none.
    private func readJournal(_ path: String, required: [String], diagnostics: inout [Diagnostic]) -> [JournalFormat.Record] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno != ENOENT {
                diagnostics.append(Diagnostic(file: path, line: 0, column: 0, severity: .error,
                                              Phrase(.entryCannotReadJournal, FileReading.reason(errno))))
            }
            return []
        }
        defer { close(fd) }
        _ = lockFile(fd, LOCK_SH)
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                diagnostics.append(Diagnostic(file: path, line: 0, column: 0, severity: .error,
                                              Phrase(.entryCannotReadJournal, FileReading.reason(errno))))
                return []
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        let (records, problems) = JournalFormat.read(bytes, file: path, required: required)
        diagnostics += problems
        return records
    }
}

#if DEBUG
/// A hidden test hook, compiled only in debug builds: with `CHISO_TEST_ENTRY_TEAR=N` a save writes
/// the first N bytes of its record, fsyncs them and stops itself (SIGSTOP) while holding the lock,
/// so a test can kill it with SIGKILL in the middle of a save.
enum EntryTestHook {
    static let tearAfter: Int? = ProcessInfo.processInfo.environment["CHISO_TEST_ENTRY_TEAR"].flatMap { Int($0) }
}
#endif
