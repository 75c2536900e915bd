import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
/// `basis,scope,unit,source,published,as_of,note,quote`), reporting every bad row and keeping the good ones.
///
/// Two paths share one set of rules. The fast path reads bytes in chunks, tokenizes records in
/// place and interns repeated text, so a million rows load without a String per field. Any row
/// it is not sure about (a quoting problem, an unknown name, an unusual number, a warning to
/// give) goes to the careful path, which produces the exact diagnostics. Tests check that both
/// paths give the same rows.
public enum ObservationLoader {
    static let known: [String: [String]] = [
        "province": ["province", "unit_id", "tinh", "tỉnh"],
        "period": ["period", "month", "ky", "kỳ"],
        "indicator": ["indicator", "chi_so", "chỉ số"],
        "value": ["value", "gia_tri", "giá trị"],
        "basis": ["basis"],
        "scope": ["scope", "pham_vi", "phạm vi"],
        "unit": ["unit", "don_vi", "đơn vị"],
        "source": ["source", "source_url", "url", "citation"],
        "quote": ["quote"],
        "published": ["published", "published_date", "date_published"],
        "as_of": ["as_of", "as of", "asof"],
        "note": ["note", "notes", "ghi_chu", "ghi chú"],
    ]

    /// Column positions of a file's header, by canonical name (the keys of `known`).
    struct Header {
        var col: [String: Int] = [:]
        var width = 0
    }

    /// How many rows of a load each path read: the fast path's figures, and the records the
    /// careful path read (a figure, a skipped row or a blank line). For tests and benchmarks.
    public struct PathCounts: Sendable, Equatable {
        public var fastRows = 0
        public var carefulRows = 0
        /// Parts of a file read at once (`ParallelParse`): 2 when a second reader's rows were merged.
        public var parts = 1
    }

    /// Per-file state shared by both paths.
    struct FileState {
        let file: String
        let fileID: UInt16
        var missingSource = 0
        var firstMissingSourceLine = 0
        /// Problems shown for this file, and those past the limit (counted, not shown).
        var shown = 0
        var hidden = 0
        /// Past this many problems a file's further problems are only counted, so a wrong
        /// file cannot flood the screen or cost a suggestion search per row.
        static let limit = 200
        var quiet: Bool { shown >= FileState.limit }

        /// Set for the reader of a later part of a file (`ParallelParse`): the positions in
        /// `diagnostics` of the problems that went through the limit are noted in `limited`, so
        /// the merge applies the file's limit to them again, in order.
        var recordsLimited = false
        var limited: [Int] = []

        mutating func report(_ new: [Diagnostic], into diagnostics: inout [Diagnostic]) {
            for d in new {
                if shown < FileState.limit {
                    if recordsLimited { limited.append(diagnostics.count) }
                    diagnostics.append(d)
                    shown += 1
                } else { hidden += 1 }
            }
        }
    }

    // MARK: Entry points

    /// Loads rows of `bytes` into `observations` (convenience for tests and small inputs).
    @discardableResult
    public static func load(bytes: [UInt8], file: String, catalogue: Catalogue, into observations: inout [RawObservation],
                            diagnostics: inout [Diagnostic]) -> PathCounts {
        var buffer = ObservationBuffer()
        let counts = load(bytes: bytes, file: file, catalogue: catalogue, into: &buffer, diagnostics: &diagnostics)
        observations.append(contentsOf: buffer.rows)
        return counts
    }

    /// Loads one file by path (convenience for tests).
    public static func load(_ path: String, catalogue: Catalogue, into observations: inout [RawObservation], diagnostics: inout [Diagnostic]) {
        var buffer = ObservationBuffer()
        load(path, catalogue: catalogue, into: &buffer, diagnostics: &diagnostics)
        observations.append(contentsOf: buffer.rows)
    }

    /// Loads one file by path, streaming it in chunks.
    @discardableResult
    public static func load(_ path: String, catalogue: Catalogue, into buffer: inout ObservationBuffer, diagnostics: inout [Diagnostic],
                            progress: ((Int, Int) -> Void)? = nil) -> PathCounts {
        switch FileReading.open(path) {
        case .failure(let d):
            diagnostics.append(d)
            return PathCounts()
        case .success(let handle):
            defer { handle.close() }
            // Long-form rows are rarely under 40 bytes: reserving avoids regrowing the columns.
            buffer.reserve(buffer.count + handle.size / 40)
            if ParallelParse.enabled {
                return ParallelParse.load(handle, file: path, catalogue: catalogue, into: &buffer, diagnostics: &diagnostics, progress: progress)
            }
            var reader = FastReader(file: path, catalogue: catalogue, buffer: buffer)
            buffer = ObservationBuffer()
            reader.run(source: handle, diagnostics: &diagnostics, progress: progress)
            buffer = reader.buffer
            return reader.counts
        }
    }

    /// Loads rows from bytes in memory read in two parts split at byte `split` (one reader
    /// when nil), as `ParallelParse` reads a large file; for the tests that compare both ways.
    @discardableResult
    static func load(bytes: [UInt8], file: String, catalogue: Catalogue, into buffer: inout ObservationBuffer,
                     diagnostics: inout [Diagnostic], split: Int?) -> PathCounts {
        guard let split else { return load(bytes: bytes, file: file, catalogue: catalogue, into: &buffer, diagnostics: &diagnostics) }
        buffer.reserve(buffer.count + bytes.count / 40)
        return ParallelParse.load(MemoryBytes(bytes: bytes), file: file, catalogue: catalogue, into: &buffer, diagnostics: &diagnostics,
                                  split: split, progress: nil)
    }

    /// Loads rows from bytes already in memory.
    @discardableResult
    public static func load(bytes: [UInt8], file: String, catalogue: Catalogue, into buffer: inout ObservationBuffer,
                            diagnostics: inout [Diagnostic]) -> PathCounts {
        var reader = FastReader(file: file, catalogue: catalogue, buffer: buffer)
        buffer = ObservationBuffer()
        reader.run(source: MemorySource(bytes: bytes), diagnostics: &diagnostics, progress: nil)
        buffer = reader.buffer
        return reader.counts
    }

    // MARK: Header

    static func header(from fields: [CSVField], file: String, diagnostics: inout [Diagnostic]) -> Header? {
        var names: [String: Int] = [:]
        for (i, field) in fields.enumerated() {
            let name = field.value.trimmingCharacters(in: .whitespaces).lowercased()
            if names[name] == nil { names[name] = i }
        }
        var header = Header()
        header.width = fields.count
        for (name, aliases) in known {
            for alias in aliases { if let i = names[alias] { header.col[name] = i; break } }
        }
        let missing = ["province", "period", "indicator", "value"].filter { header.col[$0] == nil }
        if !missing.isEmpty {
            diagnostics.append(Diagnostic(file: file, line: 1, column: 1, severity: .error,
                                          missing.count > 1 ? Phrase(.diagMissingColumns, "\(missing.map { "'\($0)'" }.joined(separator: ", "))")
                                              : Phrase(.diagMissingColumn, "\(missing.joined())"),
                                          hint: Phrase(.diagObservationHeaderHint)))
            return nil
        }
        let knownNames = Set(known.values.flatMap { $0 })
        let unknown = fields.map { $0.value.trimmingCharacters(in: .whitespaces) }.filter { !knownNames.contains($0.lowercased()) && !$0.isEmpty }
        if !unknown.isEmpty {
            let first = fields.first { $0.value.trimmingCharacters(in: .whitespaces) == unknown[0] }
            diagnostics.append(Diagnostic(file: file, line: 1, column: first?.column ?? 1, severity: .warning,
                                          Phrase(unknown.count > 1 ? .diagUnknownColumnsIgnored : .diagUnknownColumnIgnored, "\(unknown.joined(separator: ", "))")))
        }
        return header
    }

    // MARK: Careful path

    /// Validates one row in full, appending the figure or the exact diagnostics.
    static func processRow(_ row: [CSVField], header: Header, state: inout FileState, catalogue: Catalogue,
                           into buffer: inout ObservationBuffer, diagnostics: inout [Diagnostic]) {
        var found: [Diagnostic] = []
        checkRow(row, header: header, state: &state, catalogue: catalogue, into: &buffer, diagnostics: &found)
        if !found.isEmpty { state.report(found, into: &diagnostics) }
    }

    static func checkRow(_ row: [CSVField], header: Header, state: inout FileState, catalogue: Catalogue,
                         into buffer: inout ObservationBuffer, diagnostics: inout [Diagnostic]) {
        let quiet = state.quiet
        let file = state.file
        let col = header.col
        let width = header.width
        let line = row.first?.line ?? 0
        func fail(_ key: String, _ message: Phrase, hint: Phrase? = nil) {
            let p = row.position(col[key])
            diagnostics.append(Diagnostic(file: file, line: p.line, column: p.column, severity: .error, message, hint: hint))
        }
        if row.count == 1 && (row.first?.value.trimmingCharacters(in: .whitespaces).isEmpty ?? true) { return }
        if row.count < width, row.count <= (col.values.max() ?? 0) {
            let p = row.position(nil)
            diagnostics.append(Diagnostic(file: file, line: p.line, column: p.column, severity: .error,
                                          Phrase(.diagRowFieldCount, "\(row.count)", "\(width)"), hint: Phrase(.diagRowFieldCountHint)))
            if row.count <= (["province", "period", "indicator", "value"].compactMap { col[$0] }.max() ?? 0) { return }
        } else if row.count > width {
            let extra = row[width]
            diagnostics.append(Diagnostic(file: file, line: extra.line, column: extra.column, severity: .warning,
                                          Phrase(.diagRowExtraFields, "\(row.count)", "\(width)"),
                                          hint: Phrase(.diagQuoteCommaFields)))
        }
        let periodText = row.text(col["period"])
        guard let period = Period(periodText) else {
            let looksQuarter = periodText.lowercased().contains("q")
            fail("period", Phrase(.diagBadPeriod, "\(periodText)"), hint: Phrase(looksQuarter ? .diagBadQuarterHint : .diagBadPeriodOrQuarterHint))
            return
        }
        guard Period.validYears.contains(period.year) else {
            fail("period", Phrase(.diagPeriodOutside, "\(period)", "\(Period.validYears.lowerBound)", "\(Period.validYears.upperBound)"), hint: Phrase(.diagCheckYear))
            return
        }
        var basis = Basis.single(period.kind)
        let basisText = row.text(col["basis"]).lowercased()
        if !basisText.isEmpty {
            guard let b = Basis(rawValue: basisText) ?? (["year-to-date", "year_to_date", "luy ke", "lũy kế"].contains(basisText) ? .ytd : nil) else {
                fail("basis", Phrase(.diagBadBasis, "\(row.text(col["basis"]))"), hint: Phrase(period.isQuarter ? .diagQuarterBasisHint : .diagBasisHint))
                return
            }
            guard b.fits(period.kind) else {
                fail("basis", Phrase(period.isQuarter ? .diagBasisNotQuarter : .diagBasisNotMonth, "\(b.rawValue)", "\(period)"),
                     hint: Phrase(period.isQuarter ? .diagBasisNotQuarterHint : .diagBasisNotMonthHint))
                return
            }
            basis = b
        }
        let scopeText = row.text(col["scope"]).lowercased()
        let scope: UnitScope?
        if scopeText.isEmpty { scope = nil } else {
            guard let s = UnitScope(rawValue: scopeText) else {
                fail("scope", Phrase(.diagBadScope, "\(row.text(col["scope"]))"), hint: Phrase(.diagBadScopeHint))
                return
            }
            scope = s
        }
        let provinceText = row.text(col["province"])
        guard let unit = catalogue.resolveUnit(provinceText, period: period, scope: scope), let unitIndex = catalogue.unitIndex(id: unit.id) else {
            let suggestion = quiet ? nil : catalogue.suggestUnit(for: provinceText)
            fail("province", provinceText.isEmpty ? Phrase(.diagEmptyProvince) : Phrase(.diagUnknownProvince, "\(provinceText)"),
                 hint: suggestion.map { Phrase(.diagDidYouMean, "\($0)") } ?? Phrase(.diagUseProvinceName))
            return
        }
        if let scope, let problem = catalogue.scopeProblem(unit, scope: scope) {
            fail("scope", Phrase(.diagScopeContradicts, "\(scope.rawValue)", "\(provinceText)", .phrase(problem.message)), hint: problem.hint)
            return
        }
        let indicatorText = row.text(col["indicator"])
        guard let indicatorIndex = catalogue.indicatorIndex(id: indicatorText) else {
            fail("indicator", indicatorText.isEmpty ? Phrase(.diagEmptyIndicator) : Phrase(.diagUnknownIndicator, "\(indicatorText)"),
                 hint: (quiet ? nil : catalogue.suggestIndicator(for: indicatorText)).map { Phrase(.diagDidYouMean, "\($0)") } ?? Phrase(.diagAddToIndicators))
            return
        }
        let indicator = catalogue.indicators[indicatorIndex]
        let valueText = row.text(col["value"])
        let value: Double
        switch NumberParsing.parse(valueText) {
        case .success(let v): value = v
        case .failure(.empty):
            fail("value", Phrase(.diagEmptyValue), hint: Phrase(.diagEmptyValueHint))
            return
        case .failure(.notFinite(let t)):
            fail("value", Phrase(.diagNotFinite, "\(t)"))
            return
        case .failure(.malformed(let t, let hint)):
            fail("value", Phrase(.diagNotANumber, "\(t)"), hint: hint)
            return
        }
        if indicator.kind == .count && (value < 0 || value != value.rounded()) {
            fail("value", Phrase(value < 0 ? .diagCountNegative : .diagCountWhole, "\(valueText)"))
            return
        }
        if indicator.kind == .flow && value < 0 {
            let p = row.position(col["value"])
            diagnostics.append(Diagnostic(file: file, line: p.line, column: p.column, severity: .warning,
                                          Phrase(.diagNegativeAmount, "\(valueText)", "\(indicator.id)")))
        }
        let unitText = row.text(col["unit"])
        if !unitText.isEmpty && unitText.lowercased() != indicator.unit.lowercased() {
            fail("unit", Phrase(.diagUnitDisagrees, "\(unitText)", "\(indicator.unit)", "\(indicator.id)"),
                 hint: Phrase(.diagUnitDisagreesHint, "\(indicator.unit)"))
            return
        }
        let citation = row.text(col["source"])
        if citation.isEmpty {
            state.missingSource += 1
            if state.firstMissingSourceLine == 0 { state.firstMissingSourceLine = line }
        }
        var published: String?
        let publishedText = row.text(col["published"])
        if !publishedText.isEmpty {
            if isDate(publishedText) { published = publishedText } else {
                let p = row.position(col["published"])
                diagnostics.append(Diagnostic(file: file, line: p.line, column: p.column, severity: .warning,
                                              Phrase(.diagBadPublished, "\(publishedText)"), hint: Phrase(.diagWriteDay)))
            }
        }
        let note = row.text(col["note"])
        var asOf: String?
        let asOfText = row.text(col["as_of"])
        if !asOfText.isEmpty {
            guard let date = CalendarDate(asOfText) else {
                fail("as_of", Phrase(.diagBadAsOf, "\(asOfText)"), hint: Phrase(.diagBadAsOfHint))
                return
            }
            guard date.period >= period.firstMonth else {
                fail("as_of", Phrase(.diagAsOfBefore, "\(date)", "\(period)"), hint: Phrase(.diagAsOfBeforeHint))
                return
            }
            if date.period > period.lastMonth && note.isEmpty {
                fail("as_of", Phrase(.diagAsOfAfter, "\(date)", "\(period)"), hint: Phrase(.diagAsOfAfterHint))
                return
            }
            asOf = date.description
        }
        guard unitIndex < FigureKeyPacking.maxUnits, indicatorIndex < FigureKeyPacking.maxIndicators else {
            fail("province", Phrase(.diagTooManyUnits))
            return
        }
        // `entered_by` / `entered_at` are columns of the entries journal only (EntryRows names them).
        let enteredBy = col["entered_by"].map { row.text($0) }, enteredAt = col["entered_at"].map { row.text($0) }
        let sid = buffer.sourceID(SourceInfo(citation: citation, quote: row.text(col["quote"]), published: published, asOf: asOf, note: note,
                                             enteredBy: enteredBy, enteredAt: enteredAt))
        buffer.append(key: FigureKeyPacking.pack(unit: unitIndex, indicator: indicatorIndex, basis: basis, period: period),
                      value: value, source: sid, line: line, file: state.fileID, valueColumn: row.position(col["value"]).column)
    }

    static func finish(_ state: FileState, diagnostics: inout [Diagnostic]) {
        if state.hidden > 0 {
            diagnostics.append(Diagnostic(file: state.file, line: 0, column: 0, severity: .error,
                                          Phrase(.diagMoreProblemsHidden, "\(state.hidden)", "\(FileState.limit)"),
                                          hint: Phrase(.diagFixThoseFirst)))
        }
        if state.missingSource > 0 {
            diagnostics.append(Diagnostic(file: state.file, line: state.firstMissingSourceLine, column: 1, severity: .warning,
                                          Phrase(.diagRowsWithoutSource, "\(state.missingSource)"),
                                          hint: Phrase(.diagRowsWithoutSourceHint)))
        }
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return false }
        return Period.validYears.contains(y) && (1...12).contains(m) && (1...31).contains(d) && parts[0].count == 4
    }
}
