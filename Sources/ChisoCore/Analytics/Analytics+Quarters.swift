import Foundation

/// A quarterly indicator's figures for one quarter: the year to date and the quarter alone, each
/// where a source gives it.
public struct QuarterFigures: Sendable {
    /// The quarter (a `Period` of kind `.quarter`).
    public let period: Period
    /// January to the end of the quarter.
    public let yearToDate: DerivedValue?
    /// The quarter alone.
    public let quarter: DerivedValue?

    /// The figures in the order they are shown: the year to date first, then the quarter alone
    /// (for the first quarter both cover the same months; the year to date is kept).
    public var shown: [(basis: Basis, value: DerivedValue)] {
        var out: [(Basis, DerivedValue)] = []
        if let yearToDate { out.append((.ytd, yearToDate)) }
        if let quarter, !(period.quarter == 1 && yearToDate != nil) { out.append((.quarter, quarter)) }
        return out
    }
}

/// A growth target as known at a month: the row of `targets.csv` that counts, and whether it
/// revises an earlier one.
public struct KnownTarget: Sendable {
    public let target: Target
    /// True when an earlier row set the target first (this one restates or revises it).
    public let isRevision: Bool
}

extension Analytics {
    /// The figures of `indicator` for the latest quarter that ends in `month` or before it and has
    /// a figure, looking back at most `lookback` quarters (2025-05 → 2025-Q1; 2025-10 → 2025-Q3).
    /// A quarter given as `month` is itself the first one looked at.
    public func latestQuarter(unit: Province, indicator: Indicator, endingBy month: Period, lookback: Int = 4) -> QuarterFigures? {
        var q = month.isQuarter ? month : month.latestQuarterEnded
        for _ in 0..<max(1, lookback) {
            let ytd = value(unit: unit, indicator: indicator, basis: .ytd, period: q)
            let single = value(unit: unit, indicator: indicator, basis: .quarter, period: q)
            if ytd != nil || single != nil { return QuarterFigures(period: q, yearToDate: ytd, quarter: single) }
            q = q.previousQuarter
        }
        return nil
    }

    /// The unit's target for `indicator` in `year` as known at the end of `month`: the latest row
    /// of `targets.csv` published by then, else the first one (a target stated after the month
    /// still is the year's target). Nil when the indicator has no target or the unit none.
    public func target(unit: Province, indicator: Indicator, year: Int, knownAt month: Period) -> KnownTarget? {
        guard let id = indicator.target else { return nil }
        let history = catalogue.targetHistory(province: unit.id, year: year, target: id)
        guard let first = history.first else { return nil }
        let end = String(format: "%04d-%02d-99", month.year, month.month)
        let known = history.last { ($0.source.published ?? "") <= end } ?? first
        return KnownTarget(target: known, isRevision: history.firstIndex(of: known).map { $0 > 0 } ?? false)
    }
}
