import Foundation

/// A calendar month, the unit of time of every figure (`2025-05`).
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// Months since year 0, so that consecutive months differ by one.
    public var ordinal: Int { year * 12 + (month - 1) }

    public init(ordinal: Int) {
        self.year = ordinal >= 0 ? ordinal / 12 : (ordinal - 11) / 12
        self.month = ordinal - (ordinal >= 0 ? ordinal / 12 : (ordinal - 11) / 12) * 12 + 1
    }

    /// The first month of the two-level local government and the 34 provincial units.
    public static let reorganisation = Period(year: 2025, month: 7)

    /// Earliest and latest years accepted in data; outside them a period is a typo.
    public static let validYears = 1990...2100

    /// Parses `YYYY-MM` (also `YYYY-M`, `YYYY/MM`, `MM/YYYY`). Returns nil when malformed.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        guard parts.count == 2 else { return nil }
        var y: Int?
        var m: Int?
        if parts[0].count == 4 { y = Int(parts[0]); m = Int(parts[1]) } else if parts[1].count == 4 { y = Int(parts[1]); m = Int(parts[0]) }
        guard let year = y, let month = m, (1...12).contains(month), parts.allSatisfy({ $0.allSatisfy(\.isASCII) }) else { return nil }
        self.init(year: year, month: month)
    }

    public var description: String { String(format: "%04d-%02d", year, month) }

    public func advanced(by months: Int) -> Period { Period(ordinal: ordinal + months) }

    /// The same month a year earlier.
    public var sameMonthLastYear: Period { Period(year: year - 1, month: month) }

    /// True before 1 July 2025, when figures belong to the 63 former units.
    public var isBeforeReorganisation: Bool { self < Period.reorganisation }

    public static func < (a: Period, b: Period) -> Bool { a.ordinal < b.ordinal }
}

/// Whether a figure covers the single month or the year to date (January to the month).
public enum Basis: String, Sendable, CaseIterable, Codable {
    case month
    case ytd
}
