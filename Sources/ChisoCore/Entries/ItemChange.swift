import Foundation

/// A change to a resolution's implementation items that a person entered: a new item; a new
/// status, due date, note, title or lead unit for an existing one; an item withdrawn; or an earlier
/// state taken back — each with its source. Kept in a journal of its own (Docs/entries.md, "The
/// journals"), applied in the order saved on top of resolutions.yaml, which is never written.
public struct ItemChange: Hashable, Sendable {
    /// What the record does.
    public enum Action: String, CaseIterable, Sendable {
        /// A new item: `document`, `title` and `status` required; `lead`, `due`, `note` optional.
        case add
        /// A new `status` for an existing item.
        case status
        /// A new `due` date (`YYYY-MM` or `YYYY-MM-DD`) for an existing item.
        case due
        /// A new `note` for an existing item.
        case note
        /// A new `title` for an existing item.
        case title
        /// A new `lead` unit for an existing item (empty: the source names none).
        case lead
        /// The item is withdrawn: gone from the items (screens, reports, briefs), kept in its history.
        case withdraw
        /// An earlier state taken back: the item's whole state (`title`, `lead`, `status`, `due`,
        /// `note`) as the record gives it, with the source of that state; a withdrawn item comes back.
        case revert

        /// The kinds a person chooses in the item form (a revert is made from an item's history).
        public static let typed: [Action] = [.add, .status, .due, .note, .title, .lead, .withdraw]
    }

    /// The record's columns, in journal order.
    public enum Field: String, CaseIterable, Sendable {
        case action, province, resolution, document, title, lead, status, due, note, source, quote, published
        case enteredBy = "entered_by"
        case enteredAt = "entered_at"
    }

    public var action: Action = .status
    /// Unit id of the province the item belongs to.
    public var province = ""
    /// Resolution id (`123-KL/TW`).
    public var resolution = ""
    /// The item's document name: it names the item (an existing one by its Vietnamese or English
    /// `document`, as resolutions.yaml gives it; a new one by the name given here).
    public var document = ""
    public var title = ""
    public var lead = ""
    /// One of `ItemStatus`'s raw values (`planned`, `drafting`, `in_progress`, `issued`, `done`).
    public var status = ""
    public var due = ""
    public var note = ""
    public var source = ""
    public var quote = ""
    /// `YYYY-MM-DD`: the day the source stated the change; the item's status date.
    public var published = ""
    public var enteredBy = ""
    public var enteredAt = ""
    /// Where the record is stored, for records read back; nil before saving.
    public var origin: EntryOrigin?

    public init(action: Action = .status, province: String = "", resolution: String = "", document: String = "",
                title: String = "", lead: String = "", status: String = "", due: String = "", note: String = "",
                source: String = "", quote: String = "", published: String = "") {
        self.action = action
        self.province = province
        self.resolution = resolution
        self.document = document
        self.title = title
        self.lead = lead
        self.status = status
        self.due = due
        self.note = note
        self.source = source
        self.quote = quote
        self.published = published
    }

    /// The text of one column.
    public subscript(field: Field) -> String {
        get {
            switch field {
            case .action: action.rawValue
            case .province: province
            case .resolution: resolution
            case .document: document
            case .title: title
            case .lead: lead
            case .status: status
            case .due: due
            case .note: note
            case .source: source
            case .quote: quote
            case .published: published
            case .enteredBy: enteredBy
            case .enteredAt: enteredAt
            }
        }
        set {
            switch field {
            case .action: action = Action(rawValue: newValue) ?? action
            case .province: province = newValue
            case .resolution: resolution = newValue
            case .document: document = newValue
            case .title: title = newValue
            case .lead: lead = newValue
            case .status: status = newValue
            case .due: due = newValue
            case .note: note = newValue
            case .source: source = newValue
            case .quote: quote = newValue
            case .published: published = newValue
            case .enteredBy: enteredBy = newValue
            case .enteredAt: enteredAt = newValue
            }
        }
    }
}
