import Foundation

/// The publication a figure comes from, without the file position (interned: many rows share one).
public struct SourceInfo: Hashable, Sendable {
    public let citation: String
    public let quote: String
    public let published: String?
    /// The last day the figure covers, when it stops before its period ends (`YYYY-MM-DD`).
    public let asOf: String?
    public let note: String
    /// Who entered the figure and when (`entered_by`, `entered_at`): set for rows of the entries
    /// journal (Docs/entries.md), nil for rows of data files.
    public let enteredBy: String?
    public let enteredAt: String?

    public init(citation: String, quote: String = "", published: String? = nil, asOf: String? = nil, note: String = "",
                enteredBy: String? = nil, enteredAt: String? = nil) {
        self.citation = citation
        self.quote = quote
        self.published = published
        self.asOf = asOf
        self.note = note
        self.enteredBy = enteredBy
        self.enteredAt = enteredAt
    }

    public var isSynthetic: Bool { citation.lowercased().hasPrefix("synthetic") }

    // Every string here is already NFC (see FieldText), so comparing and hashing the UTF-8
    // bytes agrees with String's canonical equality and avoids normalising long quotes per row.
    public static func == (a: SourceInfo, b: SourceInfo) -> Bool {
        a.citation.utf8.elementsEqual(b.citation.utf8) && a.quote.utf8.elementsEqual(b.quote.utf8)
            && a.note.utf8.elementsEqual(b.note.utf8) && a.published == b.published && a.asOf == b.asOf
            && a.enteredBy == b.enteredBy && a.enteredAt == b.enteredAt
    }

    public func hash(into hasher: inout Hasher) {
        for part in [citation, quote, note] {
            var part = part
            part.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            hasher.combine(0xFF as UInt8)
        }
        hasher.combine(published)
        hasher.combine(asOf)
        hasher.combine(enteredAt)
    }
}

/// Packs a figure's identity (unit, indicator, basis, period) into one 64-bit key.
/// Layout: unit 24 bits | indicator 12 bits | basis 1 bit | period kind 1 bit | ordinal of the period's last month 26 bits.
/// The basis bit is 1 for the year to date, 0 for the single period (`Basis.month` for a month,
/// `Basis.quarter` for a quarter: the kind bit tells them apart). Keys of one unit, indicator,
/// basis and kind differ by the month ordinal alone, so `key - n` is the same figure n months earlier.
public enum FigureKeyPacking {
    @inline(__always)
    public static func pack(unit: Int, indicator: Int, basis: Basis, ordinal: Int, kind: Period.Kind = .month) -> UInt64 {
        UInt64(truncatingIfNeeded: unit & 0xFFFFFF) << 40 | UInt64(truncatingIfNeeded: indicator & 0xFFF) << 28
            | (basis == .ytd ? 1 << 27 : 0) | (kind == .quarter ? 1 << 26 : 0) | UInt64(truncatingIfNeeded: ordinal & 0x3FF_FFFF)
    }
    /// The key of a figure for `period`.
    @inline(__always)
    public static func pack(unit: Int, indicator: Int, basis: Basis, period: Period) -> UInt64 {
        pack(unit: unit, indicator: indicator, basis: basis, ordinal: period.ordinal, kind: period.kind)
    }
    @inline(__always) public static func unit(_ k: UInt64) -> Int { Int(k >> 40) }
    @inline(__always) public static func indicator(_ k: UInt64) -> Int { Int((k >> 28) & 0xFFF) }
    @inline(__always) public static func kind(_ k: UInt64) -> Period.Kind { (k >> 26) & 1 == 1 ? .quarter : .month }
    @inline(__always) public static func basis(_ k: UInt64) -> Basis { (k >> 27) & 1 == 1 ? .ytd : Basis.single(kind(k)) }
    @inline(__always) public static func ordinal(_ k: UInt64) -> Int { Int(k & 0x3FF_FFFF) }
    /// The period of a key (a month or a quarter).
    @inline(__always) public static func period(_ k: UInt64) -> Period { Period(ordinal: ordinal(k), kind: kind(k)) }
    /// Limits that keep the packing lossless.
    public static let maxUnits = 1 << 24
    public static let maxIndicators = 1 << 12
}

/// Rows as loaded, in columns: about 30 bytes a row, whatever the text of the source.
public struct ObservationBuffer: Sendable {
    public private(set) var keys: [UInt64] = []
    public private(set) var values: [Double] = []
    public private(set) var sourceIDs: [Int32] = []
    public private(set) var lines: [Int32] = []
    public private(set) var fileIDs: [UInt16] = []
    public private(set) var valueColumns: [UInt16] = []
    public private(set) var files: [String] = []
    public private(set) var sources: [SourceInfo] = []
    private var sourceIndex: [SourceInfo: Int32] = [:]
    private var fileIndex: [String: UInt16] = [:]

    public init() {}

    public var count: Int { keys.count }

    public mutating func reserve(_ n: Int) {
        keys.reserveCapacity(n); values.reserveCapacity(n); sourceIDs.reserveCapacity(n)
        lines.reserveCapacity(n); fileIDs.reserveCapacity(n); valueColumns.reserveCapacity(n)
    }

    public mutating func fileID(_ file: String) -> UInt16 {
        if let id = fileIndex[file] { return id }
        let id = UInt16(truncatingIfNeeded: files.count)
        files.append(file)
        fileIndex[file] = id
        return id
    }

    public mutating func sourceID(_ info: SourceInfo) -> Int32 {
        if let id = sourceIndex[info] { return id }
        let id = Int32(sources.count)
        sources.append(info)
        sourceIndex[info] = id
        return id
    }

    @inline(__always)
    public mutating func append(key: UInt64, value: Double, source: Int32, line: Int, file: UInt16, valueColumn: Int) {
        keys.append(key)
        values.append(value)
        sourceIDs.append(source)
        lines.append(Int32(truncatingIfNeeded: line))
        fileIDs.append(file)
        valueColumns.append(UInt16(truncatingIfNeeded: min(valueColumn, Int(UInt16.max))))
    }

    /// Appends a batch of rows of one file (a bulk copy per column).
    mutating func append(batch: RowStage, file: UInt16) {
        let n = batch.count
        guard n > 0 else { return }
        keys.append(contentsOf: UnsafeBufferPointer(start: batch.keys, count: n))
        values.append(contentsOf: UnsafeBufferPointer(start: batch.values, count: n))
        sourceIDs.append(contentsOf: UnsafeBufferPointer(start: batch.sources, count: n))
        lines.append(contentsOf: UnsafeBufferPointer(start: batch.lines, count: n))
        fileIDs.append(contentsOf: repeatElement(file, count: n))
        valueColumns.append(contentsOf: UnsafeBufferPointer(start: batch.columns, count: n))
    }

    /// Appends the rows of `part`, read from a later part of the same file (`ParallelParse`),
    /// emptying it column by column (the memory of each is freed as soon as it is copied): its
    /// publications are interned here in its order, its lines moved by `lineShift`.
    mutating func append(part: inout ObservationBuffer, file: UInt16, lineShift: Int32) {
        var ids: [Int32] = []
        for source in part.sources { ids.append(sourceID(source)) }
        let n = part.count
        keys.append(contentsOf: part.keys); part.keys = []
        values.append(contentsOf: part.values); part.values = []
        sourceIDs.reserveCapacity(sourceIDs.count + n)
        for id in part.sourceIDs { sourceIDs.append(ids[Int(id)]) }
        part.sourceIDs = []
        lines.reserveCapacity(lines.count + n)
        for line in part.lines { lines.append(line &+ lineShift) }
        part.lines = []
        fileIDs.append(contentsOf: repeatElement(file, count: n)); part.fileIDs = []
        valueColumns.append(contentsOf: part.valueColumns); part.valueColumns = []
    }

    public mutating func append(_ raw: RawObservation) {
        let s = raw.source
        let sid = sourceID(SourceInfo(citation: s.citation, quote: s.quote, published: s.published, asOf: s.asOf, note: s.note,
                                      enteredBy: s.enteredBy, enteredAt: s.enteredAt))
        append(key: FigureKeyPacking.pack(unit: raw.unit, indicator: raw.indicator, basis: raw.basis, period: raw.period),
               value: raw.value, source: sid, line: s.line, file: fileID(s.file), valueColumn: raw.valueColumn)
    }

    /// The full `Source` of row `i`.
    public func source(of i: Int) -> Source {
        let info = sources[Int(sourceIDs[i])]
        return Source(info, file: files[Int(fileIDs[i])], line: Int(lines[i]))
    }

    /// Row `i` as a value, for tests and diagnostics.
    public func raw(_ i: Int) -> RawObservation {
        let k = keys[i]
        return RawObservation(unit: FigureKeyPacking.unit(k), period: FigureKeyPacking.period(k),
                              indicator: FigureKeyPacking.indicator(k), basis: FigureKeyPacking.basis(k), value: values[i],
                              source: source(of: i), valueColumn: Int(valueColumns[i]))
    }

    public var rows: [RawObservation] { (0..<count).map(raw) }

    /// The rows for which `keep(row)` is true, in order, with the same files and sources (a
    /// source no kept row uses stays interned and harmless).
    public func filtered(_ keep: (Int) -> Bool) -> ObservationBuffer {
        var out = self
        out.keys = []; out.values = []; out.sourceIDs = []; out.lines = []; out.fileIDs = []; out.valueColumns = []
        for i in 0..<count where keep(i) {
            out.keys.append(keys[i]); out.values.append(values[i]); out.sourceIDs.append(sourceIDs[i])
            out.lines.append(lines[i]); out.fileIDs.append(fileIDs[i]); out.valueColumns.append(valueColumns[i])
        }
        return out
    }
}

/// Rows of the fast path gathered in plain memory, appended to the buffer's columns in bulk:
/// six array appends per row (each with its uniqueness and capacity checks) cost more than the
/// parse itself.
final class RowStage {
    static let capacity = 4096
    let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: RowStage.capacity)
    let values = UnsafeMutablePointer<Double>.allocate(capacity: RowStage.capacity)
    let sources = UnsafeMutablePointer<Int32>.allocate(capacity: RowStage.capacity)
    let lines = UnsafeMutablePointer<Int32>.allocate(capacity: RowStage.capacity)
    let columns = UnsafeMutablePointer<UInt16>.allocate(capacity: RowStage.capacity)
    var count = 0

    deinit {
        keys.deallocate(); values.deallocate(); sources.deallocate(); lines.deallocate(); columns.deallocate()
    }

    var isFull: Bool { count == RowStage.capacity }

    @inline(__always)
    func add(key: UInt64, value: Double, source: Int32, line: Int, column: Int) {
        keys[count] = key
        values[count] = value
        sources[count] = source
        lines[count] = Int32(truncatingIfNeeded: line)
        columns[count] = UInt16(truncatingIfNeeded: min(column, Int(UInt16.max)))
        count += 1
    }
}
