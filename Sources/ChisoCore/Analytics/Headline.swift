import Foundation

/// What a headline figure says about an indicator: its value, its change on the same period
/// last year, or its share of the year's target.
public enum Concept: String, Sendable, CaseIterable {
    case value, change, share
}

/// One headline figure for a concept (unit, indicator, concept, basis, month) and every other
/// value known for it, each with its provenance.
///
/// The headline rule (Docs/data-format.md, "One concept, one headline figure"): the headline is
/// the figure of the latest publication that reports the concept, chosen by the revision rule
/// (real before synthetic, dated before undated, later `published` date, later `as_of`, then the
/// row loaded later); a value computed from other figures or from `targets.csv` is the headline only where
/// no publication reports the concept. The alternatives follow in the same order: the other
/// publications' values, then the computed value.
public struct Headline: Sendable {
    public let concept: Concept
    public let basis: Basis
    public let period: Period
    /// The figure shown wherever one figure stands for the concept.
    public let value: DerivedValue
    /// The other values: other publications (rule order), then the computed value.
    public let alternatives: [DerivedValue]

    /// The headline first, then the alternatives.
    public var all: [DerivedValue] { [value] + alternatives }
}

extension Analytics {
    /// The headline figure of a concept with its ordered alternatives; nil when nothing, neither
    /// reported nor computed, is known. `change` and `share` exist only for amounts and counts,
    /// `share` only on the year-to-date basis.
    public func headline(unit: Province, indicator: Indicator, concept: Concept, basis: Basis, period: Period) -> Headline? {
        guard applies(indicator, concept, basis) else { return nil }
        var all: [DerivedValue] = []
        if let f = reportedFigure(unit: unit, indicator: indicator, concept: concept, basis: basis, period: period) {
            all.append(.reported(f))
            // The store keeps the other publications' values in the order of the revision rule.
            all += f.revisions.map { r in
                .reported(Figure(unit: f.unit, period: f.period, indicator: f.indicator, basis: f.basis, value: r.value,
                                 source: r.source, revisions: [], confirmations: []))
            }
        }
        if let d = computedValue(unit: unit, indicator: indicator, concept: concept, basis: basis, period: period) { all.append(d) }
        guard let first = all.first else { return nil }
        return Headline(concept: concept, basis: basis, period: period, value: first, alternatives: Array(all.dropFirst()))
    }

    /// Just the headline value (cheaper than `headline`: the computed value is built only when
    /// no publication reports the concept).
    public func headlineValue(unit: Province, indicator: Indicator, concept: Concept, basis: Basis, period: Period) -> DerivedValue? {
        guard applies(indicator, concept, basis) else { return nil }
        if let f = reportedFigure(unit: unit, indicator: indicator, concept: concept, basis: basis, period: period) { return .reported(f) }
        return computedValue(unit: unit, indicator: indicator, concept: concept, basis: basis, period: period)
    }

    /// The indicator whose figures report `concept` of `indicator`: itself for its value, its
    /// `_yoy` companion for the change, its share companion for the share.
    public func reportingIndicator(for indicator: Indicator, concept: Concept) -> Indicator? {
        switch concept {
        case .value: return indicator
        case .change: return changeIndicator(for: indicator)
        case .share: return shareIndicator(for: indicator)
        }
    }

    func applies(_ indicator: Indicator, _ concept: Concept, _ basis: Basis) -> Bool {
        switch concept {
        case .value: return true
        case .change: return indicator.kind.isAdditive
        case .share: return indicator.kind.isAdditive && basis == .ytd
        }
    }

    /// The figure a publication gives for the concept, as chosen by the revision rule.
    func reportedFigure(unit: Province, indicator: Indicator, concept: Concept, basis: Basis, period: Period) -> Figure? {
        guard let reporting = reportingIndicator(for: indicator, concept: concept),
              let u = catalogue.unitIndex(id: unit.id), let i = catalogue.indicatorIndex(id: reporting.id) else { return nil }
        return data.store.figure(unit: u, indicator: i, basis: basis, period: period)
    }

    /// The value computed from other figures, whether or not a publication reports the concept.
    func computedValue(unit: Province, indicator: Indicator, concept: Concept, basis: Basis, period: Period) -> DerivedValue? {
        switch concept {
        case .value:
            guard let u = catalogue.unitIndex(id: unit.id), let i = catalogue.indicatorIndex(id: indicator.id) else { return nil }
            return derivedValue(u, i, basis, period, depth: 0)
        case .change: return computedChange(unit: unit, indicator: indicator, basis: basis, period: period)
        case .share: return computedShare(unit: unit, indicator: indicator, period: period)
        }
    }
}
