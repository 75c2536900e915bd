import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads data files defensively: a missing path, a folder, a FIFO, an unreadable or
/// oversized file becomes a diagnostic, never a crash or a hang.
public enum FileReading {
    /// Files larger than this are refused (1 GiB).
    public static let maxFileBytes = 1 << 30

    /// An open regular file, read in chunks.
    public final class Handle: ByteSource {
        let fd: Int32
        public let size: Int
        init(fd: Int32, size: Int) { self.fd = fd; self.size = size }
        public func close() { Glibc.close(fd) }
        public func read(into buffer: UnsafeMutablePointer<UInt8>, max: Int) -> Int {
            var n = -1
            repeat { n = Glibc.read(fd, buffer, max) } while n < 0 && errno == EINTR
            return n
        }
    }

    /// Opens `path` for chunked reading after the same checks as `read`.
    public static func open(_ path: String) -> Result<Handle, Diagnostic> {
        switch check(path) {
        case .failure(let d): return .failure(d)
        case .success(let size):
            let fd = Glibc.open(path, O_RDONLY | O_NONBLOCK)
            if fd < 0 {
                return .failure(Diagnostic(file: path, line: 0, column: 0, severity: .error, Phrase(.diagCannotRead, reason(errno))))
            }
            return .success(Handle(fd: fd, size: size))
        }
    }

    /// Why a call failed with `code`, in the reader's words where chiso has them, else the system's.
    static func reason(_ code: Int32) -> Phrase.Argument {
        switch code {
        case EACCES: return .phrase(Phrase(.diagPermissionDenied))
        case ENOENT: return .phrase(Phrase(.diagNoSuchFileOrFolder))
        case ELOOP: return .phrase(Phrase(.diagSymlinkLoop))
        default: return .text(String(cString: strerror(code)))
        }
    }

    /// The size of a readable regular file, or why it cannot be read.
    static func check(_ path: String) -> Result<Int, Diagnostic> {
        var info = stat()
        if lstat(path, &info) != 0 {
            let reason = Phrase(errno == ELOOP ? .diagSymlinkLoop : .diagNoSuchFileOrFolder)
            return .failure(Diagnostic(file: path, line: 0, column: 0, severity: .error,
                                       Phrase(.diagCannotRead, .phrase(reason)), hint: Phrase(.diagCheckDataPath)))
        }
        if info.st_mode & S_IFMT == S_IFLNK {
            if stat(path, &info) != 0 {
                let reason = Phrase(errno == ELOOP ? .diagSymlinkLoop : .diagBrokenSymlink)
                return .failure(Diagnostic(file: path, line: 0, column: 0, severity: .error, Phrase(.diagCannotRead, .phrase(reason))))
            }
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            return .failure(Diagnostic(file: path, line: 0, column: 0, severity: .error, Phrase(.diagIsAFolder)))
        case S_IFREG:
            break
        default:
            return .failure(Diagnostic(file: path, line: 0, column: 0, severity: .error,
                                       Phrase(.diagNotRegularFile), hint: Phrase(.diagGiveRegularFile)))
        }
        if Int(info.st_size) > maxFileBytes {
            return .failure(Diagnostic(file: path, line: 0, column: 0, severity: .error,
                                       Phrase(.diagFileTooLarge, "\(info.st_size)", "\(maxFileBytes)"),
                                       hint: Phrase(.diagSplitFile)))
        }
        return .success(Int(info.st_size))
    }

    /// The bytes of `path`, or a diagnostic saying why they cannot be read.
    public static func read(_ path: String) -> Result<[UInt8], Diagnostic> {
        let size: Int
        switch check(path) {
        case .failure(let d): return .failure(d)
        case .success(let n): size = n
        }
        let fd = Glibc.open(path, O_RDONLY | O_NONBLOCK)
        if fd < 0 {
            return .failure(Diagnostic(file: path, line: 0, column: 0, severity: .error, Phrase(.diagCannotRead, reason(errno))))
        }
        defer { Glibc.close(fd) }
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(Diagnostic(file: path, line: 0, column: 0, severity: .error, Phrase(.diagReadFailed, reason(errno))))
            }
            if n == 0 { bytes.removeSubrange(done...); break }
            done += n
        }
        return .success(bytes)
    }
}

/// A parsed CSV table with a header, for the loaders.
struct CSVTable {
    let file: String
    let header: [String: Int]
    let headerFields: [CSVField]
    var rows: [[CSVField]]

    /// Parses `bytes`, reporting encoding and syntax issues into `diagnostics`.
    /// Rows on lines with invalid UTF-8 or broken quoting are dropped after being reported.
    static func parse(file: String, bytes: [UInt8], diagnostics: inout [Diagnostic]) -> CSVTable? {
        var content = bytes
        if content.count >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF { content.removeFirst(3) }
        if content.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            diagnostics.append(Diagnostic(file: file, line: 1, column: 1, severity: .error, Phrase(.diagEmptyFile),
                                          hint: Phrase(.diagDataFileNeedsRows)))
            return nil
        }
        var badLines = Set<Int>()
        for offset in UTF8Check.invalidOffsets(in: content) {
            let (line, column) = UTF8Check.lineColumn(of: offset, in: content)
            badLines.insert(line)
            diagnostics.append(Diagnostic(file: file, line: line, column: column, severity: .error,
                                          Phrase(.diagInvalidUTF8, "\(offset + (bytes.count - content.count))"),
                                          hint: Phrase(.diagSaveAsUTF8)))
        }
        var reader = CSVReader(bytes: content)
        var issues: [CSVIssue] = []
        guard let headerFields = reader.nextRecord(issues: &issues) else { return nil }
        var header: [String: Int] = [:]
        for (i, field) in headerFields.enumerated() {
            let name = field.value.trimmingCharacters(in: .whitespaces).lowercased()
            if header[name] == nil { header[name] = i }
        }
        var rows: [[CSVField]] = []
        while let record = reader.nextRecord(issues: &issues) {
            let fatal = CSVIssue.report(issues, file: file, into: &diagnostics)
            issues.removeAll()
            guard !fatal, let first = record.first else { continue }
            if record.count == 1 && first.value.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let lastLine = record.last?.line ?? first.line
            if !badLines.isEmpty && (first.line...lastLine).contains(where: badLines.contains) { continue }
            rows.append(record)
        }
        return CSVTable(file: file, header: header, headerFields: headerFields, rows: rows)
    }

    func index(of names: [String]) -> Int? {
        for name in names { if let i = header[name] { return i } }
        return nil
    }
}

extension Array where Element == CSVField {
    /// The trimmed, NFC text of field `i`, empty when the row is short.
    func text(_ i: Int?) -> String {
        guard let i, i < count else { return "" }
        return FieldText.clean(self[i].value)
    }

    func position(_ i: Int?) -> (line: Int, column: Int) {
        guard let i, i < count else { return (last?.line ?? 0, (last?.column ?? 0) + 1) }
        return (self[i].line, self[i].column)
    }
}

/// Something the loader reads bytes from: a file handle or memory.
public protocol ByteSource {
    /// Writes up to `max` bytes at `buffer`; returns how many (0 at the end, negative on error).
    func read(into buffer: UnsafeMutablePointer<UInt8>, max: Int) -> Int
}

/// Bytes already in memory, served in chunks like a file.
final class MemorySource: ByteSource {
    let bytes: [UInt8]
    var position = 0
    init(bytes: [UInt8]) { self.bytes = bytes }
    func read(into buffer: UnsafeMutablePointer<UInt8>, max: Int) -> Int {
        let n = Swift.min(max, bytes.count - position)
        if n <= 0 { return 0 }
        bytes.withUnsafeBufferPointer { b in
            if let base = b.baseAddress { buffer.update(from: base + position, count: n) }
        }
        position += n
        return n
    }
}

/// How every field's text is read: surrounding whitespace trimmed, Unicode NFC.
enum FieldText {
    /// `text.trimmingCharacters(in: set)`, without Foundation when neither end is white space or
    /// non-ASCII (nearly every catalogue field: the trip through NSString was 4 % of a start).
    static func trimmed(_ text: some StringProtocol, _ set: CharacterSet) -> String {
        let string = String(text)
        let utf8 = string.utf8
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return string }
        return string.trimmingCharacters(in: set)
    }

    /// `text` in Unicode NFC: itself when it surely is (`isSurelyNFC`), else through Foundation
    /// (a call per unit name, 3,408 on the 1 M-figure data, was 10 % of a `chiso render`).
    static func nfc(_ text: String) -> String {
        isSurelyNFC(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    static func clean(_ value: String) -> String {
        let utf8 = value.utf8
        var ascii = true
        var edgeSpace = false
        if let first = utf8.first, let last = utf8.last {
            edgeSpace = first <= 0x20 || last <= 0x20 || first >= 0x80 || last >= 0x80
        }
        for b in utf8 where b >= 0x80 { ascii = false; break }
        if ascii && !edgeSpace { return value }
        let trimmed = edgeSpace ? trim(value) : value
        return ascii || isSurelyNFC(trimmed) ? trimmed : trimmed.precomposedStringWithCanonicalMapping
    }

    /// Removes leading and trailing white space (the Unicode White_Space property: the same set as
    /// Foundation's `.whitespacesAndNewlines`), without a trip through NSString.
    static func trim(_ value: String) -> String {
        let scalars = value.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    /// True when every scalar is in a range whose characters NFC leaves unchanged and that holds
    /// no combining marks: Latin up to U+02FF, Vietnamese precomposed letters (U+1E00–U+1EFF),
    /// common punctuation. Composed Vietnamese text passes; anything else goes to Foundation.
    static func isSurelyNFC(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x0300 || (0x1E00...0x1EFF).contains(v) || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v) { continue }
            return false
        }
        return true
    }
}

extension CSVIssue {
    /// The diagnostic for a tokenizer issue, and whether the row must be skipped.
    func diagnostic(file: String) -> (Diagnostic, fatal: Bool) {
        func d(_ severity: Diagnostic.Severity, _ message: Phrase, _ hint: Phrase? = nil) -> Diagnostic {
            Diagnostic(file: file, line: line, column: column, severity: severity, message, hint: hint)
        }
        switch kind {
        case .unterminatedQuote:
            return (d(.error, Phrase(.diagUnterminatedQuote), Phrase(.diagUnterminatedQuoteHint)), true)
        case .quoteInUnquotedField:
            return (d(.warning, Phrase(.diagQuoteInUnquoted), Phrase(.diagQuoteInUnquotedHint)), false)
        case .textAfterClosingQuote:
            return (d(.warning, Phrase(.diagTextAfterQuote), Phrase(.diagTextAfterQuoteHint)), false)
        case .fieldTooLong(let limit):
            return (d(.error, Phrase(.diagFieldTooLong, "\(limit)")), true)
        case .tooManyFields(let limit):
            return (d(.error, Phrase(.diagTooManyFields, "\(limit)")), true)
        }
    }

    /// Appends the diagnostics of `issues`; true when the row must be skipped.
    static func report(_ issues: [CSVIssue], file: String, into diagnostics: inout [Diagnostic]) -> Bool {
        var fatal = false
        for issue in issues {
            let (diagnostic, skip) = issue.diagnostic(file: file)
            diagnostics.append(diagnostic)
            fatal = fatal || skip
        }
        return fatal
    }
}
