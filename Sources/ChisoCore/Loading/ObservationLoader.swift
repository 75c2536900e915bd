import Foundation

/// One figure as read from a row of an observation file, before duplicates are resolved.
public struct RawObservation: Sendable {
    public var unit: Int
    public var period: Period
    public var indicator: Int
    public var basis: Basis
    public var value: Double
    public var source: Source
    /// Column of the value, for diagnostics that point at it.
    public var valueColumn: Int
}

/// Reads long-form observation CSV files (`province,period,indicator,value` and optional
/// `basis,unit,source,quote,published,note`), reporting every bad row and keeping the good ones.
public enum ObservationLoader {
    static let known: [String: [String]] = [
        "province": ["province", "unit_id", "tinh", "tỉnh"],
        "period": ["period", "month", "ky", "kỳ"],
        "indicator": ["indicator", "chi_so", "chỉ số"],
        "value": ["value", "gia_tri", "giá trị"],
        "basis": ["basis"],
        "unit": ["unit", "don_vi", "đơn vị"],
        "source": ["source", "source_url", "url", "citation"],
        "quote": ["quote"],
        "published": ["published", "published_date", "date_published"],
        "note": ["note", "notes", "ghi_chu", "ghi chú"],
    ]

    /// Loads one file; appends figures to `into` and problems to `diagnostics`.
    public static func load(_ path: String, catalogue: Catalogue, into observations: inout [RawObservation], diagnostics: inout [Diagnostic]) {
        let bytes: [UInt8]
        switch FileReading.read(path) {
        case .failure(let d): diagnostics.append(d); return
        case .success(let b): bytes = b
        }
        load(bytes: bytes, file: path, catalogue: catalogue, into: &observations, diagnostics: &diagnostics)
    }

    public static func load(bytes: [UInt8], file: String, catalogue: Catalogue, into observations: inout [RawObservation], diagnostics: inout [Diagnostic]) {
        guard let table = CSVTable.parse(file: file, bytes: bytes, diagnostics: &diagnostics) else { return }
        var col: [String: Int] = [:]
        for (name, aliases) in known { if let i = table.index(of: aliases) { col[name] = i } }
        let missing = ["province", "period", "indicator", "value"].filter { col[$0] == nil }
        if !missing.isEmpty {
            diagnostics.append(Diagnostic(file: file, line: 1, column: 1, severity: .error,
                                          message: "missing required column\(missing.count > 1 ? "s" : "") \(missing.map { "'\($0)'" }.joined(separator: ", "))",
                                          hint: "the header must name province, period, indicator and value, in any order and any case"))
            return
        }
        let knownNames = Set(known.values.flatMap { $0 })
        let unknown = table.headerFields.map { $0.value.trimmingCharacters(in: .whitespaces) }.filter { !knownNames.contains($0.lowercased()) && !$0.isEmpty }
        if !unknown.isEmpty {
            let first = table.headerFields.first { $0.value.trimmingCharacters(in: .whitespaces) == unknown[0] }
            diagnostics.append(Diagnostic(file: file, line: 1, column: first?.column ?? 1, severity: .warning,
                                          message: "unknown column\(unknown.count > 1 ? "s" : "") ignored: \(unknown.joined(separator: ", "))"))
        }
        let width = table.headerFields.count
        var missingSource = 0
        var firstMissingSourceLine = 0
        observations.reserveCapacity(observations.count + table.rows.count)
        for row in table.rows {
            let line = row.first?.line ?? 0
            func fail(_ key: String, _ message: String, hint: String? = nil) {
                let p = row.position(col[key])
                diagnostics.append(Diagnostic(file: file, line: p.line, column: p.column, severity: .error, message: message, hint: hint))
            }
            if row.count < width, row.count <= (col.values.max() ?? 0) {
                let p = row.position(nil)
                diagnostics.append(Diagnostic(file: file, line: p.line, column: p.column, severity: .error,
                                              message: "row has \(row.count) fields, the header has \(width)", hint: "check for a missing comma or an unquoted field"))
                if row.count <= (["province", "period", "indicator", "value"].compactMap { col[$0] }.max() ?? 0) { continue }
            } else if row.count > width {
                let extra = row[width]
                diagnostics.append(Diagnostic(file: file, line: extra.line, column: extra.column, severity: .warning,
                                              message: "row has \(row.count) fields, the header has \(width); extra fields ignored",
                                              hint: "quote fields that contain commas"))
            }
            let periodText = row.text(col["period"])
            guard let period = Period(periodText) else {
                fail("period", "bad period '\(periodText)'", hint: "write the month as YYYY-MM, e.g. 2025-05")
                continue
            }
            guard Period.validYears.contains(period.year) else {
                fail("period", "period \(period) is outside \(Period.validYears.lowerBound)–\(Period.validYears.upperBound)", hint: "check the year")
                continue
            }
            let provinceText = row.text(col["province"])
            guard let unit = catalogue.resolveUnit(provinceText, period: period), let unitIndex = catalogue.unitIndex(id: unit.id) else {
                let suggestion = catalogue.suggestUnit(for: provinceText)
                fail("province", provinceText.isEmpty ? "empty province" : "unknown province '\(provinceText)'",
                     hint: suggestion.map { "did you mean \"\($0)\"?" } ?? "use an id, official or ASCII name from provinces.csv")
                continue
            }
            let indicatorText = row.text(col["indicator"])
            guard let indicatorIndex = catalogue.indicatorIndex(id: indicatorText) else {
                fail("indicator", indicatorText.isEmpty ? "empty indicator" : "unknown indicator '\(indicatorText)'",
                     hint: catalogue.suggestIndicator(for: indicatorText).map { "did you mean \"\($0)\"?" } ?? "add it to indicators.csv")
                continue
            }
            let indicator = catalogue.indicators[indicatorIndex]
            var basis = Basis.month
            let basisText = row.text(col["basis"]).lowercased()
            if !basisText.isEmpty {
                guard let b = Basis(rawValue: basisText) ?? (["year-to-date", "year_to_date", "luy ke", "lũy kế"].contains(basisText) ? .ytd : nil) else {
                    fail("basis", "bad basis '\(row.text(col["basis"]))'", hint: "use month or ytd")
                    continue
                }
                basis = b
            }
            let valueText = row.text(col["value"])
            let value: Double
            switch NumberParsing.parse(valueText) {
            case .success(let v): value = v
            case .failure(.empty):
                fail("value", "empty value", hint: "leave the row out when the figure is missing: chiso never treats a gap as zero")
                continue
            case .failure(.notFinite(let t)):
                fail("value", "value '\(t)' is not a finite number")
                continue
            case .failure(.malformed(let t, let hint)):
                fail("value", "value '\(t)' is not a number", hint: hint)
                continue
            }
            if indicator.kind == .count && (value < 0 || value != value.rounded()) {
                fail("value", value < 0 ? "a count cannot be negative: \(valueText)" : "a count must be a whole number: \(valueText)")
                continue
            }
            if indicator.kind == .flow && value < 0 && !indicator.id.hasSuffix("_yoy") {
                let p = row.position(col["value"])
                diagnostics.append(Diagnostic(file: file, line: p.line, column: p.column, severity: .warning,
                                              message: "negative amount \(valueText) for \(indicator.id)"))
            }
            let unitText = row.text(col["unit"])
            if !unitText.isEmpty && unitText.lowercased() != indicator.unit.lowercased() {
                fail("unit", "unit '\(unitText)' disagrees with the catalogue's '\(indicator.unit)' for \(indicator.id); row skipped",
                     hint: "convert the value to \(indicator.unit) or fix the unit")
                continue
            }
            let citation = row.text(col["source"])
            if citation.isEmpty {
                missingSource += 1
                if firstMissingSourceLine == 0 { firstMissingSourceLine = line }
            }
            var published: String?
            let publishedText = row.text(col["published"])
            if !publishedText.isEmpty {
                if isDate(publishedText) { published = publishedText } else {
                    let p = row.position(col["published"])
                    diagnostics.append(Diagnostic(file: file, line: p.line, column: p.column, severity: .warning,
                                                  message: "bad published date '\(publishedText)' ignored", hint: "write YYYY-MM-DD"))
                }
            }
            let source = Source(citation: citation, quote: row.text(col["quote"]), published: published, note: row.text(col["note"]), file: file, line: line)
            observations.append(RawObservation(unit: unitIndex, period: period, indicator: indicatorIndex, basis: basis, value: value,
                                               source: source, valueColumn: row.position(col["value"]).column))
        }
        if missingSource > 0 {
            diagnostics.append(Diagnostic(file: file, line: firstMissingSourceLine, column: 1, severity: .warning,
                                          message: "\(missingSource) row\(missingSource > 1 ? "s have" : " has") no source",
                                          hint: "add a source column with a URL or citation for every figure"))
        }
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return false }
        return Period.validYears.contains(y) && (1...12).contains(m) && (1...31).contains(d) && parts[0].count == 4
    }
}
