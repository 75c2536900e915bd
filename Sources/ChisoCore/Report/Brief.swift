import Foundation

/// One line of a meeting brief: an indicator on one basis, with its comparisons.
public struct BriefRow: Sendable {
    public let indicator: Indicator
    public let basis: Basis
    /// The row's period: the brief's month, or for a quarterly indicator the latest quarter that
    /// has ended by then (`Analytics.latestQuarter`).
    public let period: Period
    /// Nil for a rate of a merged 2025 unit before July 2025 (see `parts`).
    public let value: DerivedValue?
    /// The headline change on last year and share of target (`Analytics.headline`): the latest
    /// publication's, which may be another than the value's (the text marks it `†`).
    public let change: DerivedValue?
    public let share: DerivedValue?
    public let rank: (rank: Int, of: Int)?
    /// The last 12 months on the same basis, ending at the brief's month.
    public let trend: [Double?]
    /// Values of the former units, for rates that cannot be summed.
    public let parts: [(unit: Province, value: DerivedValue?)]
    /// For a quarterly row, the unit's target for the year as known at the brief's month (a
    /// growth target is compared, not divided: it is shown beside the value).
    public var target: KnownTarget? = nil
}

/// The meeting brief for one unit and month: every headline figure, its comparisons and sources,
/// then the implementation items of the resolutions.
public struct Brief: Sendable {
    public let unit: Province
    public let period: Period
    public let lang: Language
    public let datasetLabel: String
    /// The day the data is as known on (`--vintage`), if any.
    public let vintage: Vintage?
    public let rows: [BriefRow]
    /// Indicators with no figure for the month.
    public let missing: [Indicator]
    public let items: [ImplementationItem]
    public let catalogue: Catalogue

    /// True when any figure shown is synthetic.
    public var hasSynthetic: Bool {
        rows.contains { ($0.value?.isSynthetic ?? false) || $0.parts.contains { $0.value?.isSynthetic ?? false } }
    }

    /// Builds the brief. `indicators` limits it to some indicator ids (all when empty).
    public static func build(_ analytics: Analytics, unit: Province, period: Period, lang: Language, indicators: [String] = []) -> Brief {
        let catalogue = analytics.catalogue
        let chosen = indicators.isEmpty ? catalogue.indicators : indicators.compactMap { catalogue.indicator(id: $0) }
        var rows: [BriefRow] = []
        var missing: [Indicator] = []
        for indicator in chosen {
            var any = false
            for basis in Basis.allCases {
                let value = analytics.value(unit: unit, indicator: indicator, basis: basis, period: period)
                let parts = analytics.perFormerUnit(unit: unit, indicator: indicator, basis: basis, period: period)
                let hasParts = parts.contains { $0.value != nil }
                guard value != nil || hasParts else { continue }
                any = true
                let trend = analytics.series(unit: unit, indicator: indicator, basis: basis, ending: period, months: 12).map { $0?.value }
                rows.append(BriefRow(
                    indicator: indicator, basis: basis, period: period, value: value,
                    change: analytics.change(unit: unit, indicator: indicator, basis: basis, period: period),
                    share: basis == .ytd ? analytics.shareOfTarget(unit: unit, indicator: indicator, period: period) : nil,
                    rank: unit.level == .national ? nil : analytics.rank(unit: unit, indicator: indicator, basis: basis, period: period),
                    trend: trend, parts: hasParts ? parts : []))
            }
            if !any, let quarter = analytics.latestQuarter(unit: unit, indicator: indicator, endingBy: period) {
                // A quarterly indicator: the latest quarter ended by the month, with the year's target.
                any = true
                let target = analytics.target(unit: unit, indicator: indicator, year: quarter.period.year, knownAt: period)
                for (basis, value) in quarter.shown {
                    rows.append(BriefRow(
                        indicator: indicator, basis: basis, period: quarter.period, value: value,
                        change: nil, share: nil,
                        rank: unit.level == .national ? nil : analytics.rank(unit: unit, indicator: indicator, basis: basis, period: quarter.period),
                        trend: [], parts: [], target: target))
                }
            }
            if !any { missing.append(indicator) }
        }
        let items = catalogue.items(for: unit.id)
        return Brief(unit: unit, period: period, lang: lang, datasetLabel: analytics.data.label, vintage: analytics.data.vintage, rows: rows, missing: missing,
                     items: items, catalogue: catalogue)
    }
}
