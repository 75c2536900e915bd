import Foundation

/// All figures of a load, one per (unit, month, indicator, basis), in columns with a hash index.
///
/// Revision rule (documented in Docs/data-format.md): a real figure beats a synthetic one;
/// then the later `published` date wins, a dated figure beats an undated one; then the later
/// `as_of` (none = the whole period, latest); then the row loaded later wins (later file on the
/// command line, later line). The values not chosen are kept as revisions with their sources;
/// equal values from other sources are confirmations.
public struct FigureStore: Sendable {
    // One entry per figure. (Internal, not private: FigureStore+Snapshot saves and maps them;
    // a field added here must be added there too, or StoreSnapshotTests fail.)
    var keys = Column<UInt64>()
    var values = Column<Double>()
    var sourceIDs = Column<Int32>()
    var lines = Column<Int32>()
    var fileIDs = Column<UInt16>()
    var index = HashIndex(capacity: 0)
    /// Revisions and confirmations, only for the few figures that have them.
    var extras: [Int32: (revisions: [Revision], confirmations: [Source])] = [:]
    var sources: [SourceInfo] = []
    var files: [String] = []
    var syntheticSources: [Bool] = []

    public internal(set) var firstPeriod: Period?
    public internal(set) var lastPeriod: Period?
    /// Latest month with any figure, per unit index.
    public internal(set) var lastPeriodByUnit: [Int: Period] = [:]
    /// Figures per unit index.
    public internal(set) var countByUnit: [Int: Int] = [:]
    public internal(set) var syntheticCount = 0
    /// Figures whose magnitude is beyond 1e150 or below 1e-150 but not zero: the only ones from
    /// which a derived value can overflow (`Analytics.overflowWarnings`, `isExtreme`).
    public internal(set) var extremeCount = 0

    /// True for a value far enough from 1 that a value derived from it can overflow.
    @inline(__always)
    public static func isExtreme(_ value: Double) -> Bool {
        let size = abs(value)
        return size > 1e150 || (size > 0 && size < 1e-150)
    }

    public init() {}

    /// Builds the store from raw rows (convenience for tests and small data).
    public init(observations: [RawObservation], catalogue: Catalogue, diagnostics: inout [Diagnostic]) {
        var buffer = ObservationBuffer()
        buffer.reserve(observations.count)
        for o in observations { buffer.append(o) }
        self.init(buffer: buffer, catalogue: catalogue, diagnostics: &diagnostics)
    }

    /// Builds the store from loaded rows, resolving duplicates and reporting conflicts.
    public init(buffer: ObservationBuffer, catalogue: Catalogue, diagnostics: inout [Diagnostic]) {
        let n = buffer.count
        sources = buffer.sources
        files = buffer.files
        syntheticSources = sources.map(\.isSynthetic)
        var index = HashIndex(capacity: n)
        // First pass: the index maps each key to the first row that gave it; later rows with the
        // same key are noted as duplicates (rare: revisions and confirmations).
        var duplicates: [Int32: [Int]] = [:]
        buffer.keys.withUnsafeBufferPointer { input in
            for i in 0..<n {
                if let first = index.insert(input[i], figure: Int32(i), keys: input) {
                    duplicates[Int32(first), default: [first]].append(i)
                }
            }
        }
        if duplicates.isEmpty {
            // Every row is a figure: share the loaded columns, no copy.
            keys = Column(buffer.keys)
            values = Column(buffer.values)
            sourceIDs = Column(buffer.sourceIDs)
            lines = Column(buffer.lines)
            fileIDs = Column(buffer.fileIDs)
            self.index = index
        } else {
            // Keep the first row of each key, renumber figures, and index them again.
            var isTail = [Bool](repeating: false, count: n)
            for (_, rows) in duplicates { for r in rows.dropFirst() { isTail[r] = true } }
            var figureOfFirstRow: [Int32: Int32] = [:]
            let kept = n - isTail.lazy.filter { $0 }.count
            keys.reserveCapacity(kept); values.reserveCapacity(kept); sourceIDs.reserveCapacity(kept)
            lines.reserveCapacity(kept); fileIDs.reserveCapacity(kept)
            for i in 0..<n where !isTail[i] {
                if duplicates[Int32(i)] != nil { figureOfFirstRow[Int32(i)] = Int32(keys.count) }
                keys.append(buffer.keys[i]); values.append(buffer.values[i]); sourceIDs.append(buffer.sourceIDs[i])
                lines.append(buffer.lines[i]); fileIDs.append(buffer.fileIDs[i])
            }
            var figureIndex = HashIndex(capacity: keys.count)
            keys.withUnsafeBufferPointer { k in
                for f in 0..<k.count { _ = figureIndex.insert(k[f], figure: Int32(f), keys: k) }
            }
            self.index = figureIndex
            var byFigure: [Int32: [Int]] = [:]
            for (first, rows) in duplicates { if let f = figureOfFirstRow[first] { byFigure[f] = rows } }
            duplicates = byFigure
        }
        for (f, members) in duplicates.sorted(by: { $0.key < $1.key }) {
            resolve(figure: Int(f), rows: members, buffer: buffer, catalogue: catalogue, diagnostics: &diagnostics)
        }
        computeStatistics()
        checkYearToDate(catalogue: catalogue, diagnostics: &diagnostics)
    }

    /// Applies the revision rule to rows that give the same figure.
    private mutating func resolve(figure f: Int, rows members: [Int], buffer: ObservationBuffer, catalogue: Catalogue, diagnostics: inout [Diagnostic]) {
        var kept: [Int] = []
        // Rows of the entries journal are edits: each is kept as a revision, whatever it repeats or
        // contradicts (two entries of one publication are ordered by entered_at, the journal's order).
        let isEntry = { (row: Int) in buffer.sources[Int(buffer.sourceIDs[row])].enteredAt != nil }
        for m in members {
            let citation = buffer.sources[Int(buffer.sourceIDs[m])].citation
            let value = buffer.values[m]
            if isEntry(m) { kept.append(m); continue }
            if let clash = kept.first(where: { !isEntry($0) && buffer.sources[Int(buffer.sourceIDs[$0])].citation == citation && buffer.values[$0] != value }) {
                let first = buffer.raw(clash), o = buffer.raw(m)
                let name = catalogue.units[o.unit].id
                diagnostics.append(Diagnostic(
                    file: o.source.file, line: o.source.line, column: o.valueColumn, severity: .error,
                    Phrase(.diagDuplicateFigure, "\(name)", "\(o.period)", "\(catalogue.indicators[o.indicator].id)", "\(o.basis.rawValue)",
                           .number(o.value), .number(first.value), "\(first.source.file == o.source.file ? "" : first.source.file + ":")",
                           "\(first.source.line)"),
                    hint: Phrase(.diagDuplicateFigureHint)))
                continue
            }
            if kept.contains(where: { !isEntry($0) && buffer.sources[Int(buffer.sourceIDs[$0])].citation == citation && buffer.values[$0] == value }) { continue }
            kept.append(m)
        }
        let real = kept.filter { !buffer.sources[Int(buffer.sourceIDs[$0])].isSynthetic }
        let pool = real.isEmpty ? kept : real
        // Best first: the later published date (a dated row beats an undated one), then the later
        // as-of date (a row without one covers the whole period), then the row loaded later.
        let ranked = pool.sorted { a, b in
            let sa = buffer.sources[Int(buffer.sourceIDs[a])], sb = buffer.sources[Int(buffer.sourceIDs[b])]
            let pa = sa.published ?? "", pb = sb.published ?? ""
            if pa != pb { return pa > pb }
            let qa = sa.asOf ?? "9999-99-99", qb = sb.asOf ?? "9999-99-99"
            return qa != qb ? qa > qb : a > b
        }
        guard let winner = ranked.first else { return }
        let w = buffer.raw(winner)
        // Revisions stay in the rule's order: they are the headline's alternatives (Analytics.headline).
        var revisions: [Revision] = []
        var confirmations: [Source] = []
        for m in ranked.dropFirst() {
            if buffer.values[m] == w.value { confirmations.append(buffer.source(of: m)) } else {
                revisions.append(Revision(value: buffer.values[m], source: buffer.source(of: m)))
            }
        }
        let conflicting = pool.filter { buffer.values[$0] != w.value }
        // An entry that wins is the user's own edit: no warning that it was entered later.
        if !isEntry(winner), let other = conflicting.first.map(buffer.raw), w.source.published == nil || conflicting.contains(where: { buffer.sources[Int(buffer.sourceIDs[$0])].published == nil }) {
            let reason = Phrase(w.source.published != other.source.published ? .diagWinsPublished
                : (w.source.asOf != other.source.asOf ? .diagWinsAsOf : .diagWinsLoadedLater))
            diagnostics.append(Diagnostic(
                file: w.source.file, line: w.source.line, column: w.valueColumn, severity: .warning,
                Phrase(.diagAnotherValue, "\(catalogue.units[w.unit].id)", "\(w.period)", "\(catalogue.indicators[w.indicator].id)", "\(w.basis.rawValue)",
                       .number(other.value), "\(other.source.file == w.source.file ? "" : other.source.file + ":")", "\(other.source.line)", .phrase(reason)),
                hint: Phrase(.diagAddPublishedToBoth)))
        }
        values[f] = buffer.values[winner]
        sourceIDs[f] = buffer.sourceIDs[winner]
        lines[f] = buffer.lines[winner]
        fileIDs[f] = buffer.fileIDs[winner]
        if !revisions.isEmpty || !confirmations.isEmpty { extras[Int32(f)] = (revisions, confirmations) }
    }

    mutating func computeStatistics() {
        var lo = Int.max, hi = Int.min
        var maxUnit = -1
        keys.withUnsafeBufferPointer { keys in
            for k in keys { maxUnit = max(maxUnit, FigureKeyPacking.unit(k)) }
        }
        var lastByUnit = [Int](repeating: -1, count: maxUnit + 1)
        var counts = [Int](repeating: 0, count: maxUnit + 1)
        var synthetic = 0
        keys.withUnsafeBufferPointer { keys in
            sourceIDs.withUnsafeBufferPointer { sids in
                for i in 0..<keys.count {
                    let k = keys[i]
                    let o = FigureKeyPacking.ordinal(k), u = FigureKeyPacking.unit(k)
                    if o < lo { lo = o }
                    if o > hi { hi = o }
                    if o > lastByUnit[u] { lastByUnit[u] = o }
                    counts[u] += 1
                    if syntheticSources[Int(sids[i])] { synthetic += 1 }
                }
            }
        }
        syntheticCount = synthetic
        extremeCount = values.withUnsafeBufferPointer { values in values.reduce(0) { $0 + (Self.isExtreme($1) ? 1 : 0) } }
        if lo <= hi { firstPeriod = Period(ordinal: lo); lastPeriod = Period(ordinal: hi) }
        var last: [Int: Period] = [:]
        var byUnit: [Int: Int] = [:]
        for u in 0..<counts.count where counts[u] > 0 {
            last[u] = Period(ordinal: lastByUnit[u])
            byUnit[u] = counts[u]
        }
        lastPeriodByUnit = last
        countByUnit = byUnit
    }

    /// A year-to-date amount that falls from one month to a later month of the same year is
    /// almost always a typo or a mixed-up basis. Checked for real figures by looking back up to
    /// eleven months: constant work per figure.
    private func checkYearToDate(catalogue: Catalogue, diagnostics: inout [Diagnostic]) {
        let additive = catalogue.indicators.map(\.kind.isAdditive)
        for i in 0..<keys.count {
            let k = keys[i]
            guard FigureKeyPacking.basis(k) == .ytd, !syntheticSources[Int(sourceIDs[i])] else { continue }
            let ind = FigureKeyPacking.indicator(k)
            guard ind < additive.count, additive[ind] else { continue }
            let period = FigureKeyPacking.period(k)
            var back = 1
            while back < period.month {
                let earlierKey = k - UInt64(back)
                if let j = index.find(earlierKey, keys: keys) {
                    if values[j] > values[i] {
                        let earlier = period.advanced(by: -back)
                        diagnostics.append(Diagnostic(
                            file: files[Int(fileIDs[i])], line: Int(lines[i]), column: 1, severity: .warning,
                            Phrase(.diagYtdFalls, "\(catalogue.indicators[ind].id)", "\(catalogue.units[FigureKeyPacking.unit(k)].id)", .number(values[j]),
                                   "\(earlier)", "\(lines[j])", .number(values[i]), "\(period)"),
                            hint: Phrase(.diagYtdFallsHint)))
                    }
                    break
                }
                back += 1
            }
        }
    }

    /// The figure for a unit, indicator, basis and period (a month or a quarter): O(1) whatever the data size.
    public func figure(unit: Int, indicator: Int, basis: Basis, period: Period) -> Figure? {
        guard basis.fits(period.kind) else { return nil }
        let key = FigureKeyPacking.pack(unit: unit, indicator: indicator, basis: basis, period: period)
        guard let f = index.find(key, keys: keys) else { return nil }
        return figure(at: f)
    }

    /// True when a figure exists, without building it.
    public func contains(unit: Int, indicator: Int, basis: Basis, period: Period) -> Bool {
        basis.fits(period.kind) && index.find(FigureKeyPacking.pack(unit: unit, indicator: indicator, basis: basis, period: period), keys: keys) != nil
    }

    /// Just the value, for charts and rankings.
    public func value(unit: Int, indicator: Int, basis: Basis, period: Period) -> Double? {
        guard basis.fits(period.kind) else { return nil }
        return index.find(FigureKeyPacking.pack(unit: unit, indicator: indicator, basis: basis, period: period), keys: keys).map { values[$0] }
    }

    func figure(at f: Int) -> Figure {
        let k = keys[f]
        let info = sources[Int(sourceIDs[f])]
        let source = Source(info, file: files[Int(fileIDs[f])], line: Int(lines[f]))
        let extra = extras[Int32(f)]
        return Figure(unit: FigureKeyPacking.unit(k), period: FigureKeyPacking.period(k), indicator: FigureKeyPacking.indicator(k),
                      basis: FigureKeyPacking.basis(k), value: values[f], source: source,
                      revisions: extra?.revisions ?? [], confirmations: extra?.confirmations ?? [])
    }

    public var count: Int { keys.count }

    /// A hash of every figure's key and value (FNV-1a over 64-bit words, the same in every
    /// process and on every machine): two stores with the same figures have the same hash.
    /// Meetings send it with the presenter's state, so a follower can tell its data differs.
    public var contentHash: UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in keys.indices {
            h = (h ^ keys[i]) &* 0x0000_0100_0000_01b3
            h = (h ^ values[i].bitPattern) &* 0x0000_0100_0000_01b3
        }
        return h
    }

    /// Positions of the figures whose value satisfies `predicate`: a scan of the values alone,
    /// without building a `Figure` for each.
    func positions(whereValue predicate: (Double) -> Bool) -> [Int] {
        values.withUnsafeBufferPointer { values in values.indices.filter { predicate(values[$0]) } }
    }

    /// Every figure, built on demand.
    public var figures: FigureCollection { FigureCollection(store: self) }

    /// Bytes held by the columns and the index (for benchmarks).
    public var approximateBytes: Int {
        keys.count * (8 + 8 + 4 + 4 + 2) + index.slots.count * 4
    }
}

/// The figures of a store as a collection; each element is built when read.
public struct FigureCollection: RandomAccessCollection, Sendable {
    let store: FigureStore
    public var startIndex: Int { 0 }
    public var endIndex: Int { store.count }
    public subscript(i: Int) -> Figure { store.figure(at: i) }
}
