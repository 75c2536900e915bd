import Foundation

/// The data as it was known on a day (`--vintage DATE`): only the rows that had been published by
/// then, as ALFRED keeps vintages of FRED series. The filter runs once, on the loaded rows, before
/// the store is built, so the revision rule, the headline rule and every screen and report work
/// unchanged on what was known then (a revision published later is simply not there).
///
/// `as_of` is a different thing: the day a figure stops at, not the day it became known.
public struct Vintage: Hashable, Sendable, CustomStringConvertible {
    /// The last day whose publications count.
    public let date: CalendarDate

    public init(_ date: CalendarDate) { self.date = date }

    /// Reads `YYYY-MM-DD`; nil for anything else.
    public init?(_ text: String) {
        guard let date = CalendarDate(text) else { return nil }
        self.date = date
    }

    public var description: String { date.description }

    /// What a row's known-from day rests on.
    public enum Basis: String, Sendable {
        /// Its `published` date.
        case published
        /// The day a user entered it (the entries journal's `entered_at`), having no `published` date.
        case entered
        /// Neither: it counts from the end of the month after its period, and is marked undated.
        case assumed
    }

    /// The day from which a row counts as known, and what that day rests on.
    public struct KnownFrom: Hashable, Sendable {
        public let date: CalendarDate
        public let basis: Basis
        /// True when the day is the rule's assumption, not a date the row carries.
        public var isUndated: Bool { basis == .assumed }

        public init(date: CalendarDate, basis: Basis) {
            self.date = date
            self.basis = basis
        }
    }

    /// The rule, in one place (Docs/data-format.md, "Vintages"): a row counts as known from its
    /// `published` date when it has a full one; else from the day it was entered (`entered`, a
    /// `YYYY-MM-DD` or a timestamp starting with one), for figures typed by users; else from the
    /// last day of the month after its period's last month, and it is then undated. A month named
    /// only in a note is not used.
    public static func knownFrom(published: String?, entered: String? = nil, period: Period) -> KnownFrom {
        if let published, let date = CalendarDate(published) { return KnownFrom(date: date, basis: .published) }
        if let entered, let date = CalendarDate(String(entered.prefix(10))) { return KnownFrom(date: date, basis: .entered) }
        return KnownFrom(date: assumedKnownFrom(period: period), basis: .assumed)
    }

    /// The day an undated row of `period` counts from: the last day of the month after the
    /// period's last month (a May figure from 30 June; a quarter's from the end of the month after
    /// its last month).
    public static func assumedKnownFrom(period: Period) -> CalendarDate {
        let next = lastMonth(of: period).advanced(by: 1)
        return CalendarDate(year: next.year, month: next.month, day: CalendarDate.days(inMonth: next.month, year: next.year))
    }

    /// The last month a period covers (a quarter's third month; a month is its own).
    static func lastMonth(of period: Period) -> Period { period.lastMonth }

    /// True when a row known from `knownFrom` had been published by the vintage date.
    public func knows(_ knownFrom: KnownFrom) -> Bool { knownFrom.date <= date }

    /// The rows of `buffer` known on the vintage date, in their order; the others are dropped
    /// before the revision rule sees them.
    public func known(in buffer: ObservationBuffer) -> ObservationBuffer {
        buffer.filtered { row in
            let info = buffer.sources[Int(buffer.sourceIDs[row])]
            let period = FigureKeyPacking.period(buffer.keys[row])
            return knows(Vintage.knownFrom(published: info.published, entered: info.enteredAt, period: period))
        }
    }

    /// True when an item change from the entries journal was known by the vintage date: from its
    /// `published` date, else the day it was entered.
    public func knows(_ change: ItemChange) -> Bool {
        guard let day = CalendarDate(change.published) ?? CalendarDate(String(change.enteredAt.prefix(10))) else { return true }
        return day <= date
    }

    /// True when an implementation item's status had been stated by the vintage date: it counts
    /// from its status date, else its source's published date; an item with neither is kept
    /// (nothing says when it became known, and it has no period to count from).
    public func knows(_ item: ImplementationItem) -> Bool {
        guard let day = (item.statusDate ?? item.source.published).flatMap(CalendarDate.init) else { return true }
        return day <= date
    }

    /// True when a target (an annual plan, estimate or goal, `targets.csv`) was known by the vintage
    /// date: from its `published` date, else from the end of January after its year (the rule for an
    /// undated row, with the year as its period).
    public func knows(_ target: Target) -> Bool {
        knows(Vintage.knownFrom(published: target.source.published, period: Period(year: target.year, month: 12)))
    }

    /// "5/6/2025" / "5 Jun 2025": the day as the header and the reports write it.
    public func label(_ lang: Language) -> String { date.label(lang) }
}
