import ChisoCore

/// The form `a` opens: a figure for the selected unit and month, as typed so far. Plain values;
/// what the typing means (the parsed value, the problems) is `EntryFormModel`'s.
public struct EntryFormState: Hashable, Sendable, LineEditing {
    /// The fields, in the order Tab goes through them.
    public enum Field: Int, CaseIterable, Hashable, Sendable {
        case indicator, basis, value, asOf, source, published, note, quote

        /// The fields typed as text (the others are chosen with ← →).
        public var isText: Bool { self != .indicator && self != .basis }
    }

    /// The unit (id) and month the figure is for.
    public var province: String
    public var month: Period
    /// The chosen indicator (id) and what has been typed to find it.
    public var indicator: String
    public var indicatorQuery = ""
    public var basis: Basis
    /// What has been typed into each text field.
    public var text: [Field: String] = [:]
    public var focus: Field = .indicator {
        didSet { if focus != oldValue { cursor = nil } }
    }
    /// Where the cursor is in the focused text field (`LineEdit`: nil at its end).
    public var cursor: Int?
    /// The reading picked for an ambiguous value (CSV form), while the value's text is unchanged.
    public var valueReading: String?
    /// The question about an ambiguous value is open (keys 1 and 2 answer it).
    public var asking = false
    /// A save was asked for and has not returned.
    public var saving = false
    /// Why the last save failed, shown in the form.
    public var failure: String?

    public init(province: String, month: Period, indicator: String, basis: Basis) {
        self.province = province
        self.month = month
        self.indicator = indicator
        self.basis = basis
    }

    /// The text of a field ("" when nothing was typed).
    public subscript(field: Field) -> String {
        get { text[field] ?? "" }
        set { text[field] = newValue }
    }
}
