import Foundation

/// A Party or National Assembly document a province implements (`Data/resolutions.yaml`).
public struct Resolution: Hashable, Sendable {
    public let id: String
    public let kind: String
    public let number: String
    public let shortVI: String
    public let shortEN: String
    public let title: String
    public let issued: String?
    public let issuer: String
    public let summary: String
    public let sources: [String]
    /// Indicators chiso follows the document by (an editorial mapping).
    public let trackedBy: [String]

    public init(id: String, kind: String, number: String, shortVI: String, shortEN: String, title: String, issued: String?,
                issuer: String, summary: String, sources: [String], trackedBy: [String]) {
        self.id = id
        self.kind = kind
        self.number = number
        self.shortVI = shortVI.isEmpty ? id : shortVI.precomposedStringWithCanonicalMapping
        self.shortEN = shortEN.isEmpty ? id : shortEN
        self.title = title.precomposedStringWithCanonicalMapping
        self.issued = issued
        self.issuer = issuer.precomposedStringWithCanonicalMapping
        self.summary = summary.precomposedStringWithCanonicalMapping
        self.sources = sources
        self.trackedBy = trackedBy
    }

    public func shortName(_ lang: Language) -> String { lang == .vi ? shortVI : shortEN }
}

/// The state of an implementation item.
public enum ItemStatus: String, Sendable, CaseIterable {
    case planned
    case drafting
    case inProgress = "in_progress"
    case issued
    case done

    /// True when nothing more is owed.
    public var isComplete: Bool { self == .issued || self == .done }
}

/// One step a province takes to implement a resolution: a plan, programme or notice.
public struct ImplementationItem: Hashable, Sendable {
    public let province: String
    public let resolution: String
    public let document: String
    public let title: String
    public let lead: String
    /// Due date as written (`2025-06` or `2025-06-30`).
    public let due: String?
    public let status: ItemStatus
    public let asOf: String?
    public let note: String
    public let source: Source

    public init(province: String, resolution: String, document: String, title: String, lead: String, due: String?,
                status: ItemStatus, asOf: String?, note: String, source: Source) {
        self.province = province
        self.resolution = resolution
        self.document = document.precomposedStringWithCanonicalMapping
        self.title = title.precomposedStringWithCanonicalMapping
        self.lead = lead.precomposedStringWithCanonicalMapping
        self.due = due
        self.status = status
        self.asOf = asOf
        self.note = note.precomposedStringWithCanonicalMapping
        self.source = source
    }

    /// The month the item is due, when a due date is given.
    public var duePeriod: Period? {
        guard let due else { return nil }
        return Period(String(due.prefix(7)))
    }

    /// True when the item is not complete and its due month is before `month`.
    public func isOverdue(at month: Period) -> Bool {
        guard !status.isComplete, let duePeriod else { return false }
        return duePeriod < month
    }
}
