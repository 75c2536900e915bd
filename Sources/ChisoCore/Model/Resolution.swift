import Foundation

/// A Party or National Assembly document a province implements (`Data/resolutions.yaml`).
public struct Resolution: Hashable, Sendable {
    public let id: String
    public let kind: String
    public let number: String
    public let shortVI: String
    public let shortEN: String
    public let title: Bilingual
    public let issued: String?
    public let issuer: Bilingual
    /// A summary in chiso's own words.
    public let summary: Bilingual
    public let sources: [String]
    /// Indicators chiso follows the document by (an editorial mapping).
    public let trackedBy: [String]
    /// The language of the title as its source gives it (`source_lang`); the other form is
    /// chiso's translation.
    public let sourceLanguage: Language

    public init(id: String, kind: String, number: String, shortVI: String, shortEN: String, title: Bilingual, issued: String?,
                issuer: Bilingual, summary: Bilingual, sources: [String], trackedBy: [String], sourceLanguage: Language = .vi) {
        self.id = id
        self.kind = kind
        self.number = number
        self.shortVI = shortVI.isEmpty ? id : FieldText.nfc(shortVI)
        self.shortEN = shortEN.isEmpty ? id : shortEN
        self.title = title
        self.issued = issued
        self.issuer = issuer
        self.summary = summary
        self.sources = sources
        self.trackedBy = trackedBy
        self.sourceLanguage = sourceLanguage
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
    /// The short name of the step (a plan's number, a programme's name).
    public let document: Bilingual
    public let title: Bilingual
    /// The lead unit; empty when the source names none.
    public let lead: Bilingual
    /// Due date as written (`2025-06` or `2025-06-30`).
    public let due: String?
    public let status: ItemStatus
    /// The day the status was stated (`status_date`, `YYYY-MM-DD`), when given.
    public let statusDate: String?
    /// chiso's own remark.
    public let note: Bilingual
    public let source: Source
    /// The language of the source the item was read from (`source_lang`); the other form of
    /// each text is chiso's translation.
    public let sourceLanguage: Language

    public init(province: String, resolution: String, document: Bilingual, title: Bilingual, lead: Bilingual, due: String?,
                status: ItemStatus, statusDate: String?, note: Bilingual, source: Source, sourceLanguage: Language = .vi) {
        self.province = province
        self.resolution = resolution
        self.document = document
        self.title = title
        self.lead = lead
        self.due = due
        self.status = status
        self.statusDate = statusDate
        self.note = note
        self.source = source
        self.sourceLanguage = sourceLanguage
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
