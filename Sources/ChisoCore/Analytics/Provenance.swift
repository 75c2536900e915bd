import Foundation

/// Every value known for one indicator, basis and month, grouped by publication: within one
/// publication an amount stays with its own share and change (2.703,973 to 20 May with its
/// 27,03 %), values computed from other figures come last, and the headline of each concept
/// (see `Headline`) is flagged.
public struct Provenance: Sendable {
    /// One value of one concept.
    public struct Entry: Sendable {
        public let concept: Concept
        public let value: DerivedValue
        /// True for the concept's headline figure.
        public let isHeadline: Bool
    }

    /// The values of one publication, or (`source` nil) the values computed from other figures.
    public struct Group: Sendable {
        public let source: Source?
        public var entries: [Entry]
    }

    public let basis: Basis
    public let period: Period
    /// Publications latest first (dated before undated, then the later as-of date), then the computed values.
    public let groups: [Group]
}

/// A piece of a provenance line and how it is meant to look.
public struct ProvenancePiece: Sendable, Equatable {
    public enum Style: Sendable { case label, headline, value, muted, synthetic }
    public let text: String
    public let style: Style
}

extension Analytics {
    /// The values of `indicator` for `basis` and `period`, grouped by publication.
    public func provenance(unit: Province, indicator: Indicator, basis: Basis, period: Period) -> Provenance {
        var published: [Provenance.Group] = []
        var computed: [Provenance.Entry] = []
        for concept in Concept.allCases {
            guard let h = headline(unit: unit, indicator: indicator, concept: concept, basis: basis, period: period) else { continue }
            for (k, v) in h.all.enumerated() {
                let entry = Provenance.Entry(concept: concept, value: v, isHeadline: k == 0)
                guard let source = v.figure?.source else { computed.append(entry); continue }
                if let g = published.firstIndex(where: { $0.source?.citation == source.citation }) {
                    published[g].entries.append(entry)
                } else {
                    published.append(Provenance.Group(source: source, entries: [entry]))
                }
            }
        }
        // Latest publication first; undated ones after the dated, in the order met (stable).
        let ordered = published.enumerated().sorted { a, b in
            let pa = a.element.source?.published ?? "", pb = b.element.source?.published ?? ""
            if pa != pb { return pa > pb }
            let qa = a.element.source?.asOf ?? "9999-99-99", qb = b.element.source?.asOf ?? "9999-99-99"
            return qa != qb ? qa > qb : a.offset < b.offset
        }.map(\.element)
        let groups = ordered + (computed.isEmpty ? [] : [Provenance.Group(source: nil, entries: computed)])
        return Provenance(basis: basis, period: period, groups: groups)
    }

    /// The Detail screen's lines for the month: for each basis (year to date first for amounts),
    /// one line per publication with its figures, then one line of computed values. The headline
    /// of each concept is styled `.headline`. Each publication's URL ends its line unless `addresses` is false
    /// (the Detail screen's narrow sources box; the whole provenance, Enter, always gives it).
    public func provenanceLines(unit: Province, indicator: Indicator, period: Period, lang: Language, addresses: Bool = true) -> [[ProvenancePiece]] {
        let order: [Basis] = period.isQuarter ? [.ytd, .quarter] : (indicator.kind.isAdditive ? [.ytd, .month] : [.month, .ytd])
        var lines: [[ProvenancePiece]] = []
        for basis in order {
            let prov = provenance(unit: unit, indicator: indicator, basis: basis, period: period)
            for (n, group) in prov.groups.enumerated() {
                var line: [ProvenancePiece] = []
                let head = n == 0 ? Words.basis(basis, period, lang) : String(repeating: " ", count: DisplayWidth.of(Words.basis(basis, period, lang)))
                line.append(ProvenancePiece(text: head + "  ", style: .label))
                if let source = group.source {
                    let name = source.isSynthetic ? Glossary.text(.provenanceSyntheticData, lang) : source.shortLabel(lang)
                    let until = source.asOfLabel(period: period, lang: lang).map { ", " + $0 } ?? ""
                    line.append(ProvenancePiece(text: name + until + ": ", style: source.isSynthetic ? .synthetic : .muted))
                } else {
                    line.append(ProvenancePiece(text: Glossary.text(.provenanceDerived, lang) + ": ", style: .muted))
                }
                for (k, e) in group.entries.enumerated() {
                    if k > 0 { line.append(ProvenancePiece(text: " · ", style: .muted)) }
                    line.append(ProvenancePiece(text: Self.describe(e, indicator: indicator, lang: lang), style: e.isHeadline ? .headline : .value))
                    if group.source == nil {
                        line.append(ProvenancePiece(text: " (" + Self.basisOf(e.value, lang: lang, catalogue: catalogue) + ")", style: .muted))
                    }
                }
                if addresses, let source = group.source, !source.isSynthetic, source.citation.contains("://") {
                    line.append(ProvenancePiece(text: " — " + source.citation, style: .muted))
                }
                lines.append(line)
            }
        }
        return lines
    }

    /// `2.703,973`, `+8,4 % so cùng kỳ`, `27,03 % kế hoạch`, with `~` when computed.
    static func describe(_ e: Provenance.Entry, indicator: Indicator, lang: Language) -> String {
        let mark = (e.value.isDerived ? "~" : "") + (e.value.isSynthetic ? "*" : "")
        switch e.concept {
        case .value:
            // Amounts without their unit (the Detail title gives it); rates and shares with theirs.
            return (indicator.kind.isAdditive ? Words.number(e.value, indicator, lang) : Words.value(e.value, indicator, lang)) + mark
        case .change:
            return NumberFormat.format(e.value.value, lang: lang, maxDecimals: 2, signed: true) + " %" + mark + " " + Glossary.text(.wordOnLastYearLong, lang)
        case .share:
            return NumberFormat.format(e.value.value, lang: lang, maxDecimals: 2) + " %" + mark + " " + Words.shareBase(indicator, lang)
        }
    }

    /// What a computed value was computed from, for the Detail screen's provenance view.
    public static func computedFrom(_ v: DerivedValue, lang: Language, catalogue: Catalogue) -> String {
        basisOf(v, lang: lang, catalogue: catalogue)
    }

    /// What a computed value was computed from: `2.703,973 / 10.837, ước suy` (the value's own label names the
    /// target: `24,95 % kế hoạch`; never the target's id).
    static func basisOf(_ v: DerivedValue, lang: Language, catalogue: Catalogue) -> String {
        if case .shareOfTarget = v.derivation, let target = v.target {
            let amount = v.value * target.value / 100
            // An amount too large to multiply back (a share of 1e308) is named, never printed as ∞.
            var text = (amount.isFinite ? NumberFormat.format(amount, lang: lang) : Glossary.text(.wordValue, lang))
                + " / " + NumberFormat.format(target.value, lang: lang)
            if target.derived { text += ", " + Glossary.text(.provenanceImplied, lang) }
            return text
        }
        let explanation = v.explanation(lang, catalogue: catalogue)
        let prefix = Glossary.text(.provenanceDerived, lang) + ": "
        return explanation.hasPrefix(prefix) ? String(explanation.dropFirst(prefix.count)) : explanation
    }
}
