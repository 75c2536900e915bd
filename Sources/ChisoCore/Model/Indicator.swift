import Foundation

/// How an indicator's figures combine over time.
public enum IndicatorKind: String, Sendable, Codable, CaseIterable {
    /// A percentage change on the same period last year; never summed.
    case rate
    /// An amount that sums over months (VND bn, USD m).
    case flow
    /// A percentage of an annual plan or estimate; never summed.
    case share
    /// A number of things that sums over months.
    case count

    /// True when monthly figures add up to a year-to-date figure and units add up to totals.
    public var isAdditive: Bool { self == .flow || self == .count }
}

/// An entry of the indicator catalogue (`Data/indicators.csv`).
public struct Indicator: Hashable, Sendable {
    public let id: String
    public let nameVI: String
    public let nameEN: String
    public let shortVI: String
    public let shortEN: String
    public let unit: String
    public let kind: IndicatorKind
    public let higherIsBetter: Bool
    /// Target id in `targets.csv` the indicator is measured against.
    public let target: String?
    /// For a share indicator, the flow it is a share of.
    public let shareOf: String?
    /// Panel group (`industry`, `budget`, `public_investment`, `investment`).
    public let group: String
    public let description: String

    public init(id: String, nameVI: String, nameEN: String, shortVI: String = "", shortEN: String = "", unit: String,
                kind: IndicatorKind, higherIsBetter: Bool = true, target: String? = nil, shareOf: String? = nil,
                group: String = "", description: String = "") {
        self.id = id
        self.nameVI = FieldText.nfc(nameVI)
        self.nameEN = nameEN
        self.shortVI = FieldText.nfc(shortVI.isEmpty ? nameVI : shortVI)
        self.shortEN = shortEN.isEmpty ? nameEN : shortEN
        self.unit = unit
        self.kind = kind
        self.higherIsBetter = higherIsBetter
        self.target = target
        self.shareOf = shareOf
        self.group = group
        self.description = description
    }

    public func name(_ lang: Language) -> String { lang == .vi ? nameVI : nameEN }
    public func shortName(_ lang: Language) -> String { lang == .vi ? shortVI : shortEN }
}
