import Foundation

/// The time a figure covers: a calendar month (`2025-05`) or a quarter (`2025-Q1`).
///
/// A quarter is held at its last month (`month` is 3, 6, 9 or 12) with `kind == .quarter`, so
/// `ordinal` is the ordinal of the month it ends in and periods sort by their end: 2025-Q1 after
/// 2025-03 (same end, the month first) and before 2025-04. The store packs the kind beside the
/// ordinal (`FigureKeyPacking`).
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// What a period is: one month, or one quarter of the calendar year.
    public enum Kind: Int, Hashable, Sendable, CaseIterable {
        case month = 0
        case quarter = 1
    }

    public let year: Int
    /// The month; for a quarter, its last month.
    public let month: Int
    public let kind: Kind

    /// A month.
    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
        self.kind = .month
    }

    /// Quarter `quarter` (1…4) of `year`, held at its last month.
    public init(year: Int, quarter: Int) {
        self.year = year
        self.month = quarter * 3
        self.kind = .quarter
    }

    /// Months since year 0 of the period's last month, so that consecutive months differ by one.
    public var ordinal: Int { year * 12 + (month - 1) }

    /// The month of `ordinal` (see `ordinal`).
    public init(ordinal: Int) {
        let y = ordinal >= 0 ? ordinal / 12 : (ordinal - 11) / 12
        self.init(year: y, month: ordinal - y * 12 + 1)
    }

    /// The period of kind `kind` that ends in the month of `ordinal` (a quarter only at months 3, 6, 9, 12).
    public init(ordinal: Int, kind: Kind) {
        let m = Period(ordinal: ordinal)
        if kind == .quarter, m.month % 3 == 0 { self.init(year: m.year, quarter: m.month / 3) } else { self = m }
    }

    /// True for a quarter.
    public var isQuarter: Bool { kind == .quarter }

    /// The quarter number (1…4) of the period's last month.
    public var quarter: Int { (month + 2) / 3 }

    /// The month the period ends in (itself for a month). The period is complete at the end of it.
    public var lastMonth: Period { Period(year: year, month: month) }

    /// The month the period starts in (itself for a month).
    public var firstMonth: Period { kind == .quarter ? Period(year: year, month: month - 2) : self }

    /// The months the period covers, first to last.
    public var months: [Period] { (firstMonth.ordinal...ordinal).map { Period(ordinal: $0) } }

    /// The quarter a month falls in (itself for a quarter).
    public var containingQuarter: Period { Period(year: year, quarter: quarter) }

    /// The latest quarter that ends in this month or before it (2025-05 → 2025-Q1, 2025-06 → 2025-Q2).
    public var latestQuarterEnded: Period {
        let q = month / 3
        return q == 0 ? Period(year: year - 1, quarter: 4) : Period(year: year, quarter: q)
    }

    /// The quarter before this one (for a month, the quarter before the one it falls in).
    public var previousQuarter: Period { Period(ordinal: containingQuarter.ordinal - 3, kind: .quarter) }

    /// The first month of the two-level local government and the 34 provincial units.
    public static let reorganisation = Period(year: 2025, month: 7)

    /// Earliest and latest years accepted in data; outside them a period is a typo.
    public static let validYears = 1990...2100

    /// Parses a month, `YYYY-MM` (also `YYYY-M`, `YYYY/MM`, `MM/YYYY`), or a quarter, `YYYY-Qn`
    /// (also `Qn/YYYY`, `Qn-YYYY`, `YYYY Qn`, any case). Returns nil when malformed.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.allSatisfy(\.isASCII) else { return nil }
        let parts = trimmed.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." || $0 == " " }).map(String.init)
        guard parts.count == 2 else { return nil }
        let yearIndex = parts[0].count == 4 ? 0 : (parts[1].count == 4 ? 1 : -1)
        guard yearIndex >= 0, let year = Int(parts[yearIndex]), parts[yearIndex].allSatisfy(\.isNumber) else { return nil }
        let other = parts[1 - yearIndex]
        if let first = other.first, first == "Q" || first == "q" {
            let digits = other.dropFirst()
            guard digits.count == 1, let q = Int(digits), (1...4).contains(q) else { return nil }
            self.init(year: year, quarter: q)
        } else {
            guard other.allSatisfy(\.isNumber), let month = Int(other), (1...12).contains(month) else { return nil }
            self.init(year: year, month: month)
        }
    }

    /// `2025-05` or `2025-Q1`, the form data files use.
    public var description: String {
        kind == .quarter ? String(format: "%04d-Q%d", year, quarter) : String(format: "%04d-%02d", year, month)
    }

    /// The month `months` after this period's last month.
    public func advanced(by months: Int) -> Period { Period(ordinal: ordinal + months) }

    /// The same month (or quarter) a year earlier.
    public var sameMonthLastYear: Period {
        kind == .quarter ? Period(year: year - 1, quarter: quarter) : Period(year: year - 1, month: month)
    }

    /// True before 1 July 2025, when figures belong to the 63 former units (a quarter by its last month).
    public var isBeforeReorganisation: Bool { ordinal < Period.reorganisation.ordinal }

    /// By end; at the same end the month sorts before the quarter.
    public static func < (a: Period, b: Period) -> Bool {
        a.ordinal != b.ordinal ? a.ordinal < b.ordinal : a.kind.rawValue < b.kind.rawValue
    }
}

/// Whether a figure covers the single period (a month or a quarter) or the year to date
/// (January to the period's last month).
public enum Basis: String, Sendable, CaseIterable, Codable {
    /// The single month.
    case month
    /// January to the end of the period.
    case ytd
    /// The single quarter (only with a quarter period).
    case quarter

    /// True for the single period (a month or a quarter), false for the year to date.
    public var isSingle: Bool { self != .ytd }

    /// True when a figure of this basis can cover a period of `kind`: the year to date any
    /// period, `month` only a month, `quarter` only a quarter.
    public func fits(_ kind: Period.Kind) -> Bool { self == .ytd || self == Basis.single(kind) }

    /// The basis for the single period of `kind`.
    public static func single(_ kind: Period.Kind) -> Basis { kind == .quarter ? .quarter : .month }
}
