import ChisoCore
import Foundation

/// The one table of hostile strings that every output channel is tested against (the gate's unit
/// tests in `SanitizerTests`, the real binary in `HostileChannelTests`).
public enum HostileStrings {
    /// One hostile string and what it tries to do.
    public struct Case: Sendable {
        public let name: String
        public let text: String
        /// False for strings a command line cannot carry (a NUL byte).
        public let fitsArgv: Bool
    }

    public static let all: [Case] = [
        Case(name: "OSC 52 clipboard write", text: "\u{1B}]52;c;b3duZWQ=\u{07}", fitsArgv: true),
        Case(name: "OSC 0 title", text: "\u{1B}]0;owned\u{07}", fitsArgv: true),
        Case(name: "OSC 8 hyperlink", text: "\u{1B}]8;;https://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\", fitsArgv: true),
        Case(name: "clear screen", text: "\u{1B}[2J\u{1B}[H", fitsArgv: true),
        Case(name: "C1 CSI", text: "\u{9B}2J", fitsArgv: true),
        Case(name: "C1 OSC and ST", text: "\u{9D}0;owned\u{9C}", fitsArgv: true),
        Case(name: "NEL", text: "a\u{85}b", fitsArgv: true),
        Case(name: "DEL and backspace", text: "x\u{7F}\u{08}y", fitsArgv: true),
        Case(name: "NUL", text: "a\u{0}b", fitsArgv: false),
        Case(name: "line breaks", text: "a\nchiso: error: fake\rb", fitsArgv: true),
        Case(name: "RLO", text: "\u{202E}gpj.exe", fitsArgv: true),
        Case(name: "bidi embeddings", text: "\u{202A}a\u{202B}b\u{202C}c\u{202D}", fitsArgv: true),
        Case(name: "bidi isolates", text: "\u{2066}a\u{2067}b\u{2068}c\u{2069}", fitsArgv: true),
        Case(name: "bidi marks", text: "\u{061C}a\u{200E}b\u{200F}", fitsArgv: true),
        Case(name: "line and paragraph separators", text: "a\u{2028}b\u{2029}c", fitsArgv: true),
        Case(name: "formula =", text: "=HYPERLINK(\"https://evil.example\",\"x\")", fitsArgv: true),
        Case(name: "formula +", text: "+1+cmd|' /C calc'!A0", fitsArgv: true),
        Case(name: "formula -", text: "-2+3", fitsArgv: true),
        Case(name: "formula @", text: "@SUM(1+1)", fitsArgv: true),
        Case(name: "formula after tab", text: "\t=1+1", fitsArgv: true),
        Case(name: "formula after CR", text: "\r=1+1", fitsArgv: true),
        Case(name: "HTML script", text: "<script>alert(1)</script>", fitsArgv: true),
        Case(name: "HTML image", text: "<img src=x onerror=alert(1)>", fitsArgv: true),
        Case(name: "Markdown javascript link", text: "[click](javascript:alert(1))", fitsArgv: true),
        Case(name: "Markdown autolink", text: "<javascript:alert(1)>", fitsArgv: true),
        Case(name: "bare javascript URL", text: "javascript:alert(1)", fitsArgv: true),
        Case(name: "code fence", text: "````", fitsArgv: true),
        Case(name: "emphasis and entity", text: "**x** _y_ &lt;b&gt;", fitsArgv: true),
    ]

    /// The characters with which a spreadsheet starts a formula.
    public static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The test's own list of scalars no output may carry raw (kept apart from `Sanitizer`, so
    /// the gate is checked against it, not against itself): C0, DEL, C1, bidi controls, U+2028/9.
    public static func isHostile(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || [0x061C, 0x200E, 0x200F, 0x2028, 0x2029].contains(v)
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// The scalars in `text` that no terminal, text or Markdown output may carry (line feeds
    /// between lines aside).
    public static func dangerous(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { $0 != "\n" && isHostile($0) }
    }

    /// What the screen, text and Markdown must show for `text`: each hostile scalar as a visible
    /// symbol (a C0 control as its Control Picture, DEL as `␡`, the others as `�`).
    public static func visible(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if !isHostile(s) { out.append(s) } else if s.value < 0x20 { out.append(Unicode.Scalar(0x2400 + s.value) ?? "?") }
            else if s.value == 0x7F { out.append("\u{2421}") } else { out.append("\u{FFFD}") }
        }
        return String(out)
    }

    /// What Markdown must show for `text`: `visible(text)` with HTML and Markdown syntax escaped.
    public static func markdownEscaped(_ text: String) -> String {
        var out = ""
        for ch in visible(text) {
            switch ch {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "|": out += "\\" + String(ch)
            default: out.append(ch)
            }
        }
        return out
    }

    /// Raw HTML or a link that a Markdown renderer would make of data.
    public static func markdownLeaks(_ text: String) -> [String] {
        var found: [String] = []
        // Escaped brackets (`\[`, `\]`) are text, not link syntax.
        let unescaped = text.lowercased().replacingOccurrences(of: "\\[", with: "").replacingOccurrences(of: "\\]", with: "")
        for bad in ["<script", "<img", "](javascript:", "<javascript:", "[click]"] where unescaped.contains(bad) { found.append(bad) }
        return found
    }

    /// Every escape sequence in `text` that is not a plain SGR (colour) sequence.
    public static func nonColourEscapes(_ text: String) -> [String] {
        var found: [String] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            defer { i += 1 }
            guard scalars[i] == "\u{1B}" else { continue }
            var j = i + 1
            guard j < scalars.count, scalars[j] == "[" else { found.append("ESC not followed by ["); continue }
            j += 1
            while j < scalars.count, ("0"..."9").contains(scalars[j]) || scalars[j] == ";" { j += 1 }
            if j >= scalars.count || scalars[j] != "m" {
                found.append(String(String.UnicodeScalarView(scalars[i..<min(scalars.count, j + 1)])))
            }
        }
        return found
    }

    /// `text` as a YAML double-quoted scalar, every control, bidi and separator as an escape.
    public static func yamlQuoted(_ text: String) -> String {
        var out = "\""
        for s in text.unicodeScalars {
            switch s {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if isHostile(s) {
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - String(s.value, radix: 16).count)) + String(s.value, radix: 16)
                } else {
                    out.unicodeScalars.append(s)
                }
            }
        }
        return out + "\""
    }

    /// One CSV field, quoted as RFC 4180 says (the fixture writes the raw text).
    public static func csvQuoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// Ids that try to carry escape sequences and bidi controls into every place ids go.
    public static let badIDs = (unit: "x\u{1B}]0;owned\u{07}", indicator: "i\u{1B}[2J\u{202E}", document: "57-NQ/TW\u{1B}]52;c;eA==\u{07}")

    /// All hostile strings in one, for the one name that must carry them all.
    public static var joined: String { all.map(\.text).joined(separator: " · ") }

    /// Writes a complete data folder whose names, labels, sources, quotes and notes carry the
    /// hostile strings: unit `h00` named with all of them, units `h01…` each named with one;
    /// indicators `i01…` each named with one; `h00` has a figure of every indicator for 2025-05
    /// whose source, quote and note are that indicator's string; every unit has a figure of `i01`;
    /// resolution `57-NQ/TW` with one item for `h00` per string; `errors.csv` names unknown
    /// provinces with each string (for `validate`). One unit, one indicator and one document
    /// have a hostile id (`badIDs`), which `validate` must refuse.
    public static func writeDataFolder(at folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        func id(_ prefix: String, _ k: Int) -> String { prefix + (k < 10 ? "0" : "") + String(k) }
        let q = csvQuoted
        var provinces = "id,level,name,name_en,region,code,successor,merged_from,aliases,source\n"
        provinces += "vietnam,national,Việt Nam,Vietnam,,,,,,\n"
        provinces += "h00,province,\(q(joined)),\(q(joined)),r1,,,,,\(q(joined))\n"
        for (k, c) in all.enumerated() {
            provinces += "\(id("h", k + 1)),province,\(q(c.text)),\(q(c.text)),r1,,,,,\(q(c.text))\n"
        }
        provinces += "\(q(badIDs.unit)),province,Bad id,Bad id,r1,,,,,\n"
        try write("provinces.csv", provinces)
        try write("regions.csv", "id,name_vi,name_en,note\nr1,\(q(joined)),\(q(joined)),\(q(joined))\n")
        var indicators = "id,name_vi,name_en,short_vi,short_en,unit,kind,higher_is_better,target,share_of,group,description\n"
        for (k, c) in all.enumerated() {
            let t = q(c.text)
            indicators += "\(id("i", k + 1)),\(t),\(t),\(t),\(t),VND bn,flow,true,,,budget,\(t)\n"
        }
        indicators += "\(q(badIDs.indicator)),Bad id,Bad id,Bad,Bad,VND bn,flow,true,,,budget,\n"
        try write("indicators.csv", indicators)
        try write("targets.csv", "province,year,target,value,unit,derived,source,quote,note\nh00,2025,t1,100,VND bn,false,\(q(joined)),\(q(joined)),\(q(joined))\n")
        var observations = "province,period,basis,indicator,value,unit,source,quote,published,note\n"
        for (k, c) in all.enumerated() {
            let t = q(c.text)
            observations += "h00,2025-05,month,\(id("i", k + 1)),\(k + 1),VND bn,\(t),\(t),2025-06-01,\(t)\n"
            observations += "\(id("h", k + 1)),2025-05,month,i01,\(k + 1),VND bn,\(t),\(t),2025-06-01,\(t)\n"
        }
        try write("observations.csv", observations)
        var errors = "province,period,basis,indicator,value,unit,source\n"
        for c in all { errors += "\(q("zz" + c.text)),2025-05,month,i01,1,VND bn,s\n" }
        try write("errors.csv", errors)
        var yaml = "documents:\n  - id: 57-NQ/TW\n    kind: resolution\n    number: \"57\"\n"
        yaml += "    short_vi: \(yamlQuoted(joined))\n    short_en: \(yamlQuoted(joined))\n    title_vi: \(yamlQuoted(joined))\n    title_en: \(yamlQuoted(joined))\n"
        yaml += "    issuer_vi: \(yamlQuoted(joined))\n    issuer_en: \(yamlQuoted(joined))\n"
        yaml += "    summary_vi: \(yamlQuoted(joined))\n    summary_en: \(yamlQuoted(joined))\n    sources: [\(yamlQuoted(joined))]\n"
        yaml += "  - id: \(yamlQuoted(badIDs.document))\n    title_vi: bad id\n    title_en: bad id\n"
        yaml += "items:\n"
        for c in all {
            let y = yamlQuoted(c.text)
            yaml += "  - province: h00\n    resolution: 57-NQ/TW\n    document_vi: \(y)\n    document_en: \(y)\n    title_vi: \(y)\n    title_en: \(y)\n"
            yaml += "    lead_vi: \(y)\n    lead_en: \(y)\n"
            yaml += "    status: drafting\n    due: 2025-06\n    note_vi: \(y)\n    note_en: \(y)\n    source: \(y)\n    quote: \(y)\n"
        }
        try write("resolutions.yaml", yaml)
    }
}

extension HostileStrings {
    /// Parses CSV text as RFC 4180 says: the records and their fields, quotes removed.
    public static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, atStart = true
        var it = Array(text.unicodeScalars)[...]
        while let s = it.popFirst() {
            if quoted {
                if s == "\"" {
                    if it.first == "\"" { field.unicodeScalars.append("\""); it = it.dropFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(s)
                }
                continue
            }
            switch s {
            case "\"" where atStart: quoted = true; atStart = false
            case ",": record.append(field); field = ""; atStart = true
            case "\n": record.append(field); records.append(record); record = []; field = ""; atStart = true
            default: field.unicodeScalars.append(s); atStart = false
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }

    /// What the CSV gate must make of `text`: a would-be formula gets a leading `'`, then the
    /// dangerous scalars become visible symbols.
    public static func expectedCSVCell(_ text: String) -> String {
        if let first = text.unicodeScalars.first, formulaStarts.contains(first) { return visible("'" + text) }
        return visible(text)
    }
}

extension HostileStrings {
    /// `text` as the loaders keep it: line breaks as line feeds, surrounding white space
    /// trimmed, NFC.
    public static func asLoaded(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
    }
}
