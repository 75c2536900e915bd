import Foundation

/// The one vocabulary of chiso: every word the screen, the reports, the exports and the documents show, keyed, with
/// one column per language.
///
/// The table itself is `Glossary.table` (GlossaryTable.swift; the command line help's rows, `Glossary.helpRows`, in
/// GlossaryTable+Help.swift), a Markdown-style table so that it reads like the
/// glossary it is: `| key | vi | en |`. Each language is a column named by its code; a third language is one more
/// column (and its code in `Language`), not a change to any call site. `{1}`, `{2}` … are placeholders filled by
/// `text(_:_:_:)`; every column of a row must use the same placeholders (checked by `problems()`).
public enum Glossary {
    /// One parsed row: the key and its text per language code.
    struct Row {
        let key: String
        let texts: [String: String]
    }

    /// The language codes of the table's columns, in order.
    public static var languageCodes: [String] { lines.codes }

    /// Every key in table order.
    public static var keys: [String] { lines.keys }

    /// The table's rows found (one pass over its bytes, no cell split): a row's cells are split
    /// at its first use (`GlossaryLines`), so a command that shows fifty words does not parse a thousand rows.
    private static let lines = GlossaryLines(table + "\n" + helpRows)

    /// The text of `term` in `lang`, placeholders `{1}`, `{2}` … replaced by `args` in order.
    public static func text(_ term: Term, _ lang: Language, _ args: String...) -> String {
        text(key: term.rawValue, lang, args)
    }

    /// The text of a key given as a string (for data that names a term, such as item statuses).
    public static func text(key: String, _ lang: Language, _ args: [String] = []) -> String {
        guard let i = lines.index[key] else { return key }
        let texts = lines.texts(i)
        // The language's column, else the Vietnamese one, else the key.
        var column = lines.codes.firstIndex(of: lang.rawValue)
        if column.map({ $0 >= texts.count }) ?? true { column = lines.codes.firstIndex(of: Language.vi.rawValue) }
        guard let column, column < texts.count else { return key }
        return args.isEmpty ? texts[column] : filled(texts[column], args)
    }

    /// `text` with `{1}`, `{2}` … replaced by `args[0]`, `args[1]` …; a placeholder without an
    /// argument stays as it is. One pass over the bytes (Foundation's `replacingOccurrences` cost
    /// about 80,000 instructions a call).
    static func filled(_ text: String, _ args: [String]) -> String {
        var utf8 = text.utf8[...]
        guard utf8.contains(UInt8(ascii: "{")) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + args.reduce(0) { $0 + $1.utf8.count })
        while let open = utf8.firstIndex(of: UInt8(ascii: "{")) {
            out.append(contentsOf: utf8[..<open])
            var i = utf8.index(after: open)
            var n = 0
            while i < utf8.endIndex, utf8[i] >= 0x30, utf8[i] <= 0x39, n < 1000 { n = n * 10 + Int(utf8[i] - 0x30); i = utf8.index(after: i) }
            if i < utf8.endIndex, utf8[i] == UInt8(ascii: "}"), i > utf8.index(after: open), n >= 1, n <= args.count {
                out.append(contentsOf: args[n - 1].utf8)
                utf8 = utf8[utf8.index(after: i)...]
            } else {
                out.append(UInt8(ascii: "{"))
                utf8 = utf8[utf8.index(after: open)...]
            }
        }
        out.append(contentsOf: utf8)
        return String(decoding: out, as: UTF8.self)
    }

    /// Every row, parsed (for `problems()` and `markdown()`).
    private static var rows: [Row] {
        (0..<lines.keys.count).map { i in
            let texts = lines.texts(i)
            var byCode: [String: String] = [:]
            for (c, code) in lines.codes.enumerated() where c < texts.count { byCode[code] = texts[c] }
            return Row(key: lines.keys[i], texts: byCode)
        }
    }

    /// What is wrong with the table: a `Term` without a row, a row without a `Term`, an empty cell, a language
    /// without a column, or placeholders with a gap. Empty when all is well.
    public static func problems() -> [String] {
        var out: [String] = []
        let termKeys = Set(Term.allCases.map(\.rawValue))
        var seen = Set<String>()
        for row in rows {
            if !seen.insert(row.key).inserted { out.append("\(row.key): listed twice") }
            if !termKeys.contains(row.key) { out.append("\(row.key): no Term case uses it") }
            var used = Set<Int>()
            for code in languageCodes {
                let cell = row.texts[code] ?? ""
                if cell.trimmingCharacters(in: .whitespaces).isEmpty { out.append("\(row.key): no \(code) text") }
                used.formUnion(placeholderNames(in: cell).compactMap { Int($0) })
            }
            // A column may leave a placeholder out (English names the month, Vietnamese numbers it), but the
            // placeholders of a row are 1…n without a gap, so no argument is silently dropped everywhere.
            if let top = used.max(), used != Set(1...top) { out.append("\(row.key): placeholders \(used.sorted()) have a gap") }
        }
        for key in termKeys.sorted() where lines.index[key] == nil { out.append("\(key): Term case without a row") }
        for lang in Language.allCases where !languageCodes.contains(lang.rawValue) {
            out.append("language \(lang.rawValue) has no column")
        }
        return out
    }

    /// Docs/glossary.md: the table with its notes, generated by `chiso glossary`.
    public static func markdown() -> String {
        var out = "<!-- Generated from Sources/ChisoCore/Text/GlossaryTable.swift and GlossaryTable+Help.swift by `Scripts/gen-glossary.sh`; do not edit by hand. -->\n"
        out += "# chiso — glossary / bảng thuật ngữ\n\n"
        out += notes + "\n\n"
        out += "| key | " + languageCodes.joined(separator: " | ") + " |\n"
        out += "|---|" + languageCodes.map { _ in "---" }.joined(separator: "|") + "|\n"
        for row in rows {
            out += "| `\(row.key)` | " + languageCodes.map { escapeCell(row.texts[$0] ?? "") }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    // MARK: Parsing

    private static func escapeCell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|")
    }

    static func placeholderNames(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            if !name.isEmpty, name.allSatisfy(\.isNumber) { names.append(String(name)) }
            rest = after[after.index(after: close)...]
        }
        return names
    }

    /// Splits a table line into cells: `| a | b \| c |` → ["a", "b | c"]. Works on the UTF-8
    /// bytes (every word of the program goes through here once at start: by Character and with
    /// Foundation's trimming it was 8 % of a `chiso render`).
    static func cells(_ line: Substring) -> [String] { cells(bytes: line.utf8) }

    static func cells(bytes line: some Sequence<UInt8>) -> [String] {
        var cells: [String] = []
        var current: [UInt8] = []
        var escaped = false
        var started = false
        let bar = UInt8(ascii: "|"), backslash = UInt8(ascii: "\\")
        for b in line {
            if escaped { current.append(b); escaped = false; continue }
            if b == backslash { escaped = true; continue }
            if b == bar {
                if started { cells.append(trimmedCell(current)) }
                started = true
                current.removeAll(keepingCapacity: true)
                continue
            }
            current.append(b)
        }
        return cells
    }

    /// A cell's text without the white space around it (Foundation's `.whitespaces` when a
    /// non-ASCII character is at an edge).
    private static func trimmedCell(_ bytes: [UInt8]) -> String {
        var a = 0, b = bytes.count
        while a < b && (bytes[a] == 0x20 || bytes[a] == 0x09) { a += 1 }
        while b > a && (bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09) { b -= 1 }
        let text = String(decoding: bytes[a..<b], as: UTF8.self)
        if a < b && (bytes[a] >= 0x80 || bytes[b - 1] >= 0x80) { return text.trimmingCharacters(in: .whitespaces) }
        return text
    }
}

import Foundation
