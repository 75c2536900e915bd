import Foundation

/// The date of a document, and the place-and-date line written as Decree 30/2020/NĐ-CP says: a leading zero for
/// days below 10 and for the months 1 and 2 ("Nghệ An, ngày 05 tháng 02 năm 2025").
public enum DocumentDate {
    /// The date the brief carries: the one given on the command line, else the office file's, else the vintage
    /// date of the data (the day the figures are as known on). Never today's date: nil leaves the line blank.
    public static func resolve(explicit: CalendarDate?, office: CalendarDate?, vintage: CalendarDate?) -> CalendarDate? {
        explicit ?? office ?? vintage
    }

    /// "Nghệ An, ngày 10 tháng 6 năm 2025" / "Nghe An, 10 June 2025"; a missing place or date stays dotted
    /// ("……, ngày … tháng … năm …").
    public static func line(place: String?, date: CalendarDate?, lang: Language) -> String {
        let where_ = place ?? BriefDocument.blank
        guard let date else {
            return Glossary.text(.docDateLine, lang, where_, "…", "…", "…", "…")
        }
        let day = date.day < 10 ? String(format: "%02d", date.day) : "\(date.day)"
        let month = date.month <= 2 ? String(format: "%02d", date.month) : "\(date.month)"
        // English writes the day without a zero ("5 February 2025").
        let (d, m) = lang == .vi ? (day, month) : ("\(date.day)", "\(date.month)")
        return Glossary.text(.docDateLine, lang, where_, d, m, "\(date.year)", Words.monthName(date.month, lang))
    }

    /// "10/6/2025" / "10 June 2025", for footnotes.
    public static func short(_ text: String, lang: Language) -> String {
        guard let date = CalendarDate(text) else { return text }
        return Glossary.text(.docShortDate, lang, "\(date.day)", "\(date.month)", "\(date.year)", Words.monthName(date.month, lang))
    }
}
