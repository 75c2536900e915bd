import Foundation

/// All figures of a load, one per (unit, month, indicator, basis), indexed for O(1) lookup.
///
/// Revision rule (documented in Docs/data-format.md): a real figure beats a synthetic one;
/// then the later `published` date wins, a dated figure beats an undated one; then the row
/// loaded later wins (later file on the command line, later line). The values not chosen are
/// kept as revisions with their sources; equal values from other sources are confirmations.
public struct FigureStore: Sendable {
    public private(set) var figures: [Figure] = []
    private var index: [FigureKey: Int32] = [:]
    public private(set) var firstPeriod: Period?
    public private(set) var lastPeriod: Period?
    /// Latest month with any figure, per unit index.
    public private(set) var lastPeriodByUnit: [Int: Period] = [:]
    public private(set) var syntheticCount = 0

    public init() {}

    /// Builds the store from raw rows, reporting conflicts into `diagnostics`.
    public init(observations: [RawObservation], catalogue: Catalogue, diagnostics: inout [Diagnostic]) {
        var groups: [FigureKey: [Int]] = [:]
        groups.reserveCapacity(observations.count)
        var order: [FigureKey] = []
        for (i, o) in observations.enumerated() {
            let key = FigureKey(unit: o.unit, indicator: o.indicator, basis: o.basis, period: o.period)
            if groups[key] == nil { order.append(key); groups[key] = [i] } else { groups[key]!.append(i) }
        }
        figures.reserveCapacity(order.count)
        index.reserveCapacity(order.count)
        for key in order {
            guard let members = groups[key] else { continue }
            var kept: [Int] = []
            // Same source giving two different values is a data-entry error: keep the first.
            for m in members {
                let o = observations[m]
                if let clash = kept.first(where: { observations[$0].source.citation == o.source.citation && observations[$0].value != o.value }) {
                    let first = observations[clash]
                    let name = catalogue.units[o.unit].id
                    diagnostics.append(Diagnostic(
                        file: o.source.file, line: o.source.line, column: o.valueColumn, severity: .error,
                        message: "duplicate figure with a conflicting value: \(name) \(o.period) \(catalogue.indicators[o.indicator].id) (\(o.basis.rawValue)) is \(NumberFormat.format(o.value, lang: .en)) here but \(NumberFormat.format(first.value, lang: .en)) at \(first.source.file == o.source.file ? "" : first.source.file + ":")line \(first.source.line), which gave it first",
                        hint: "delete one row, or give each its own source and published date to keep both as revisions"))
                    continue
                }
                if kept.contains(where: { observations[$0].source.citation == o.source.citation && observations[$0].value == o.value }) { continue }
                kept.append(m)
            }
            let real = kept.filter { !observations[$0].source.isSynthetic }
            let pool = real.isEmpty ? kept : real
            guard let winner = pool.max(by: { a, b in
                let pa = observations[a].source.published ?? "", pb = observations[b].source.published ?? ""
                return pa != pb ? pa < pb : a < b
            }) else { continue }
            let w = observations[winner]
            var revisions: [Revision] = []
            var confirmations: [Source] = []
            for m in pool where m != winner {
                let o = observations[m]
                if o.value == w.value { confirmations.append(o.source) } else { revisions.append(Revision(value: o.value, source: o.source)) }
            }
            let conflicting = pool.filter { observations[$0].value != w.value }
            if !conflicting.isEmpty && (w.source.published == nil || conflicting.contains { observations[$0].source.published == nil }) {
                let other = observations[conflicting[0]]
                diagnostics.append(Diagnostic(
                    file: w.source.file, line: w.source.line, column: w.valueColumn, severity: .warning,
                    message: "\(catalogue.units[w.unit].id) \(w.period) \(catalogue.indicators[w.indicator].id) (\(w.basis.rawValue)) has another value, \(NumberFormat.format(other.value, lang: .en)) at \(other.source.file == w.source.file ? "" : other.source.file + ":")line \(other.source.line); this row wins because \(w.source.published != nil ? "it has a published date and the other has none" : (other.source.published != nil ? "it was loaded later (neither row has a published date)" : "it was loaded later (neither row has a published date)")); the other is kept as a revision",
                    hint: "add a published date (YYYY-MM-DD) to both rows so the later publication wins"))
            }
            revisions.sort { ($0.source.published ?? "") > ($1.source.published ?? "") }
            let figure = Figure(unit: w.unit, period: w.period, indicator: w.indicator, basis: w.basis, value: w.value, source: w.source,
                                revisions: revisions, confirmations: confirmations)
            index[key] = Int32(figures.count)
            figures.append(figure)
            if figure.isSynthetic { syntheticCount += 1 }
            if firstPeriod == nil || w.period < firstPeriod! { firstPeriod = w.period }
            if lastPeriod == nil || w.period > lastPeriod! { lastPeriod = w.period }
            if let current = lastPeriodByUnit[w.unit], current >= w.period {} else { lastPeriodByUnit[w.unit] = w.period }
        }
        checkYearToDate(catalogue: catalogue, diagnostics: &diagnostics)
    }

    /// A year-to-date flow that falls from one month to a later month of the same year is
    /// almost always a typo or a mixed-up basis.
    private func checkYearToDate(catalogue: Catalogue, diagnostics: inout [Diagnostic]) {
        var series: [[Int]: [Int]] = [:]
        for (i, f) in figures.enumerated() where f.basis == .ytd && catalogue.indicators[f.indicator].kind.isAdditive && !f.isSynthetic {
            series[[f.unit, f.indicator, f.period.year], default: []].append(i)
        }
        for (_, members) in series {
            let sorted = members.sorted { figures[$0].period < figures[$1].period }
            for (a, b) in zip(sorted, sorted.dropFirst()) where figures[b].value < figures[a].value {
                let fa = figures[a], fb = figures[b]
                diagnostics.append(Diagnostic(
                    file: fb.source.file, line: fb.source.line, column: 1, severity: .warning,
                    message: "year-to-date \(catalogue.indicators[fb.indicator].id) for \(catalogue.units[fb.unit].id) falls from \(NumberFormat.format(fa.value, lang: .en)) in \(fa.period) (line \(fa.source.line)) to \(NumberFormat.format(fb.value, lang: .en)) in \(fb.period)",
                    hint: "a year-to-date amount cannot fall; check the basis (month or ytd) and the value"))
            }
        }
    }

    public func figure(unit: Int, indicator: Int, basis: Basis, period: Period) -> Figure? {
        guard let i = index[FigureKey(unit: unit, indicator: indicator, basis: basis, period: period)] else { return nil }
        return figures[Int(i)]
    }

    public var count: Int { figures.count }
}
