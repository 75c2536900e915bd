import ChisoCore

/// The form `a` opens on the Resolutions screen: a new implementation item for the selected
/// document and unit, or a new status, due date, note, title or lead unit for one of its items, or
/// the item withdrawn, each with its source. Plain values as typed; what they mean (the change, its problems) is `ItemFormModel`'s.
public struct ItemFormState: Hashable, Sendable, LineEditing {
    /// The fields, in the order Tab goes through them.
    public enum Field: Int, CaseIterable, Hashable, Sendable {
        case action, document, title, lead, status, due, note, source, published, quote

        /// Whether the field is part of a change of this kind (the others are shown empty and skipped by Tab).
        public func applies(to action: ItemChange.Action) -> Bool {
            switch self {
            case .action, .document, .source, .published, .quote: true
            case .title: action == .add || action == .title
            case .lead: action == .add || action == .lead
            case .status: action == .add || action == .status
            case .due: action == .add || action == .due
            case .note: action == .add || action == .note
            }
        }

        /// Whether the field is typed (else chosen with ← →): the document is typed for a new item only.
        public func isText(for action: ItemChange.Action) -> Bool {
            switch self {
            case .action, .status: false
            case .document: action == .add
            default: true
            }
        }
    }

    /// The unit (id) and the resolution (id) the item belongs to.
    public var province: String
    public var resolution: String
    public var action: ItemChange.Action
    /// The existing item chosen (its Vietnamese document name) for a change other than `add`.
    public var chosen: String
    public var status: ItemStatus
    /// What has been typed into each text field.
    public var text: [Field: String] = [:]
    public var focus: Field = .action {
        didSet { if focus != oldValue { cursor = nil } }
    }
    /// Where the cursor is in the focused text field (`LineEdit`: nil at its end).
    public var cursor: Int?
    /// A save was asked for and has not returned.
    public var saving = false
    /// Why the last save failed, or that Enter found problems; shown in the form.
    public var failure: String?

    public init(province: String, resolution: String, action: ItemChange.Action, chosen: String = "", status: ItemStatus = .planned) {
        self.province = province
        self.resolution = resolution
        self.action = action
        self.chosen = chosen
        self.status = status
    }

    /// The text of a field ("" when nothing was typed).
    public subscript(field: Field) -> String {
        get { text[field] ?? "" }
        set { text[field] = newValue }
    }

    /// The fields of this kind of change, in Tab order.
    public var fields: [Field] { Field.allCases.filter { $0.applies(to: action) } }
}
