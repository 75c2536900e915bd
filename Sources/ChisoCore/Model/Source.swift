import Foundation

/// Where a figure comes from: a publication, its dates, and the file row it was read from.
public struct Source: Hashable, Sendable {
    /// URL or citation; `synthetic` for generated illustrative data.
    public let citation: String
    /// Text from the publication (optional; the bundled data keeps none).
    public let quote: String
    /// Date the figure was published (`YYYY-MM-DD`), when known.
    public let published: String?
    /// The last day the figure covers (`YYYY-MM-DD`), when it stops before its period ends
    /// ("to 20 May"); nil for a figure of the whole period.
    public let asOf: String?
    public let note: String
    /// Data file and line the figure was read from (for an entry, its journal and line).
    public let file: String
    public let line: Int
    /// Who entered the figure and when, for a figure of the entries journal (Docs/entries.md).
    public let enteredBy: String?
    public let enteredAt: String?

    public init(citation: String, quote: String = "", published: String? = nil, asOf: String? = nil, note: String = "",
                file: String = "", line: Int = 0, enteredBy: String? = nil, enteredAt: String? = nil) {
        self.citation = citation
        self.quote = quote
        self.published = published
        self.asOf = asOf
        self.note = note
        self.file = file
        self.line = line
        self.enteredBy = enteredBy
        self.enteredAt = enteredAt
    }

    /// The publication `info` read from `file` at `line`.
    public init(_ info: SourceInfo, file: String, line: Int) {
        self.init(citation: info.citation, quote: info.quote, published: info.published, asOf: info.asOf, note: info.note,
                  file: file, line: line, enteredBy: info.enteredBy, enteredAt: info.enteredAt)
    }

    /// True for a figure a person entered into the entries journal.
    public var isEntry: Bool { enteredAt != nil }

    /// "đến 20/5" / "to 20 May": the as-of date to show next to a figure of `period`, with the
    /// year when it is not the period's year ("đến 28/1/2026"); nil for a figure of the whole period.
    public func asOfLabel(period: Period, lang: Language) -> String? {
        guard let asOf, let date = CalendarDate(asOf) else { return nil }
        return date.untilLabel(showingYear: date.year != period.year, lang: lang)
    }

    /// True for rows of the illustrative generator.
    public var isSynthetic: Bool { citation.lowercased().hasPrefix("synthetic") }

    /// The host of a URL (`baonghean.vn`), or the citation itself (cut at 40 characters).
    public var host: String {
        var host = citation
        if let range = citation.range(of: "://") {
            host = String(citation[range.upperBound...])
            if let slash = host.firstIndex(of: "/") { host = String(host[..<slash]) }
            if host.hasPrefix("www.") { host.removeFirst(4) }
        }
        if host.count > 40 { host = String(host.prefix(39)) + "…" }
        return host
    }

    /// A short label: the host and the publication date in the language's short form
    /// (`baonghean.vn, 10/6/2025` / `baonghean.vn, 10 Jun 2025`).
    public func shortLabel(_ lang: Language) -> String {
        guard let published else { return host }
        return host + ", " + Words.shortDate(published, lang)
    }
}
