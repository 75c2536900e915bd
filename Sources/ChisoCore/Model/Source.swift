import Foundation

/// Where a figure comes from: a publication, a quote, a date, and the file row it was read from.
public struct Source: Hashable, Sendable {
    /// URL or citation; `synthetic` for generated illustrative data.
    public let citation: String
    /// Text copied from the publication.
    public let quote: String
    /// Date the figure was published (`YYYY-MM-DD`), when known.
    public let published: String?
    public let note: String
    /// Data file and line the figure was read from.
    public let file: String
    public let line: Int

    public init(citation: String, quote: String = "", published: String? = nil, note: String = "", file: String = "", line: Int = 0) {
        self.citation = citation
        self.quote = quote
        self.published = published
        self.note = note
        self.file = file
        self.line = line
    }

    /// True for rows of the illustrative generator.
    public var isSynthetic: Bool { citation.lowercased().hasPrefix("synthetic") }

    /// A short label: the host of a URL (`baonghean.vn`) and the publication date.
    public var shortLabel: String {
        var host = citation
        if let range = citation.range(of: "://") {
            host = String(citation[range.upperBound...])
            if let slash = host.firstIndex(of: "/") { host = String(host[..<slash]) }
            if host.hasPrefix("www.") { host.removeFirst(4) }
        }
        if host.count > 40 { host = String(host.prefix(39)) + "…" }
        if let published { return "\(host), \(published)" }
        return host
    }
}
