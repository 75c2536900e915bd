import Foundation

/// The rows of the glossary table (`Glossary.table`), found in one pass over its bytes: each
/// row's key and where its line is. A row's cells are split the first time one of its texts is
/// asked for and kept; so a command that shows fifty words splits fifty rows, not the thousand
/// of the table (splitting them all was a tenth of a warm `chiso render` on a million figures).
final class GlossaryLines: @unchecked Sendable {
    /// The language codes of the columns, in order (the header row's cells after `key`).
    let codes: [String]
    /// Every row's key, in table order.
    let keys: [String]
    /// Key → row (the first row when a key is listed twice; `Glossary.problems` reports that).
    let index: [String: Int]
    private let table: String
    /// Each row's line: the UTF-8 offsets of its first `|` and of its end.
    private let lines: [Range<Int>]
    /// The rows' cells after the key, split at first use; guarded by `lock` (the dashboard's
    /// threads and the tests share the table).
    private var cells: [[String]?]
    private let lock = NSLock()

    init(_ table: String) {
        var table = table
        table.makeContiguousUTF8()
        self.table = table
        var codes: [String] = [], keys: [String] = [], lines: [Range<Int>] = [], index: [String: Int] = [:]
        table.utf8.withContiguousStorageIfAvailable { bytes in
            let bar = UInt8(ascii: "|"), newline = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != newline { end += 1 }
                var first = start
                while first < end && bytes[first] == space { first += 1 }
                if first < end && bytes[first] == bar {
                    if codes.isEmpty {
                        let header = Glossary.cells(bytes: bytes[first..<end])
                        codes = Array(header.dropFirst())
                    } else {
                        // The key: the first cell (keys are plain ASCII, no `\|`).
                        var a = first + 1
                        while a < end && bytes[a] == space { a += 1 }
                        var b = a
                        while b < end && bytes[b] != bar && bytes[b] != space { b += 1 }
                        if a < b && bytes[a] != UInt8(ascii: "-") {
                            let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
                            if index[key] == nil { index[key] = keys.count }
                            keys.append(key)
                            lines.append(first..<end)
                        }
                    }
                }
                start = end + 1
            }
        }
        self.codes = codes
        self.keys = keys
        self.index = index
        self.lines = lines
        cells = Array(repeating: nil, count: keys.count)
    }

    /// The texts of row `i`, one per code (fewer when the row has fewer cells).
    func texts(_ i: Int) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        if let done = cells[i] { return done }
        let line = lines[i]
        let split = table.utf8.withContiguousStorageIfAvailable { Glossary.cells(bytes: $0[line]) } ?? []
        let texts = Array(split.dropFirst())
        cells[i] = texts
        return texts
    }
}
