import Foundation

/// A day of the calendar written `YYYY-MM-DD` (a published date, an as-of date), checked
/// against the calendar: 2025-02-29 is not a date.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Reads exactly `YYYY-MM-DD` (four, two and two digits) naming a real day; nil otherwise.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                let b = bytes[i]
                guard b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") else { return nil }
                n = n * 10 + Int(b - UInt8(ascii: "0"))
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
              (1...12).contains(m), d >= 1, d <= CalendarDate.days(inMonth: m, year: y) else { return nil }
        year = y
        month = m
        day = d
    }

    /// A day known to be valid (the caller checked it, e.g. the last day of a month).
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The number of days of `month` in `year` (Gregorian).
    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The month the day is in.
    public var period: Period { Period(year: year, month: month) }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// "5/6/2025" / "5 Jun 2025": the short date of headers and source lines.
    public func label(_ lang: Language) -> String {
        Glossary.text(.dateShort, lang, "\(day)", "\(month)", "\(year)", Words.monthAbbreviation(month, lang))
    }

    /// "đến 20/5" / "to 20 May", with the year when asked ("đến 28/1/2026" / "to 28 Jan 2026").
    public func untilLabel(showingYear: Bool, lang: Language) -> String {
        let monthName = Words.monthAbbreviation(month, lang)
        return showingYear ? Glossary.text(.dateUntilWithYear, lang, "\(day)", "\(month)", "\(year)", monthName)
            : Glossary.text(.dateUntil, lang, "\(day)", "\(month)", monthName)
    }

}
