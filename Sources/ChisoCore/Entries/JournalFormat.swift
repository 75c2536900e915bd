import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The journal files' format (Docs/entries.md): RFC 4180 CSV, UTF-8, a header row naming the
/// columns, then one record per physical line, `\n`-terminated. A field never holds a line break
/// (line breaks in a note or quote are saved as spaces), so a record torn by an interrupted save
/// is confined to its own line: the reader reports it and goes on with the next line.
enum JournalFormat {
    /// One record as read: its line number and its fields by column name.
    struct Record {
        let line: Int
        let fields: [String: String]

        func text(_ name: String) -> String { fields[name] ?? "" }
    }

    /// The CSV line (with its `\n`) of `values`.
    static func line(_ values: [String]) -> String {
        values.map(field).joined(separator: ",") + "\n"
    }

    /// One field: line breaks become spaces; quoted when it holds a comma, a quote or edge spaces.
    /// One pass over the bytes decides; a plain field (the usual case) is returned as it is.
    static func field(_ raw: String) -> String {
        var needsQuotes = false, hasBreak = false
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in raw.utf8 {
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: "\""): needsQuotes = true
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): hasBreak = true
            case 0x85 where previous == 0xC2: hasBreak = true                                     // U+0085
            case 0xA8, 0xA9: if previous == 0x80 && beforePrevious == 0xE2 { hasBreak = true }   // U+2028, U+2029
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        var text = raw
        if hasBreak {
            // By character, so CR LF (one character) becomes one space.
            text = String(raw.map { ["\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}"].contains($0) ? " " : $0 })
        }
        if text.utf8.first == UInt8(ascii: " ") || text.utf8.last == UInt8(ascii: " ") { needsQuotes = true }
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// Reads the records of a journal's bytes. Records with the wrong number of fields, a quoting
    /// problem or a malformed `entered_at` (what an interrupted save leaves) are reported with their
    /// line and skipped; every other record is returned. A journal whose header lacks a column of
    /// `required` is reported and gives no records.
    static func read(_ bytes: [UInt8], file: String, required: [String]) -> (records: [Record], diagnostics: [Diagnostic]) {
        var records: [Record] = []
        var diagnostics: [Diagnostic] = []
        var names: [String] = []
        var lineNumber = 0
        var start = 0
        let newline = UInt8(ascii: "\n")
        while start < bytes.count {
            lineNumber += 1
            let end = bytes[start...].firstIndex(of: newline) ?? bytes.count
            let terminated = end < bytes.count
            var slice = Array(bytes[start..<end])
            start = end + 1
            if slice.last == UInt8(ascii: "\r") { slice.removeLast() }
            if names.isEmpty {
                names = header(slice)
                // The first save writes the header with its record: a save killed then leaves part of the header.
                let expected = required.joined(separator: ",")
                if !names.elementsEqual(required), !slice.isEmpty, expected.utf8.starts(with: slice) {
                    diagnostics.append(Diagnostic(file: file, line: lineNumber, column: 1, severity: .warning,
                                                  Phrase(.entryHeaderCut), hint: Phrase(.entryHeaderCutHint)))
                    names = required
                    continue
                }
                let missing = required.filter { !names.contains($0) }
                if !missing.isEmpty {
                    diagnostics.append(Diagnostic(file: file, line: lineNumber, column: 1, severity: .error,
                                                  Phrase(.entryNotAJournal, "\(missing.joined(separator: ", "))"),
                                                  hint: Phrase(.entryNotAJournalHint)))
                    return ([], diagnostics)
                }
                continue
            }
            if slice.isEmpty { continue }
            var issues: [CSVIssue] = []
            var reader = CSVReader(bytes: slice, firstLine: lineNumber)
            let fields = reader.nextRecord(issues: &issues) ?? []
            let stamp = names.firstIndex(of: "entered_at").map { $0 < fields.count ? fields[$0].value : "" } ?? ""
            if !issues.isEmpty || fields.count != names.count || !isTimestamp(stamp) {
                let message = Phrase(terminated ? .entryDamagedRecord : .entryLastRecordCut)
                diagnostics.append(Diagnostic(file: file, line: lineNumber, column: 1, severity: .warning, message,
                                              hint: Phrase(.entryDamagedHint)))
                continue
            }
            var byName: [String: String] = [:]
            for (name, field) in zip(names, fields) { byName[name] = FieldText.clean(field.value) }
            records.append(Record(line: lineNumber, fields: byName))
        }
        return (records, diagnostics)
    }

    private static func header(_ bytes: [UInt8]) -> [String] {
        var issues: [CSVIssue] = []
        var reader = CSVReader(bytes: bytes)
        return (reader.nextRecord(issues: &issues) ?? []).map { $0.value.trimmingCharacters(in: .whitespaces).lowercased() }
    }

    // MARK: Timestamps

    /// Now, in UTC to the microsecond: `2025-06-10T08:15:02.123456Z` (27 characters, so text order is time order).
    static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
                      Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), Int(now.tv_nsec / 1000))
    }

    /// True for a timestamp in `timestamp()`'s form.
    static func isTimestamp(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 27, bytes[26] == UInt8(ascii: "Z"), bytes[10] == UInt8(ascii: "T") else { return false }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18] + Array(20...25)
        let isDigit = { (b: UInt8) in b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        return digits.allSatisfy { isDigit(bytes[$0]) } && bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-")
            && bytes[13] == UInt8(ascii: ":") && bytes[16] == UInt8(ascii: ":") && bytes[19] == UInt8(ascii: ".")
            && CalendarDate(String(text.prefix(10))) != nil
    }
}
