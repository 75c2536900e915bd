import CChisoSys
import Foundation

/// Saving the store into a snapshot and reading it back in place. Every stored field of
/// `FigureStore` is listed here once each way, the statistics (`computeStatistics`) too.
/// `StoreSnapshotTests` compare every figure (value, source, revisions, confirmations) of a fresh
/// load with the mapped one, so a field added to the store but not here makes them fail.
extension FigureStore {
    /// Appends the store's sections after the key.
    func write(to w: inout SnapshotWriter) {
        var meta = BinaryEncoder()
        meta.int(keys.count)
        meta.int(index.slots.count)
        meta.int(sources.count)
        for s in sources {
            meta.string(s.citation); meta.string(s.quote); meta.optional(s.published); meta.optional(s.asOf); meta.string(s.note)
            meta.optional(s.enteredBy); meta.optional(s.enteredAt)
        }
        meta.int(files.count)
        for f in files { meta.string(f) }
        meta.int(extras.count)
        for (figure, extra) in extras.sorted(by: { $0.key < $1.key }) {
            meta.int(Int(figure))
            meta.int(extra.revisions.count)
            for r in extra.revisions { meta.double(r.value); Self.encode(r.source, &meta) }
            meta.int(extra.confirmations.count)
            for c in extra.confirmations { Self.encode(c, &meta) }
        }
        // The statistics, so that a later session does not scan every figure for them.
        meta.int(firstPeriod == nil ? 0 : 1)
        meta.int(firstPeriod?.ordinal ?? 0); meta.int(lastPeriod?.ordinal ?? 0)
        meta.int(syntheticCount)
        meta.int(extremeCount)
        meta.int(countByUnit.count)
        for (unit, count) in countByUnit.sorted(by: { $0.key < $1.key }) {
            meta.int(unit); meta.int(count); meta.int(lastPeriodByUnit[unit]?.ordinal ?? 0)
        }
        w.section(meta)
        w.column(keys)
        w.column(values)
        w.column(sourceIDs)
        w.column(lines)
        w.column(fileIDs)
        w.column(index.slots)
    }

    /// Reads a store written by `write(to:)`: the columns and the index stay in the mapping.
    /// Throws when a count, an id or a slot is out of range, so a damaged file never reaches a lookup.
    init(reading r: inout SnapshotReader) throws {
        self.init()
        var meta = try r.decoder()
        let n = try meta.int(), slotCount = try meta.int()
        guard n >= 0, n < Int(Int32.max), slotCount >= 16 else { throw SnapshotRejection.malformed("counts") }
        let sourceCount = try meta.count(minimum: 56)
        for _ in 0..<sourceCount {
            sources.append(SourceInfo(citation: try meta.string(), quote: try meta.string(), published: try meta.optional(),
                                      asOf: try meta.optional(), note: try meta.string(), enteredBy: try meta.optional(), enteredAt: try meta.optional()))
        }
        let fileCount = try meta.count(minimum: 8)
        for _ in 0..<fileCount { files.append(try meta.string()) }
        let extraCount = try meta.count(minimum: 24)
        for _ in 0..<extraCount {
            let figure = try meta.int()
            guard figure >= 0, figure < n else { throw SnapshotRejection.malformed("extra") }
            var revisions: [Revision] = []
            for _ in 0..<(try meta.count(minimum: 8)) { revisions.append(Revision(value: try meta.double(), source: try Self.decode(&meta))) }
            var confirmations: [Source] = []
            for _ in 0..<(try meta.count(minimum: 8)) { confirmations.append(try Self.decode(&meta)) }
            extras[Int32(figure)] = (revisions, confirmations)
        }
        try readStatistics(&meta, figures: n)
        guard meta.atEnd else { throw SnapshotRejection.malformed("meta") }
        syntheticSources = sources.map(\.isSynthetic)
        keys = try r.column(UInt64.self, count: n)
        values = try r.column(Double.self, count: n)
        sourceIDs = try r.column(Int32.self, count: n)
        lines = try r.column(Int32.self, count: n)
        fileIDs = try r.column(UInt16.self, count: n)
        guard let index = HashIndex(slots: try r.column(Int32.self, count: slotCount)), slotCount >= 2 * n else {
            throw SnapshotRejection.malformed("index")
        }
        self.index = index
        guard r.atEnd else { throw SnapshotRejection.malformed("trailing sections") }
        // Ids that index other arrays must be in range: a lookup never reads outside them.
        let sourceRange = sourceIDs.withUnsafeBufferPointer(Self.range), fileMax = fileIDs.withUnsafeBufferPointer(Self.largest)
        let slotRange = index.slots.withUnsafeBufferPointer(Self.range)
        let inRange = (n == 0 || (sourceRange.min >= 0 && Int(sourceRange.max) < sourceCount && Int(fileMax) < fileCount))
            && slotRange.min >= -1 && Int(slotRange.max) < n
        guard inRange else { throw SnapshotRejection.malformed("id out of range") }
    }

    /// The statistics `write(to:)` saved (`computeStatistics` of the store that was written).
    private mutating func readStatistics(_ meta: inout BinaryDecoder, figures n: Int) throws {
        let hasPeriods = try meta.int() != 0
        let first = try meta.int(), last = try meta.int()
        if hasPeriods { firstPeriod = Period(ordinal: first); lastPeriod = Period(ordinal: last) }
        syntheticCount = try meta.int()
        extremeCount = try meta.int()
        var lastByUnit: [Int: Period] = [:], counts: [Int: Int] = [:]
        let units = try meta.count(minimum: 24)
        lastByUnit.reserveCapacity(units); counts.reserveCapacity(units)
        var total = 0
        for _ in 0..<units {
            let unit = try meta.int(), count = try meta.int(), ordinal = try meta.int()
            guard unit >= 0, unit < FigureKeyPacking.maxUnits, count > 0, count <= n, counts[unit] == nil else {
                throw SnapshotRejection.malformed("statistics")
            }
            counts[unit] = count
            lastByUnit[unit] = Period(ordinal: ordinal)
            total += count
        }
        guard total == n, syntheticCount >= 0, syntheticCount <= n, extremeCount >= 0, extremeCount <= n, hasPeriods == (n > 0) else { throw SnapshotRejection.malformed("statistics") }
        lastPeriodByUnit = lastByUnit
        countByUnit = counts
    }

    /// The largest unit and indicator index of `keys` (CChisoSys, vectorised where the processor
    /// can); (-1, -1) for none.
    static func keyFieldsMax(_ keys: UnsafeBufferPointer<UInt64>) -> (unit: Int, indicator: Int) {
        guard let base = keys.baseAddress, !keys.isEmpty else { return (-1, -1) }
        var unit: UInt64 = 0, indicator: UInt64 = 0
        chiso_keys_max(base, keys.count, &unit, &indicator)
        return (Int(unit), Int(indicator))
    }

    /// The smallest and largest of `values` (CChisoSys: a million ids in well under a
    /// millisecond); (Int32.max, Int32.min) for none.
    static func range(_ values: UnsafeBufferPointer<Int32>) -> (min: Int32, max: Int32) {
        var lo = Int32.max, hi = Int32.min
        if let base = values.baseAddress, !values.isEmpty { chiso_range_i32(base, values.count, &lo, &hi) }
        return (lo, hi)
    }

    /// The largest of `values`; 0 for none.
    static func largest(_ values: UnsafeBufferPointer<UInt16>) -> UInt16 {
        guard let base = values.baseAddress, !values.isEmpty else { return 0 }
        return chiso_max_u16(base, values.count)
    }

    /// True when the columns are read from a mapped snapshot.
    var isMapped: Bool { keys.isMapped }

    static func encode(_ s: Source, _ e: inout BinaryEncoder) {
        e.string(s.citation); e.string(s.quote); e.optional(s.published); e.optional(s.asOf); e.string(s.note)
        e.string(s.file); e.int(s.line); e.optional(s.enteredBy); e.optional(s.enteredAt)
    }

    static func decode(_ d: inout BinaryDecoder) throws -> Source {
        Source(citation: try d.string(), quote: try d.string(), published: try d.optional(), asOf: try d.optional(),
               note: try d.string(), file: try d.string(), line: try d.int(), enteredBy: try d.optional(), enteredAt: try d.optional())
    }
}
