import Foundation

/// Pure computations over a dataset: derived year-to-date and monthly values, change on the
/// same period last year, share of target, rank, totals, and series across the 2025
/// reorganisation. Missing months stay missing: nothing is ever filled with zero.
public struct Analytics: Sendable {
    public let data: Dataset
    public var catalogue: Catalogue { data.catalogue }

    public init(_ data: Dataset) { self.data = data }

    // MARK: Values

    /// The value of a unit's figure: reported when a source gives it, else derived from other
    /// figures (year to date from months, month from year to date, or the sum of the former
    /// units for a merged 2025 unit before July 2025). Nil when it cannot be known.
    public func value(unit: Province, indicator: Indicator, basis: Basis, period: Period) -> DerivedValue? {
        guard let u = catalogue.unitIndex(id: unit.id), let i = catalogue.indicatorIndex(id: indicator.id) else { return nil }
        return value(u, i, basis, period, depth: 0)
    }

    func value(_ u: Int, _ i: Int, _ basis: Basis, _ period: Period, depth: Int) -> DerivedValue? {
        if let f = data.store.figure(unit: u, indicator: i, basis: basis, period: period) { return .reported(f) }
        return derivedValue(u, i, basis, period, depth: depth)
    }

    /// The value computed from other figures, whether or not a source reports it.
    func derivedValue(_ u: Int, _ i: Int, _ basis: Basis, _ period: Period, depth: Int) -> DerivedValue? {
        let indicator = catalogue.indicators[i]
        guard indicator.kind.isAdditive, depth < 3 else { return nil }
        if basis == .ytd, let v = yearToDateFromMonths(u, i, period) { return v }
        if basis == .month, let v = monthFromYearToDate(u, i, period) { return v }
        let unit = catalogue.units[u]
        let parts = catalogue.constituents(of: unit, at: period)
        if parts.count > 1 || (parts.count == 1 && parts[0].id != unit.id) {
            var sum = 0.0
            var inputs: [Figure] = []
            for part in parts {
                guard let pu = catalogue.unitIndex(id: part.id), let v = value(pu, i, basis, period, depth: depth + 1) else { return nil }
                sum += v.value
                inputs.append(contentsOf: v.sources)
            }
            return Analytics.finite(DerivedValue(value: sum, derivation: .sumOfUnits(parts.map(\.id)), inputs: inputs))
        }
        return nil
    }

    func yearToDateFromMonths(_ u: Int, _ i: Int, _ period: Period) -> DerivedValue? {
        var sum = 0.0
        var inputs: [Figure] = []
        for m in 1...period.month {
            guard let f = data.store.figure(unit: u, indicator: i, basis: .month, period: Period(year: period.year, month: m)) else { return nil }
            sum += f.value
            inputs.append(f)
        }
        return Analytics.finite(DerivedValue(value: sum, derivation: .yearToDateFromMonths, inputs: inputs))
    }

    func monthFromYearToDate(_ u: Int, _ i: Int, _ period: Period) -> DerivedValue? {
        guard let current = data.store.figure(unit: u, indicator: i, basis: .ytd, period: period) else { return nil }
        if period.month == 1 { return DerivedValue(value: current.value, derivation: .monthFromYearToDate, inputs: [current]) }
        guard let previous = data.store.figure(unit: u, indicator: i, basis: .ytd, period: period.advanced(by: -1)) else { return nil }
        return Analytics.finite(DerivedValue(value: current.value - previous.value, derivation: .monthFromYearToDate, inputs: [current, previous]))
    }

    /// For a rate or share of a merged 2025 unit before July 2025: the value of each former
    /// unit, labelled, since rates cannot be summed. Empty for other cases.
    public func perFormerUnit(unit: Province, indicator: Indicator, basis: Basis, period: Period) -> [(unit: Province, value: DerivedValue?)] {
        guard !indicator.kind.isAdditive, unit.wasMerged, period.isBeforeReorganisation else { return [] }
        return catalogue.constituents(of: unit, at: period).map { part in
            (part, value(unit: part, indicator: indicator, basis: basis, period: period))
        }
    }

    // MARK: Comparisons

    /// The companion indicator reporting `indicator`'s change on last year (`X_yoy` for `X`).
    public func changeIndicator(for indicator: Indicator) -> Indicator? {
        guard indicator.kind.isAdditive else { return nil }
        return catalogue.indicator(id: indicator.id + "_yoy")
    }

    /// The companion indicator reporting `indicator` as a share of its target.
    public func shareIndicator(for indicator: Indicator) -> Indicator? {
        catalogue.indicators.first { $0.shareOf == indicator.id }
    }

    /// Percentage change on the same period last year, by the headline rule (see `headline`):
    /// the figure of the latest publication that reports it, else computed from both years'
    /// values. Nil for rates and shares, whose value already is a comparison.
    public func change(unit: Province, indicator: Indicator, basis: Basis, period: Period) -> DerivedValue? {
        headlineValue(unit: unit, indicator: indicator, concept: .change, basis: basis, period: period)
    }

    /// Share of the year's target, in percent, by the headline rule (see `headline`): the figure
    /// of the latest publication that reports it, else the year-to-date value over the target in
    /// `targets.csv`.
    public func shareOfTarget(unit: Province, indicator: Indicator, period: Period) -> DerivedValue? {
        headlineValue(unit: unit, indicator: indicator, concept: .share, basis: .ytd, period: period)
    }

    /// The change computed from this period's and last year's values.
    func computedChange(unit: Province, indicator: Indicator, basis: Basis, period: Period) -> DerivedValue? {
        guard indicator.kind.isAdditive,
              let now = value(unit: unit, indicator: indicator, basis: basis, period: period),
              let before = value(unit: unit, indicator: indicator, basis: basis, period: period.sameMonthLastYear),
              before.value != 0 else { return nil }
        return Analytics.finite(DerivedValue(value: (now.value / before.value - 1) * 100, derivation: .changeOnLastYear,
                                             inputs: now.sources + before.sources))
    }

    /// The year-to-date value over the target in `targets.csv`, in percent.
    func computedShare(unit: Province, indicator: Indicator, period: Period) -> DerivedValue? {
        guard indicator.kind.isAdditive, let targetID = indicator.target,
              let target = catalogue.target(province: unit.id, year: period.year, target: targetID), target.value != 0,
              let now = value(unit: unit, indicator: indicator, basis: .ytd, period: period) else { return nil }
        return Analytics.finite(DerivedValue(value: now.value / target.value * 100, derivation: .shareOfTarget(targetID), inputs: now.sources, target: target))
    }

    /// Units with a value for the figure, best first (highest first when higher is better).
    public func ranking(indicator: Indicator, basis: Basis, period: Period, among units: [Province]? = nil) -> [(unit: Province, value: DerivedValue)] {
        let pool = units ?? catalogue.rankingUnits(at: period)
        var rows: [(unit: Province, value: DerivedValue)] = []
        for unit in pool {
            if let v = value(unit: unit, indicator: indicator, basis: basis, period: period) { rows.append((unit, v)) }
        }
        rows.sort { a, b in
            if a.value.value != b.value.value { return indicator.higherIsBetter ? a.value.value > b.value.value : a.value.value < b.value.value }
            return a.unit.id < b.unit.id
        }
        return rows
    }

    /// Rank of a unit among the units with data (1 = best), with how many were ranked.
    public func rank(unit: Province, indicator: Indicator, basis: Basis, period: Period) -> (rank: Int, of: Int)? {
        let rows = ranking(indicator: indicator, basis: basis, period: period)
        guard let position = rows.firstIndex(where: { $0.unit.id == unit.id }) else { return nil }
        // Ties share the better rank.
        let value = rows[position].value.value
        let first = rows.firstIndex { $0.value.value == value } ?? position
        return (first + 1, rows.count)
    }

    /// Sum of an additive indicator over `units`, with how many of them had a figure.
    /// Nil for rates and shares, which cannot be summed.
    public func total(indicator: Indicator, basis: Basis, period: Period, over units: [Province]) -> UnitTotal? {
        guard indicator.kind.isAdditive else { return nil }
        var sum = 0.0, count = 0
        var inputs: [Figure] = []
        for unit in units {
            guard let v = value(unit: unit, indicator: indicator, basis: basis, period: period) else { continue }
            sum += v.value
            count += 1
            inputs.append(contentsOf: v.sources)
        }
        guard count > 0, sum.isFinite else { return nil }
        return UnitTotal(value: sum, contributing: count, expected: units.count, inputs: inputs)
    }

    /// National total over the provincial units of the period.
    public func nationalTotal(indicator: Indicator, basis: Basis, period: Period) -> UnitTotal? {
        total(indicator: indicator, basis: basis, period: period, over: catalogue.rankingUnits(at: period))
    }

    /// Regional total over the provincial units of the period in `region`.
    public func regionalTotal(region: String, indicator: Indicator, basis: Basis, period: Period) -> UnitTotal? {
        total(indicator: indicator, basis: basis, period: period, over: catalogue.rankingUnits(at: period).filter { $0.region == region })
    }

    // MARK: Series

    /// `months` consecutive values ending at `end`, nil where unknown.
    public func series(unit: Province, indicator: Indicator, basis: Basis, ending end: Period, months: Int) -> [DerivedValue?] {
        guard months > 0 else { return [] }
        return (0..<months).map { k in value(unit: unit, indicator: indicator, basis: basis, period: end.advanced(by: k - months + 1)) }
    }

    /// The latest month with any reported figure for the unit (or any unit).
    public func latestPeriod(unit: Province? = nil) -> Period? {
        guard let unit, let u = catalogue.unitIndex(id: unit.id) else { return data.store.lastPeriod }
        var best = data.store.lastPeriodByUnit[u]
        for part in unit.mergedFrom where part != unit.id {
            if let pu = catalogue.unitIndex(id: part), let p = data.store.lastPeriodByUnit[pu], best == nil || p > best! { best = p }
        }
        return best
    }

    /// The bases with a value for the figure at `period`, month first.
    public func bases(unit: Province, indicator: Indicator, period: Period) -> [Basis] {
        Basis.allCases.filter { value(unit: unit, indicator: indicator, basis: $0, period: period) != nil }
    }
}
