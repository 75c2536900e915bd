import Foundation

/// How a shown value was obtained: reported by a source, or computed from reported figures.
public enum Derivation: Hashable, Sendable {
    /// Straight from a source (see `DerivedValue.figure`).
    case reported
    /// Year to date summed from the monthly figures of January to the month.
    case yearToDateFromMonths
    /// The month as the difference of two consecutive year-to-date figures.
    case monthFromYearToDate
    /// The sum of the figures of several units (former units, or provinces for a total).
    case sumOfUnits([String])
    /// Percentage change computed from this period's and last year's values.
    case changeOnLastYear
    /// Percentage of a target computed from the value and the target.
    case shareOfTarget(String)

    public var isDerived: Bool { self != .reported }
}

/// A value with its provenance: the reported figure it is, or the figures it was computed from.
public struct DerivedValue: Hashable, Sendable {
    public let value: Double
    public let derivation: Derivation
    /// The figure itself, when reported.
    public let figure: Figure?
    /// Figures a derived value was computed from.
    public let inputs: [Figure]
    /// A target used in the computation.
    public let target: Target?

    public init(value: Double, derivation: Derivation, figure: Figure? = nil, inputs: [Figure] = [], target: Target? = nil) {
        self.value = value
        self.derivation = derivation
        self.figure = figure
        self.inputs = inputs
        self.target = target
    }

    public static func reported(_ figure: Figure) -> DerivedValue {
        DerivedValue(value: figure.value, derivation: .reported, figure: figure)
    }

    public var isDerived: Bool { derivation.isDerived }
    /// True when the value or any input is synthetic.
    public var isSynthetic: Bool { (figure?.isSynthetic ?? false) || inputs.contains { $0.isSynthetic } }
    /// True when the reported figure has other published values.
    public var hasRevisions: Bool { !(figure?.revisions.isEmpty ?? true) }

    /// All reported figures behind the value.
    public var sources: [Figure] { figure.map { [$0] } ?? inputs }

    /// True when this is a reported figure from a publication that gave none of the figures
    /// behind `other`: a headline change or share shown beside another publication's amount.
    public func isFromAnotherPublication(than other: DerivedValue?) -> Bool {
        guard let own = figure, let other else { return false }
        return !other.sources.contains { $0.source.citation == own.source.citation }
    }

    /// One line saying how the value was obtained.
    public func explanation(_ lang: Language, catalogue: Catalogue) -> String {
        func periods() -> String { inputs.map { Words.shortMonth($0.period, lang) }.joined(separator: ", ") }
        switch derivation {
        case .reported: return Glossary.text(.provenanceReported, lang)
        case .yearToDateFromMonths: return Glossary.text(.provenanceSumOfMonths, lang, periods())
        case .monthFromYearToDate: return Glossary.text(.provenanceDifferenceOfYtd, lang, periods())
        case .sumOfUnits(let ids):
            let names = ids.compactMap { catalogue.unit(id: $0)?.displayName(lang) }.joined(separator: " + ")
            return Glossary.text(.provenanceSumOfUnits, lang, names)
        case .changeOnLastYear: return Glossary.text(.provenanceChangeOn, lang, periods())
        case .shareOfTarget(let t):
            return Glossary.text(target?.derived == true ? .provenanceShareOfImpliedTarget : .provenanceShareOfTarget, lang, Words.targetName(t, lang))
        }
    }
}

/// A total over units of an additive indicator, with how many units contributed.
public struct UnitTotal: Hashable, Sendable {
    public let value: Double
    public let contributing: Int
    public let expected: Int
    public let inputs: [Figure]
    /// True when every expected unit had a figure.
    public var isComplete: Bool { contributing == expected }
}
