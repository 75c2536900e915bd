import Foundation

// Over 450 lines: the fast path's state must stay in one type (its stored properties cannot move
// to an extension in another file), and the part-reading of ParallelParse needs that state.

/// The fast path of `ObservationLoader`: streams bytes, tokenizes records in place, interns
/// names and sources, parses plain numbers directly, and hands any doubtful row to the careful
/// path (`CSVReader` and `ObservationLoader.checkRow`) so diagnostics stay exact.
struct FastReader {
    /// Bytes read at a time: 1 MiB (each reader of a part of a file holds twice this in its work buffer).
    static let chunkSize = 1 << 20
    static let maxRecordBytes = 32 << 20

    let file: String
    let catalogue: Catalogue
    var buffer: ObservationBuffer
    var state: ObservationLoader.FileState
    var header: ObservationLoader.Header?
    /// Rows the fast path read, and records handed to the careful path (the header excluded).
    private(set) var counts = ObservationLoader.PathCounts()

    private var provincePre = ByteCache()
    private var provincePost = ByteCache()
    private var indicators = ByteCache()
    private var sources = ByteCache()
    private var sourceIsEmpty: [Bool] = []
    private var indicatorUnits: [[UInt8]]
    private var indicatorKinds: [IndicatorKind]

    private let tokenizer = RecordTokenizer()
    /// The fields of the record being read: the tokenizer's, reused for every record (stored, not
    /// computed: a getter on self copied the whole reader per call in debug builds).
    private let fields: FieldSlots
    /// The byte ranges of the publication's fields, one per entry of `sourceColumns`.
    private var ranges: [(Int, Int)] = []
    // The previous row's province and source bytes and what they resolved to: rows of one
    // unit and one publication come in runs, so most rows are a memcmp away from the answer.
    private var lastProvince: [UInt8] = []
    private var lastProvincePre = false
    private var lastUnit: Int32 = -1
    private var lastSource: [UInt8] = []
    private var lastSourceID: Int32 = -1
    /// The header's columns by name, as plain integers.
    private var columns = ColumnPositions()
    /// `columns.describingSource`, computed once.
    private var sourceColumns: [Int] = []
    private var headerWidth = -1

    init(file: String, catalogue: Catalogue, buffer: ObservationBuffer) {
        self.file = file
        self.catalogue = catalogue
        self.buffer = buffer
        var b = buffer
        let id = b.fileID(file)
        self.buffer = b
        state = ObservationLoader.FileState(file: file, fileID: id)
        indicatorUnits = catalogue.indicators.map { Array($0.unit.lowercased().utf8) }
        indicatorKinds = catalogue.indicators.map(\.kind)
        fields = tokenizer.fields
    }

    /// Reads everything from `source`.
    mutating func run<S: ByteSource>(source: S, diagnostics: inout [Diagnostic], progress: ((Int, Int) -> Void)?) {
        parse(source: source, diagnostics: &diagnostics, progress: progress)
        finishFile(diagnostics: &diagnostics)
    }

    // MARK: Reading a part of a file (ParallelParse)

    /// The file offset where `parse` stops when a record starts exactly there (the start of the
    /// part another reader reads); when a record runs across it instead (a quoted line break),
    /// `overshot` is set and this reader reads on to the end of the file.
    var stopAt = Int.max
    /// True when a record ran across `stopAt`: the other reader's part did not start at a record.
    private(set) var overshot = false
    /// True when `parse` stopped at `stopAt`.
    private(set) var stopped = false
    /// The line the next record starts on (where `parse` stopped).
    private(set) var line = 1
    /// Called once with the header, when it was read without a problem.
    var onHeader: ((ObservationLoader.Header) -> Void)?
    /// True once `onHeader` was called: only then may `parse` stop at `stopAt`.
    private var partnerStarted = false
    /// The file offset of `source`'s first byte; set for a reader of a later part of a file.
    private var startOffset = 0
    /// True for a reader of a later part: it starts after the header, at a record, on line 1 of
    /// its own (`ParallelParse` shifts its lines), with no byte-order mark or empty-file check.
    private var continuation = false

    /// A reader for the part of `file` that starts at byte `offset` (at the start of a record),
    /// given the `header` read by the reader of the first part. Its rows go into a buffer of
    /// their own; its lines count from 1.
    init(file: String, catalogue: Catalogue, header: ObservationLoader.Header, offset: Int, reserve: Int) {
        var buffer = ObservationBuffer()
        buffer.reserve(reserve)
        self.init(file: file, catalogue: catalogue, buffer: buffer)
        state.recordsLimited = true
        self.header = header
        columns = ColumnPositions(header)
        sourceColumns = columns.describingSource
        ranges = sourceColumns.map { _ in (0, 0) }
        headerWidth = header.width
        startOffset = offset
        continuation = true
    }

    /// Adds the rows another reader of the same file read (`ParallelParse`).
    mutating func addCounts(_ other: ObservationLoader.PathCounts) {
        counts.fastRows += other.fastRows
        counts.carefulRows += other.carefulRows
    }

    /// Notes that a second reader's rows were merged into this one's.
    mutating func markTwoParts() { counts.parts = 2 }

    /// True once a record other than the header and blank lines was read.
    var sawAnyRow: Bool {
        get { sawRow }
        set { sawRow = newValue }
    }

    /// The end of a file: staged rows into the buffer, the warnings about the whole file.
    mutating func finishFile(diagnostics: inout [Diagnostic]) {
        flushStage()
        if let header, header.width > 0, !headerFailed, !sawRow {
            diagnostics.append(Diagnostic(file: file, line: 1, column: 1, severity: .warning,
                                          Phrase(.diagNoFiguresIn, "\((file as NSString).lastPathComponent)"),
                                          hint: Phrase(.diagHeaderOnly)))
        }
        if header != nil { ObservationLoader.finish(state, diagnostics: &diagnostics) }
    }

    /// Reads records from `source` until its end, or until `stopAt`.
    mutating func parse<S: ByteSource>(source: S, diagnostics: inout [Diagnostic], progress: ((Int, Int) -> Void)?) {
        // One working buffer, reused for every chunk: the unparsed tail moves to the front and
        // the next chunk is read straight after it (no per-chunk allocation or page faults).
        let work = WorkBuffer(capacity: FastReader.chunkSize * 2)
        var start = 0
        var line = 1
        defer { self.line = line }
        var consumed = startOffset   // file offset of the buffer's first byte
        var eof = false
        var sawContent = continuation
        var first = !continuation
        // The rest of a record too long to read, skipped as CSV (quoted line breaks included).
        var longRecord: LongRecordSkipper?
        while true {
            if !eof {
                if start > 0 {
                    work.dropFront(start)
                    consumed += start
                    start = 0
                }
                work.ensureRoom(FastReader.chunkSize)
                let n = source.read(into: work.base + work.count, max: FastReader.chunkSize)
                if n <= 0 { eof = true } else { work.count += n }
                progress?(consumed + work.count, 0)
                if first && work.count >= 3 && work.base[0] == 0xEF && work.base[1] == 0xBB && work.base[2] == 0xBF { // UTF-8 byte-order mark
                    start = 3
                }
                if first && (work.count >= 3 || eof) { first = false }
            }
            if !sawContent {
                var i = start
                while i < work.count {
                    let b = work.base[i]
                    if !(b == FastReader.space || b == FastReader.tab || b == RecordTokenizer.ASCII.lineFeed || b == RecordTokenizer.ASCII.carriageReturn) {
                        sawContent = true
                        break
                    }
                    i += 1
                }
                if !sawContent && !eof { continue }
                if !sawContent {
                    diagnostics.append(Diagnostic(file: file, line: 1, column: 1, severity: .error, Phrase(.diagEmptyFile),
                                                  hint: Phrase(.diagDataFileNeedsRows)))
                    return
                }
            }
            let p = UnsafeBufferPointer(start: work.base, count: work.count)
            let count = p.count
            parsing: while start < count {
                if longRecord == nil && consumed + start >= stopAt {
                    if consumed + start == stopAt && partnerStarted {
                        stopped = true
                        flushStage()
                        return
                    }
                    overshot = true
                    stopAt = Int.max
                }
                if var skipper = longRecord {
                    start = skipper.skip(p, from: start)
                    guard skipper.isDone else { longRecord = skipper; break parsing }
                    line += skipper.newlines
                    longRecord = nil
                    continue
                }
                if let end = tokenizer.simple(p, from: start, count: count) {
                    handleRecord(p, start: start, end: end, line: line, plain: true, ascii: true,
                                 globalOffset: consumed, diagnostics: &diagnostics)
                    start = end
                    line += 1
                    continue
                }
                switch tokenizer.next(p, from: start, count: count, eof: eof) {
                case .incomplete:
                    if count - start > FastReader.maxRecordBytes {
                        diagnostics.append(Diagnostic(file: file, line: line, column: 1, severity: .error,
                                                      Phrase(.diagRowTooLong, "\(FastReader.maxRecordBytes >> 20)"),
                                                      hint: Phrase(.diagRowTooLongHint)))
                        sawRow = true
                        longRecord = LongRecordSkipper()
                        continue parsing
                    }
                    break parsing
                case .record(let end, let plain, let newlines, let ascii):
                    handleRecord(p, start: start, end: end, line: line, plain: plain, ascii: ascii,
                                 globalOffset: consumed, diagnostics: &diagnostics)
                    start = end
                    line += newlines
                }
            }
            if eof { break }
        }
        flushStage()
    }

    /// Validates UTF-8 of a record; reports the first bad sequence and returns false.
    private func checkUTF8(_ p: UnsafeBufferPointer<UInt8>, start: Int, end: Int, line: Int, globalOffset: Int, diagnostics: inout [Diagnostic]) -> Bool {
        let bytes = Array(p[start..<end])
        let bad = UTF8Check.invalidOffsets(in: bytes, limit: 20)
        if bad.isEmpty { return true }
        for offset in bad {
            let (l, c) = UTF8Check.lineColumn(of: offset, in: bytes)
            diagnostics.append(Diagnostic(file: file, line: line + l - 1, column: c, severity: .error,
                                          Phrase(.diagInvalidUTF8, "\(globalOffset + start + offset)"),
                                          hint: Phrase(.diagSaveAsUTF8)))
        }
        return false
    }

    private mutating func handleRecord(_ p: UnsafeBufferPointer<UInt8>, start: Int, end: Int, line: Int, plain: Bool, ascii: Bool,
                                       globalOffset: Int, diagnostics: inout [Diagnostic]) {
        if !ascii && !checkUTF8(p, start: start, end: end, line: line, globalOffset: globalOffset, diagnostics: &utf8Problems) {
            state.report(utf8Problems, into: &diagnostics)
            utf8Problems.removeAll()
            if header == nil { header = ObservationLoader.Header() ; headerFailed = true }
            return
        }
        if header == nil {
            let fields = careful(p, start: start, end: end, line: line, diagnostics: &diagnostics)
            header = fields.flatMap { ObservationLoader.header(from: $0, file: file, diagnostics: &diagnostics) } ?? ObservationLoader.Header()
            columns = header.map(ColumnPositions.init) ?? ColumnPositions()
            sourceColumns = columns.describingSource
            ranges = sourceColumns.map { _ in (0, 0) }
            headerWidth = header?.width ?? -1
            headerFailed = header?.width == 0
            if let header, !headerFailed, let onHeader {
                partnerStarted = true
                onHeader(header)
            }
            return
        }
        if headerFailed { return }
        if !sawRow && !FastReader.isBlank(p, start, end) { sawRow = true }
        // The fast path needs only the header's width and `columns` (plain integers: copying
        // the Header struct per row cost a retain and release of its dictionary).
        // A record longer than the careful path's field limit goes there, so both paths skip it alike.
        if plain && fields.count == headerWidth && end - start <= CSVReader.maxFieldBytes && fast(p, recordStart: start, line: line, ascii: ascii) {
            counts.fastRows += 1
            return
        }
        guard let header else { return }
        counts.carefulRows += 1
        flushStage()
        var found: [Diagnostic] = []
        if let fields = careful(p, start: start, end: end, line: line, diagnostics: &found) {
            ObservationLoader.checkRow(fields, header: header, state: &state, catalogue: catalogue, into: &buffer, diagnostics: &found)
        }
        if !found.isEmpty { state.report(found, into: &diagnostics) }
    }

    private var headerFailed = false
    /// True once a record other than the header and blank lines was read.
    private var sawRow = false
    private let stage = RowStage()
    private var utf8Problems: [Diagnostic] = []

    /// Re-reads a record with the careful tokenizer; nil when a fatal issue was reported.
    private func careful(_ p: UnsafeBufferPointer<UInt8>, start: Int, end: Int, line: Int, diagnostics: inout [Diagnostic]) -> [CSVField]? {
        var reader = CSVReader(bytes: Array(p[start..<end]), firstLine: line)
        var issues: [CSVIssue] = []
        guard let record = reader.nextRecord(issues: &issues) else { return nil }
        let fatal = CSVIssue.report(issues, file: file, into: &diagnostics)
        return fatal ? nil : record
    }

    // MARK: The fast path

    /// The bounds of field `f` without the blanks (space, tab) around it.
    @inline(__always)
    private func trimmed(_ p: UnsafeBufferPointer<UInt8>, _ f: Int) -> (Int, Int) {
        var a = fields.start[f], b = fields.end[f]
        while a < b && (p[a] == FastReader.space || p[a] == FastReader.tab) { a += 1 }
        while b > a && (p[b - 1] == FastReader.space || p[b - 1] == FastReader.tab) { b -= 1 }
        return (a, b)
    }

    /// Field text exactly as the careful path reads it (trimmed, NFC, quotes unescaped).
    private func text(_ p: UnsafeBufferPointer<UInt8>, _ f: Int) -> String {
        guard f >= 0 else { return "" }
        var s = String(decoding: UnsafeBufferPointer(rebasing: p[fields.start[f]..<fields.end[f]]), as: UTF8.self)
        if fields.escaped[f] { s = s.replacingOccurrences(of: "\"\"", with: "\"") }
        return FieldText.clean(s)
    }

    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let hyphen = UInt8(ascii: "-")
    private static let digitZero = UInt8(ascii: "0")
    private static let digitNine = UInt8(ascii: "9")
    private static let upperA = UInt8(ascii: "A")
    private static let upperZ = UInt8(ascii: "Z")
    /// The `basis` words the fast path reads (`Basis.ytd` and `Basis.month`, lower case as
    /// written); any other spelling goes to the careful path.
    private static let ytdWord: StaticString = "ytd"
    private static let monthWord: StaticString = "month"

    /// True when bytes `a..<b` are exactly `word`.
    @inline(__always)
    private static func bytes(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, are word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard b - a == n else { return false }
        let w = word.utf8Start
        for k in 0..<n where p[a + k] != w[k] { return false }
        return true
    }

    /// True when bytes `a..<b` are only blanks and line breaks.
    private static func isBlank(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        for i in a..<b {
            let c = p[i]
            if !(c == space || c == tab || c == RecordTokenizer.ASCII.lineFeed || c == RecordTokenizer.ASCII.carriageReturn) { return false }
        }
        return true
    }

    /// True when bytes `a..<b` equal `saved`.
    @inline(__always)
    static func same(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, _ saved: [UInt8]) -> Bool {
        guard b - a == saved.count else { return false }
        if saved.isEmpty { return true }
        guard let base = p.baseAddress else { return false }
        return saved.withUnsafeBufferPointer { q in
            guard let other = q.baseAddress else { return false }
            return memcmp(base + a, other, saved.count) == 0
        }
    }

    /// Handles a plain record whose every check passes; false hands it to the careful path.
    private mutating func fast(_ p: UnsafeBufferPointer<UInt8>, recordStart: Int, line: Int, ascii: Bool) -> Bool {
        let columns = self.columns
        // period: exactly YYYY-MM
        let (pa, pb) = trimmed(p, columns.period)
        guard pb - pa == 7, p[pa + 4] == FastReader.hyphen else { return false }
        var year = 0, month = 0
        for k in 0..<4 {
            let c = p[pa + k]
            guard c >= FastReader.digitZero && c <= FastReader.digitNine else { return false }
            year = year * 10 + Int(c - FastReader.digitZero)
        }
        for k in 5..<7 {
            let c = p[pa + k]
            guard c >= FastReader.digitZero && c <= FastReader.digitNine else { return false }
            month = month * 10 + Int(c - FastReader.digitZero)
        }
        guard (1...12).contains(month), Period.validYears.contains(year) else { return false }
        let period = Period(year: year, month: month)
        // province
        let fa = fields.start[columns.province], fb = fields.end[columns.province]
        let pre = period.isBeforeReorganisation
        var unit: Int32
        if pre == lastProvincePre && lastUnit >= 0 && FastReader.same(p, fa, fb, lastProvince) {
            unit = lastUnit
        } else {
            let hp = ByteCache.hash(p, fa, fb)
            if let u = (pre ? provincePre : provincePost).find(p, fa, fb, hash: hp) { unit = u } else {
                let name = text(p, columns.province)
                let resolved = catalogue.resolveUnit(name, period: period).flatMap { catalogue.unitIndex(id: $0.id) }
                unit = Int32(resolved ?? -1)
                if pre { provincePre.insert(p, [(fa, fb)], hash: hp, value: unit) } else { provincePost.insert(p, [(fa, fb)], hash: hp, value: unit) }
            }
            lastProvince = Array(UnsafeBufferPointer(rebasing: p[fa..<fb]))
            lastProvincePre = pre
            lastUnit = unit
        }
        guard unit >= 0, Int(unit) < FigureKeyPacking.maxUnits else { return false }
        // indicator
        let ia = fields.start[columns.indicator], ib = fields.end[columns.indicator]
        let hi = ByteCache.hash(p, ia, ib)
        var indicator: Int32
        if let v = indicators.find(p, ia, ib, hash: hi) { indicator = v } else {
            indicator = Int32(catalogue.indicatorIndex(id: text(p, columns.indicator)) ?? -1)
            indicators.insert(p, [(ia, ib)], hash: hi, value: indicator)
        }
        guard indicator >= 0, Int(indicator) < FigureKeyPacking.maxIndicators else { return false }
        let kind = indicatorKinds[Int(indicator)]
        // basis: empty, "month" or "ytd"
        var basis = Basis.month
        if columns.basis >= 0 {
            let ba = fields.start[columns.basis], bb = fields.end[columns.basis]
            if bb == ba || FastReader.bytes(p, ba, bb, are: FastReader.monthWord) {
                basis = .month
            } else if FastReader.bytes(p, ba, bb, are: FastReader.ytdWord) {
                basis = .ytd
            } else {
                return false
            }
        }
        // value
        let va = fields.start[columns.value], vb = fields.end[columns.value]
        guard let value = NumberParsing.plain(p, va, vb) else { return false }
        if kind == .count && (value < 0 || value != value.rounded()) { return false }
        if kind == .flow && value < 0 { return false }
        // unit: empty, or the catalogue's unit in any case
        if columns.unit >= 0 {
            let ua = fields.start[columns.unit], ub = fields.end[columns.unit]
            if ub > ua {
                let same = indicatorUnits[Int(indicator)].withUnsafeBufferPointer { expected -> Bool in
                    guard ub - ua == expected.count else { return false }
                    for k in 0..<expected.count {
                        var c = p[ua + k]
                        if c >= FastReader.upperA && c <= FastReader.upperZ { c += 32 }
                        if c != expected[k] { return false }
                    }
                    return true
                }
                guard same else { return false }
            }
        }
        // An as-of date is checked against the period by the careful path (few rows have one).
        if columns.asOf >= 0 && fields.end[columns.asOf] > fields.start[columns.asOf] { return false }
        // A scope (former / merged) decides the unit instead of the period: the careful path reads it.
        if columns.scope >= 0 && !FastReader.isBlank(p, fields.start[columns.scope], fields.end[columns.scope]) { return false }
        guard let sid = sourceID(p), sid >= 0 else { return false }
        if sourceIsEmpty[Int(sid)] {
            state.missingSource += 1
            if state.firstMissingSourceLine == 0 { state.firstMissingSourceLine = line }
        }
        // Column of the value: characters from the start of the line.
        var column = 1
        if ascii { column = va - recordStart + 1 } else {
            var k = recordStart
            while k < va { if p[k] & 0xC0 != 0x80 { column += 1 }; k += 1 } // count UTF-8 lead bytes
        }
        if va > recordStart && p[va - 1] == RecordTokenizer.ASCII.quote { column -= 1 }
        stage.add(key: FigureKeyPacking.pack(unit: Int(unit), indicator: Int(indicator), basis: basis, period: period),
                  value: value, source: sid, line: line, column: column)
        if stage.isFull { flushStage() }
        return true
    }

    /// The interned publication (`SourceInfo`) of the current record, from its describing
    /// columns (`sourceColumns`); nil when a field needs the careful path (a bad date).
    private mutating func sourceID(_ p: UnsafeBufferPointer<UInt8>) -> Int32? {
        // The describing fields as one span (they are usually adjacent), for the memo of the
        // previous row's publication.
        var spanStart = Int.max, spanEnd = 0
        for f in sourceColumns where f >= 0 {
            spanStart = min(spanStart, fields.start[f])
            spanEnd = max(spanEnd, fields.end[f])
        }
        if spanStart > spanEnd { spanStart = 0; spanEnd = 0 }
        if lastSourceID >= 0 && FastReader.same(p, spanStart, spanEnd, lastSource) { return lastSourceID }
        for (k, f) in sourceColumns.enumerated() { ranges[k] = f >= 0 ? (fields.start[f], fields.end[f]) : (0, 0) }
        let hs = ByteCache.hash(p, ranges)
        var sid: Int32
        if let v = sources.find(p, ranges, hash: hs) { sid = v } else {
            let publishedText = text(p, columns.published)
            if !publishedText.isEmpty && !ObservationLoader.isDate(publishedText) {
                sid = -1
            } else {
                let info = SourceInfo(citation: text(p, columns.source), quote: text(p, columns.quote),
                                      published: publishedText.isEmpty ? nil : publishedText, note: text(p, columns.note))
                sid = buffer.sourceID(info)
                while sourceIsEmpty.count <= Int(sid) { sourceIsEmpty.append(false) }
                sourceIsEmpty[Int(sid)] = info.citation.isEmpty
            }
            sources.insert(p, ranges, hash: hs, value: sid)
        }
        // The memo holds the whole span, which includes the field separators, so two rows with
        // the same span have the same describing fields.
        lastSource = Array(UnsafeBufferPointer(rebasing: p[spanStart..<spanEnd]))
        lastSourceID = sid
        return sid
    }

    /// Moves the staged fast-path rows into the buffer (before any careful-path row, so the
    /// order of rows, which decides revisions, is kept).
    private mutating func flushStage() {
        guard stage.count > 0 else { return }
        buffer.append(batch: stage, file: state.fileID)
        stage.count = 0
    }
}
