import Foundation
import Yams

/// Loads the catalogue files: `provinces.csv`, `regions.csv`, `indicators.csv`,
/// `targets.csv` and `resolutions.yaml`.
public enum CatalogueLoader {
    static func table(_ path: String, required: [String], diagnostics: inout [Diagnostic]) -> CSVTable? {
        switch FileReading.read(path) {
        case .failure(let d): diagnostics.append(d); return nil
        case .success(let bytes):
            guard let table = CSVTable.parse(file: path, bytes: bytes, diagnostics: &diagnostics) else { return nil }
            for name in required where table.header[name] == nil {
                diagnostics.append(Diagnostic(file: path, line: 1, column: 1, severity: .error,
                                              Phrase(.diagMissingColumn, "\(name)"),
                                              hint: Phrase(.diagHeaderMustName, "\(required.joined(separator: ", "))")))
                return nil
            }
            return table
        }
    }

    static func split(_ text: String, by separator: Character = ";") -> [String] {
        text.split(separator: separator).map { FieldText.trimmed($0, .whitespaces) }.filter { !$0.isEmpty }
    }

    public static func loadUnits(_ path: String, diagnostics: inout [Diagnostic]) -> [Province] {
        guard let t = table(path, required: ["id", "level", "name"], diagnostics: &diagnostics) else { return [] }
        let c = (id: t.index(of: ["id"]), level: t.index(of: ["level"]), name: t.index(of: ["name"]),
                 en: t.index(of: ["name_en", "name_ascii"]), region: t.index(of: ["region"]), code: t.index(of: ["code"]),
                 successor: t.index(of: ["successor"]), merged: t.index(of: ["merged_from"]), aliases: t.index(of: ["aliases"]),
                 source: t.index(of: ["source", "source_url"]), parent: t.index(of: ["parent"]))
        var seen: [String: Int] = [:]
        var units: [Province] = []
        for row in t.rows {
            let id = row.text(c.id)
            let line = row.first?.line ?? 0
            guard !id.isEmpty else {
                diagnostics.append(Diagnostic(file: path, line: line, column: row.position(c.id).column, severity: .error, Phrase(.diagEmptyID)))
                continue
            }
            guard IDRules.isSlug(id) else {
                let p = row.position(c.id)
                diagnostics.append(Diagnostic(file: path, line: p.line, column: p.column, severity: .error,
                                              Phrase(.diagUnitIDNotSlug, "\(id)"), hint: IDRules.slugHint))
                continue
            }
            guard let level = UnitLevel(rawValue: row.text(c.level).lowercased()) else {
                let p = row.position(c.level)
                diagnostics.append(Diagnostic(file: path, line: p.line, column: p.column, severity: .error,
                                              Phrase(.diagUnknownLevel, "\(row.text(c.level))"), hint: Phrase(.diagLevelHint)))
                continue
            }
            if let first = seen[id] {
                diagnostics.append(Diagnostic(file: path, line: line, column: 1, severity: .error,
                                              Phrase(.diagDuplicateID, "\(id)", "\(first)")))
                continue
            }
            seen[id] = line
            let name = row.text(c.name)
            let en = row.text(c.en)
            let code = row.text(c.code)
            let successor = row.text(c.successor)
            let parent = row.text(c.parent)
            units.append(Province(id: id, level: level, name: name, nameEN: en.isEmpty ? name : en, region: row.text(c.region),
                                  code: code.isEmpty ? nil : code, successor: successor.isEmpty ? nil : successor,
                                  mergedFrom: split(row.text(c.merged)), aliases: split(row.text(c.aliases)),
                                  source: row.text(c.source), parent: parent.isEmpty ? nil : parent))
        }
        let ids = Set(units.map(\.id))
        for unit in units {
            for ref in unit.mergedFrom where !ids.contains(ref) {
                diagnostics.append(Diagnostic(file: path, line: seen[unit.id] ?? 0, column: 1, severity: .error,
                                              Phrase(.diagMergedFromUnknown, "\(unit.id)", "\(ref)")))
            }
            if let s = unit.successor, !ids.contains(s) {
                diagnostics.append(Diagnostic(file: path, line: seen[unit.id] ?? 0, column: 1, severity: .error,
                                              Phrase(.diagUnknownSuccessor, "\(unit.id)", "\(s)")))
            }
        }
        return units
    }

    public static func loadRegions(_ path: String, diagnostics: inout [Diagnostic]) -> [Region] {
        guard let t = table(path, required: ["id", "name_vi", "name_en"], diagnostics: &diagnostics) else { return [] }
        let id = t.index(of: ["id"]), vi = t.index(of: ["name_vi"]), en = t.index(of: ["name_en"])
        return t.rows.compactMap { row in
            guard !row.text(id).isEmpty else { return nil }
            guard IDRules.isSlug(row.text(id)) else {
                let p = row.position(id)
                diagnostics.append(Diagnostic(file: path, line: p.line, column: p.column, severity: .error,
                                              Phrase(.diagRegionIDNotSlug, "\(row.text(id))"), hint: IDRules.slugHint))
                return nil
            }
            return Region(id: row.text(id), nameVI: row.text(vi), nameEN: row.text(en))
        }
    }

    public static func loadIndicators(_ path: String, diagnostics: inout [Diagnostic]) -> [Indicator] {
        guard let t = table(path, required: ["id", "name_vi", "name_en", "unit", "kind"], diagnostics: &diagnostics) else { return [] }
        let c = (id: t.index(of: ["id"]), vi: t.index(of: ["name_vi"]), en: t.index(of: ["name_en"]),
                 svi: t.index(of: ["short_vi"]), sen: t.index(of: ["short_en"]), unit: t.index(of: ["unit"]),
                 kind: t.index(of: ["kind"]), better: t.index(of: ["higher_is_better"]), target: t.index(of: ["target"]),
                 shareOf: t.index(of: ["share_of"]), group: t.index(of: ["group"]), desc: t.index(of: ["description"]))
        var result: [Indicator] = []
        var seen: [String: Int] = [:]
        for row in t.rows {
            let id = row.text(c.id)
            let line = row.first?.line ?? 0
            guard IDRules.isSlug(id) else {
                let p = row.position(c.id)
                diagnostics.append(Diagnostic(file: path, line: p.line, column: p.column, severity: .error,
                                              id.isEmpty ? Phrase(.diagEmptyID) : Phrase(.diagIndicatorIDNotSlug, "\(id)"),
                                              hint: IDRules.slugHint))
                continue
            }
            guard let kind = IndicatorKind(rawValue: row.text(c.kind).lowercased()) else {
                let p = row.position(c.kind)
                diagnostics.append(Diagnostic(file: path, line: p.line, column: p.column, severity: .error,
                                              Phrase(.diagUnknownKind, "\(row.text(c.kind))", "\(id)"),
                                              hint: Phrase(.diagKindHint)))
                continue
            }
            if let first = seen[id] {
                diagnostics.append(Diagnostic(file: path, line: line, column: 1, severity: .error, Phrase(.diagDuplicateIndicator, "\(id)", "\(first)")))
                continue
            }
            seen[id] = line
            let betterText = row.text(c.better).lowercased()
            let target = row.text(c.target), shareOf = row.text(c.shareOf)
            result.append(Indicator(id: id, nameVI: row.text(c.vi), nameEN: row.text(c.en), shortVI: row.text(c.svi),
                                    shortEN: row.text(c.sen), unit: row.text(c.unit), kind: kind,
                                    higherIsBetter: !(betterText == "false" || betterText == "no" || betterText == "0"),
                                    target: target.isEmpty ? nil : target, shareOf: shareOf.isEmpty ? nil : shareOf,
                                    group: row.text(c.group), description: row.text(c.desc)))
        }
        return result
    }

    public static func loadTargets(_ path: String, units: Catalogue, diagnostics: inout [Diagnostic]) -> [Target] {
        guard let t = table(path, required: ["province", "year", "target", "value"], diagnostics: &diagnostics) else { return [] }
        let c = (p: t.index(of: ["province"]), y: t.index(of: ["year"]), t: t.index(of: ["target"]), v: t.index(of: ["value"]),
                 u: t.index(of: ["unit"]), d: t.index(of: ["derived"]), s: t.index(of: ["source", "source_url"]),
                 q: t.index(of: ["quote"]), n: t.index(of: ["note"]), pub: t.index(of: ["published"]))
        var result: [Target] = []
        for row in t.rows {
            let line = row.first?.line ?? 0
            guard let year = Int(row.text(c.y)), Period.validYears.contains(year) else {
                let p = row.position(c.y)
                diagnostics.append(Diagnostic(file: path, line: p.line, column: p.column, severity: .error, Phrase(.diagBadYear, "\(row.text(c.y))")))
                continue
            }
            guard let unit = units.resolveUnit(row.text(c.p), period: Period(year: year, month: 12)) else {
                let p = row.position(c.p)
                diagnostics.append(Diagnostic(file: path, line: p.line, column: p.column, severity: .error,
                                              Phrase(.diagUnknownProvince, "\(row.text(c.p))"),
                                              hint: units.suggestUnit(for: row.text(c.p)).map { Phrase(.diagDidYouMean, "\($0)") }))
                continue
            }
            guard case .success(let value) = NumberParsing.parse(row.text(c.v)) else {
                let p = row.position(c.v)
                diagnostics.append(Diagnostic(file: path, line: p.line, column: p.column, severity: .error, Phrase(.diagBadValue, "\(row.text(c.v))")))
                continue
            }
            let derived = ["true", "yes", "1"].contains(row.text(c.d).lowercased())
            let pub = row.text(c.pub)
            result.append(Target(province: unit.id, year: year, target: row.text(c.t), value: value, unit: row.text(c.u), derived: derived,
                                 source: Source(citation: row.text(c.s), quote: row.text(c.q), published: pub.isEmpty ? nil : pub,
                                                note: row.text(c.n), file: path, line: line)))
        }
        return result
    }

    /// Loads `resolutions.yaml`: `documents:` and `items:` lists.
    public static func loadResolutions(_ path: String, units: Catalogue, diagnostics: inout [Diagnostic]) -> ([Resolution], [ImplementationItem]) {
        let bytes: [UInt8]
        switch FileReading.read(path) {
        case .failure(let d): diagnostics.append(d); return ([], [])
        case .success(let b): bytes = b
        }
        if let bad = UTF8Check.invalidOffsets(in: bytes, limit: 1).first {
            let (line, column) = UTF8Check.lineColumn(of: bad, in: bytes)
            diagnostics.append(Diagnostic(file: path, line: line, column: column, severity: .error,
                                          Phrase(.diagInvalidUTF8, "\(bad)"), hint: Phrase(.diagSaveAsUTF8)))
            return ([], [])
        }
        if let control = controlCharacters(in: bytes, path: path), !control.isEmpty {
            diagnostics += control
            return ([], [])
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if let depth = maxNesting(text), depth > 64 {
            diagnostics.append(Diagnostic(file: path, line: 1, column: 1, severity: .error,
                                          Phrase(.diagYamlTooDeep, "\(depth)")))
            return ([], [])
        }
        let root: Node
        do {
            // The basic resolver: chiso reads every scalar as text, so building the default
            // resolver's regular expressions would only slow the start.
            guard let node = try Yams.compose(yaml: text, .basic) else {
                diagnostics.append(Diagnostic(file: path, line: 1, column: 1, severity: .error, Phrase(.diagEmptyFile)))
                return ([], [])
            }
            root = node
        } catch let error as YamlError {
            let (line, column, message) = describe(error)
            diagnostics.append(Diagnostic(file: path, line: line, column: column, severity: .error, Phrase(.diagYaml, "\(message)")))
            return ([], [])
        } catch {
            diagnostics.append(Diagnostic(file: path, line: 1, column: 1, severity: .error, Phrase(.diagYaml, "\(error)")))
            return ([], [])
        }
        diagnostics += duplicateKeys(root, path: path)
        guard let top = root.mapping else {
            diagnostics.append(Diagnostic(file: path, line: root.mark?.line ?? 1, column: root.mark?.column ?? 1, severity: .error,
                                          Phrase(.diagExpectedDocumentsItems)))
            return ([], [])
        }
        func str(_ node: Node?, _ key: String) -> String {
            guard let value = node?.mapping?[key] else { return "" }
            if let s = value.scalar?.string { return FieldText.trimmed(s, .whitespacesAndNewlines) }
            return ""
        }
        func list(_ node: Node?, _ key: String) -> [String] {
            guard let value = node?.mapping?[key] else { return [] }
            if let seq = value.sequence { return seq.compactMap { $0.scalar?.string }.filter { !$0.isEmpty } }
            if let s = value.scalar?.string, !s.isEmpty { return [s] }
            return []
        }
        func mark(_ node: Node) -> (Int, Int) { (node.mark?.line ?? 0, node.mark?.column ?? 0) }
        var documents: [Resolution] = []
        if let docs = top["documents"]?.sequence {
            for node in docs {
                let id = str(node, "id")
                guard !id.isEmpty else {
                    let (l, c) = mark(node)
                    diagnostics.append(Diagnostic(file: path, line: l, column: c, severity: .error, Phrase(.diagDocumentWithoutID)))
                    continue
                }
                guard IDRules.isDocumentID(id) else {
                    let (l, c) = node.mapping?["id"].map(mark) ?? mark(node)
                    diagnostics.append(Diagnostic(file: path, line: l, column: c, severity: .error,
                                                  Phrase(.diagDocumentIDForm, "\(id)"),
                                                  hint: IDRules.documentHint))
                    continue
                }
                let issued = str(node, "issued")
                var texts = BilingualFields(node: node, path: path, what: Phrase(.diagWhatDocument, "\(id)"))
                let short = texts.read("short", required: false)
                let title = texts.read("title", required: true)
                let issuer = texts.read("issuer", required: false)
                let summary = texts.read("summary", required: false)
                let language = texts.sourceLanguage()
                diagnostics += texts.diagnostics
                guard texts.diagnostics.isEmpty else { continue }
                documents.append(Resolution(id: id, kind: str(node, "kind"), number: str(node, "number"), shortVI: short.vi,
                                            shortEN: short.en, title: title, issued: issued.isEmpty ? nil : issued,
                                            issuer: issuer, summary: summary, sources: list(node, "sources"),
                                            trackedBy: list(node, "tracked_by"), sourceLanguage: language))
                for indicator in list(node, "tracked_by") where units.indicator(id: indicator) == nil {
                    let (l, c) = mark(node)
                    diagnostics.append(Diagnostic(file: path, line: l, column: c, severity: .warning,
                                                  Phrase(.diagTrackedByUnknownIndicator, "\(id)", "\(indicator)")))
                }
            }
        } else {
            diagnostics.append(Diagnostic(file: path, line: 1, column: 1, severity: .warning, Phrase(.diagNoDocumentsList)))
        }
        let known = Set(documents.map(\.id))
        var items: [ImplementationItem] = []
        for node in top["items"]?.sequence ?? [] {
            let (l, c) = mark(node)
            let provinceText = str(node, "province")
            guard let unit = units.resolveUnit(provinceText) else {
                diagnostics.append(Diagnostic(file: path, line: l, column: c, severity: .error, Phrase(.diagUnknownProvince, "\(provinceText)"),
                                              hint: units.suggestUnit(for: provinceText).map { Phrase(.diagDidYouMean, "\($0)") }))
                continue
            }
            let resolution = str(node, "resolution")
            if !known.contains(resolution) {
                diagnostics.append(Diagnostic(file: path, line: l, column: c, severity: .error, Phrase(.diagUnknownDocument, "\(resolution)"),
                                              hint: Phrase(.diagUnknownDocumentHint)))
                continue
            }
            let statusText = str(node, "status").lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
            guard let status = ItemStatus(rawValue: statusText) else {
                diagnostics.append(Diagnostic(file: path, line: l, column: c, severity: .error, Phrase(.diagUnknownStatus, "\(str(node, "status"))"),
                                              hint: Phrase(.diagStatusHint)))
                continue
            }
            let due = str(node, "due")
            if !due.isEmpty && (Period(String(due.prefix(7))) == nil || !isDueDate(due)) {
                diagnostics.append(Diagnostic(file: path, line: l, column: c, severity: .error, Phrase(.diagBadDueDate, "\(due)"), hint: Phrase(.diagWriteMonthOrDay)))
                continue
            }
            // `status_date` is the date the status was stated (older files: `as_of`, read with a warning).
            let stated = itemStatusDate(node, path: path, diagnostics: &diagnostics)
            guard stated.valid else { continue }
            let statusDate = stated.date ?? ""
            let published = str(node, "published").isEmpty ? statusDate : str(node, "published")
            var texts = BilingualFields(node: node, path: path, what: Phrase(.diagWhatItem))
            let document = texts.read("document", required: true)
            let title = texts.read("title", required: true)
            let lead = texts.read("lead", required: false)
            let note = texts.read("note", required: false)
            let language = texts.sourceLanguage()
            diagnostics += texts.diagnostics
            guard texts.diagnostics.isEmpty else { continue }
            items.append(ImplementationItem(province: unit.id, resolution: resolution, document: document, title: title,
                                            lead: lead, due: due.isEmpty ? nil : due, status: status,
                                            statusDate: stated.date, note: note,
                                            source: Source(citation: str(node, "source"), quote: str(node, "quote"),
                                                           published: published.isEmpty ? nil : published, file: path, line: l),
                                            sourceLanguage: language))
        }
        return (documents, items)
    }

    /// A raw control character (C0 but tab, line feed and carriage return; DEL; C1 but NEL)
    /// cannot stand in YAML: each is reported at its own line and column (the parser would
    /// only say "control characters are not allowed"). At most 20 are listed.
    static func controlCharacters(in bytes: [UInt8], path: String) -> [Diagnostic]? {
        var found: [Diagnostic] = []
        var line = 1, column = 1, i = 0
        while i < bytes.count && found.count < 20 {
            let b = bytes[i]
            var value: UInt32?
            if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F { value = UInt32(b) }
            if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]), bytes[i + 1] != 0x85 { value = UInt32(bytes[i + 1]) }
            if let value {
                let hex = String(value, radix: 16, uppercase: true)
                found.append(Diagnostic(file: path, line: line, column: column, severity: .error,
                                        Phrase(.diagControlCharacter, "\(String(repeating: "0", count: 4 - hex.count) + hex)"),
                                        hint: Phrase(.diagControlCharacterHint)))
            }
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return found
    }

    /// Every key given twice in one mapping, at the second one: YAML keeps only one of them, so a
    /// second `documents:` would silently drop every document of the first. A node an alias
    /// repeats has its anchor's position and is checked once, so aliases are never expanded.
    static func duplicateKeys(_ root: Node, path: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var checked = Set<[Int]>()
        var stack = [root]
        while let node = stack.popLast() {
            if let mark = node.mark, node.mapping != nil || node.sequence != nil {
                guard checked.insert([mark.line, mark.column]).inserted else { continue }
            }
            if let sequence = node.sequence { stack.append(contentsOf: sequence) }
            guard let mapping = node.mapping else { continue }
            var seen: [String: Int] = [:]
            for (key, value) in mapping {
                stack.append(value)
                guard let name = key.scalar?.string else { continue }
                if let first = seen[name] {
                    found.append(Diagnostic(file: path, line: key.mark?.line ?? 0, column: key.mark?.column ?? 0, severity: .error,
                                            Phrase(.diagDuplicateKey, "\(name)", "\(first)"),
                                            hint: Phrase(.diagMergeTheTwo)))
                } else {
                    seen[name] = key.mark?.line ?? 0
                }
            }
        }
        return found.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// `YYYY-MM` or `YYYY-MM-DD`, nothing more.
    static func isDueDate(_ text: String) -> Bool {
        let b = Array(text.utf8)
        let digit = { (i: Int) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b[i]) }
        guard b.count == 7 || b.count == 10, b[4] == UInt8(ascii: "-"), (0..<4).allSatisfy(digit), digit(5), digit(6) else { return false }
        return b.count == 7 || (b[7] == UInt8(ascii: "-") && digit(8) && digit(9))
    }

    /// An item's `status_date` (the day its status was known; `date` nil when not given), and
    /// whether it is valid (a value that is not a date is reported and the item skipped). The old name `as_of` is still read, with a warning: in
    /// chiso `as_of` is the last day a figure covers (observations), so one name means one thing.
    static func itemStatusDate(_ node: Node, path: String, diagnostics: inout [Diagnostic]) -> (valid: Bool, date: String?) {
        func entry(_ key: String) -> (key: Node, value: Node)? {
            node.mapping?.first { $0.key.string == key }.map { ($0.key, $0.value) }
        }
        var found = entry("status_date")
        if let old = entry("as_of") {
            diagnostics.append(Diagnostic(file: path, line: old.key.mark?.line ?? 0, column: old.key.mark?.column ?? 0, severity: .warning,
                                          Phrase(.diagAsOfIsStatusDate),
                                          hint: Phrase(.diagAsOfIsStatusDateHint)))
            if found == nil { found = old }
        }
        guard let found, let text = found.value.scalar.map({ FieldText.trimmed($0.string, .whitespacesAndNewlines) }), !text.isEmpty else {
            return (true, nil)
        }
        guard let date = CalendarDate(text) else {
            diagnostics.append(Diagnostic(file: path, line: found.value.mark?.line ?? 0, column: found.value.mark?.column ?? 0, severity: .error,
                                          Phrase(.diagBadStatusDate, "\(text)"), hint: Phrase(.diagWriteDay)))
            return (false, nil)
        }
        return (true, date.description)
    }

    /// The deepest bracket or indentation nesting, checked before handing text to the YAML parser.
    static func maxNesting(_ text: String) -> Int? {
        var depth = 0, maxDepth = 0
        for b in text.utf8 {
            if b == UInt8(ascii: "[") || b == UInt8(ascii: "{") { depth += 1; maxDepth = max(maxDepth, depth) }
            if b == UInt8(ascii: "]") || b == UInt8(ascii: "}") { depth = max(0, depth - 1) }
        }
        var indentDepth = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let spaces = line.prefix { $0 == " " || $0 == "-" }.count
            indentDepth = max(indentDepth, spaces / 2)
        }
        return max(maxDepth, indentDepth)
    }

    static func describe(_ error: YamlError) -> (Int, Int, String) {
        switch error {
        case .scanner(_, let problem, let mark, _): return (mark.line, mark.column, problem)
        case .parser(_, let problem, let mark, _): return (mark.line, mark.column, problem)
        case .composer(_, let problem, let mark, _): return (mark.line, mark.column, problem)
        default: return (1, 1, "\(error)")
        }
    }
}
