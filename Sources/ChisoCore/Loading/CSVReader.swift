import Foundation

/// A problem the CSV tokenizer found, with its place in the file.
public struct CSVIssue: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case unterminatedQuote
        case quoteInUnquotedField
        case textAfterClosingQuote
        case fieldTooLong(limit: Int)
        case tooManyFields(limit: Int)
    }
    public let kind: Kind
    public let line: Int
    public let column: Int
}

/// One field of a record: its text and where it starts.
public struct CSVField: Sendable {
    public var value: String
    public var line: Int
    public var column: Int
}

/// An RFC 4180 tokenizer over bytes: quoted fields may hold commas, doubled quotes and
/// newlines; LF, CRLF and lone CR end records; a UTF-8 byte-order mark is skipped.
/// Lines and columns are 1-based; columns count characters, as editors do.
public struct CSVReader {
    public static let maxFieldBytes = 1 << 20
    public static let maxFields = 10_000

    private let bytes: [UInt8]
    private var position: Int
    private var line = 1
    private var lineStart: Int
    /// The last column counted (offset, column, line start), so the columns of one line are
    /// counted once in all, not once per field (a million-field line would be quadratic).
    private var counted = (offset: 0, column: 1, lineStart: -1)

    public init(bytes: [UInt8], firstLine: Int = 1) {
        self.bytes = bytes
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        position = bom ? 3 : 0
        lineStart = position
        line = firstLine
    }

    /// The line the next record starts on.
    public var currentLine: Int { line }
    public var isAtEnd: Bool { position >= bytes.count }

    private mutating func column(at offset: Int) -> Int {
        // Count characters (UTF-8 lead bytes) from the line start, or from the last count on this line.
        var count = 1
        var i = lineStart
        if counted.lineStart == lineStart && counted.offset <= offset { count = counted.column; i = counted.offset }
        while i < offset && i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        counted = (i, count, lineStart)
        return count
    }

    /// Reads the next record. Returns nil at the end of input. Issues found on the way are
    /// appended to `issues`; a record with a fatal issue (unterminated quote, too long) is
    /// still returned so the caller can report and skip it.
    public mutating func nextRecord(issues: inout [CSVIssue]) -> [CSVField]? {
        guard position < bytes.count else { return nil }
        var fields: [CSVField] = []
        var buffer: [UInt8] = []
        while true {
            let startLine = line
            let startColumn = column(at: position)
            buffer.removeAll(keepingCapacity: true)
            var endOfRecord = false
            var tooLong = false
            if position < bytes.count && bytes[position] == UInt8(ascii: "\"") {
                let quoteLine = line, quoteColumn = startColumn
                position += 1
                var closed = false
                while position < bytes.count {
                    let b = bytes[position]
                    if b == UInt8(ascii: "\"") {
                        if position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "\"") {
                            buffer.append(b)
                            position += 2
                            continue
                        }
                        position += 1
                        closed = true
                        break
                    }
                    if b == 0x0D || b == 0x0A {
                        if b == 0x0D && position + 1 < bytes.count && bytes[position + 1] == 0x0A { position += 1 }
                        buffer.append(0x0A)
                        position += 1
                        line += 1
                        lineStart = position
                        continue
                    }
                    if buffer.count < CSVReader.maxFieldBytes { buffer.append(b) } else { tooLong = true }
                    position += 1
                }
                if !closed {
                    issues.append(CSVIssue(kind: .unterminatedQuote, line: quoteLine, column: quoteColumn))
                    fields.append(CSVField(value: String(decoding: buffer, as: UTF8.self), line: startLine, column: startColumn))
                    return fields
                }
                // After the closing quote: a separator, an end of line, or stray text.
                var reportedStray = false
                while position < bytes.count {
                    let b = bytes[position]
                    if b == UInt8(ascii: ",") { position += 1; break }
                    if b == 0x0A || b == 0x0D { endOfRecord = true; consumeNewline(); break }
                    if !reportedStray {
                        issues.append(CSVIssue(kind: .textAfterClosingQuote, line: line, column: column(at: position)))
                        reportedStray = true
                    }
                    buffer.append(b)
                    position += 1
                }
                if position >= bytes.count { endOfRecord = true }
            } else {
                var reportedQuote = false
                while position < bytes.count {
                    let b = bytes[position]
                    if b == UInt8(ascii: ",") { position += 1; break }
                    if b == 0x0A || b == 0x0D { endOfRecord = true; consumeNewline(); break }
                    if b == UInt8(ascii: "\"") && !reportedQuote {
                        issues.append(CSVIssue(kind: .quoteInUnquotedField, line: line, column: column(at: position)))
                        reportedQuote = true
                    }
                    if buffer.count < CSVReader.maxFieldBytes { buffer.append(b) } else { tooLong = true }
                    position += 1
                }
                if position >= bytes.count { endOfRecord = true }
            }
            if tooLong { issues.append(CSVIssue(kind: .fieldTooLong(limit: CSVReader.maxFieldBytes), line: startLine, column: startColumn)) }
            if fields.count < CSVReader.maxFields {
                fields.append(CSVField(value: String(decoding: buffer, as: UTF8.self), line: startLine, column: startColumn))
            } else if fields.count == CSVReader.maxFields {
                issues.append(CSVIssue(kind: .tooManyFields(limit: CSVReader.maxFields), line: startLine, column: startColumn))
                fields.append(CSVField(value: "", line: startLine, column: startColumn))
            }
            if endOfRecord { return fields }
            if position >= bytes.count {
                // A trailing comma at end of file: one more empty field.
                fields.append(CSVField(value: "", line: line, column: column(at: position)))
                return fields
            }
        }
    }

    private mutating func consumeNewline() {
        if bytes[position] == 0x0D && position + 1 < bytes.count && bytes[position + 1] == 0x0A { position += 1 }
        position += 1
        line += 1
        lineStart = position
    }
}

/// UTF-8 validation that reports where the first bad bytes are.
public enum UTF8Check {
    /// Byte offsets (from the start of the file) of invalid UTF-8 sequences, at most `limit`.
    public static func invalidOffsets(in bytes: [UInt8], limit: Int = 20) -> [Int] {
        var result: [Int] = []
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            var need = 0
            var minValue: UInt32 = 0
            var value: UInt32 = 0
            if b & 0xE0 == 0xC0 { need = 1; minValue = 0x80; value = UInt32(b & 0x1F) } else if b & 0xF0 == 0xE0 { need = 2; minValue = 0x800; value = UInt32(b & 0x0F) } else if b & 0xF8 == 0xF0 { need = 3; minValue = 0x10000; value = UInt32(b & 0x07) } else {
                result.append(i); if result.count >= limit { return result }
                i += 1
                while i < n && bytes[i] & 0xC0 == 0x80 { i += 1 }
                continue
            }
            var ok = i + need < n
            if ok {
                for k in 1...need {
                    let c = bytes[i + k]
                    if c & 0xC0 != 0x80 { ok = false; break }
                    value = (value << 6) | UInt32(c & 0x3F)
                }
            }
            if ok && (value < minValue || value > 0x10FFFF || (0xD800...0xDFFF).contains(value)) { ok = false }
            if ok { i += need + 1 } else {
                result.append(i); if result.count >= limit { return result }
                // Skip the rest of the broken sequence so it is reported once.
                i += 1
                while i < n && bytes[i] & 0xC0 == 0x80 { i += 1 }
            }
        }
        return result
    }

    /// Line and character column of a byte offset.
    public static func lineColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var i = 0
        while i < offset && i < bytes.count {
            if bytes[i] == 0x0A { line += 1; column = 1 } else if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return (line, column)
    }
}
