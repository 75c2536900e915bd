import Foundation

/// Derived values that are not finite numbers. Every value chiso derives (a sum, a difference,
/// a change on last year, a share of target, a total) passes `finite`: one that overflows to
/// infinity, or is not a number, is missing, as a value that cannot be known is, so no output
/// ever shows `∞`, `inf` or `nan`, and JSON can always be written. `overflowWarnings` says why,
/// for `chiso validate`: a warning at the file and line of each figure that causes one.
extension Analytics {
    /// True for a warning made by `overflowWarnings`.
    public static func isOverflowWarning(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.severity == .warning && diagnostic.phrase.term == .diagOverflow
    }

    /// `value`, or nil when it is not a finite number.
    static func finite(_ value: DerivedValue) -> DerivedValue? {
        value.value.isFinite ? value : nil
    }

    /// Figures far enough from 1 (beyond 10^±150) that a value derived from them can overflow
    /// are the only ones that can; for each, the derived values that are not finite numbers.
    public func overflowWarnings() -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        guard data.store.extremeCount > 0 else { return warnings }
        let extreme = data.store.positions(whereValue: FigureStore.isExtreme)
        for position in extreme {
            let figure = data.store.figure(at: position)
            let lost = overflows(of: figure)
            guard !lost.isEmpty else { continue }
            let unit = catalogue.units[figure.unit].id, indicator = catalogue.indicators[figure.indicator].id
            warnings.append(Diagnostic(
                file: figure.source.file, line: figure.source.line, column: 1, severity: .warning,
                Phrase(.diagOverflow, "\(figure.value)", "\(indicator)", "\(unit)", "\(figure.period)", .list(lost)),
                hint: Phrase(.diagCheckValueAndUnit)))
        }
        return warnings
    }

    /// What chiso would derive from `figure` that is not a finite number, computed without the
    /// `finite` guard.
    func overflows(of figure: Figure) -> [Phrase] {
        let indicator = catalogue.indicators[figure.indicator]
        guard indicator.kind.isAdditive else { return [] }
        let store = data.store
        func stored(_ basis: Basis, _ period: Period, unit: Int? = nil) -> Double? {
            store.value(unit: unit ?? figure.unit, indicator: figure.indicator, basis: basis, period: period)
        }
        var lost: [Phrase] = []
        // Change on last year: this figure over last year's, and next year's over this one.
        if let before = stored(figure.basis, figure.period.sameMonthLastYear), before != 0, !((figure.value / before - 1) * 100).isFinite {
            lost.append(Phrase(.diagOverflowChange, "\(figure.period)"))
        }
        let nextYear = Period(year: figure.period.year + 1, month: figure.period.month)
        if figure.value != 0, let after = stored(figure.basis, nextYear), !((after / figure.value - 1) * 100).isFinite {
            lost.append(Phrase(.diagOverflowChange, "\(nextYear)"))
        }
        // Share of the year's target.
        if figure.basis == .ytd, let targetID = indicator.target,
           let target = catalogue.target(province: catalogue.units[figure.unit].id, year: figure.period.year, target: targetID),
           target.value != 0, !(figure.value / target.value * 100).isFinite {
            lost.append(Phrase(.diagOverflowShare, "\(figure.period)"))
        }
        // A month as the difference of two year-to-date figures.
        if figure.basis == .ytd {
            if figure.period.month > 1, let previous = stored(.ytd, figure.period.advanced(by: -1)), !(figure.value - previous).isFinite {
                lost.append(Phrase(.diagOverflowMonth, "\(figure.period)"))
            }
            let next = figure.period.advanced(by: 1)
            if next.month > 1, let following = stored(.ytd, next), !(following - figure.value).isFinite {
                lost.append(Phrase(.diagOverflowMonth, "\(next)"))
            }
        }
        // Sums: the year to date from the months, and the total over the provincial units.
        if figure.basis == .month {
            let months = (1...12).compactMap { stored(.month, Period(year: figure.period.year, month: $0)) }
            if !months.reduce(0, +).isFinite { lost.append(Phrase(.diagOverflowYtd, "\(figure.period.year)")) }
        }
        let units = catalogue.rankingUnits(at: figure.period).compactMap { catalogue.unitIndex(id: $0.id) }
        if !units.compactMap({ stored(figure.basis, figure.period, unit: $0) }).reduce(0, +).isFinite {
            lost.append(Phrase(.diagOverflowTotal, "\(figure.period)"))
        }
        return lost
    }
}
