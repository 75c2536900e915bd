import ChisoCore

/// A checked figure the form asks to save: the columns of an observation row as text in the
/// CSV's own forms (value with `.` for decimals, dates `YYYY-MM-DD`). The runner hands it to the
/// entries store; the store adds who entered it and when.
public struct EntryDraft: Hashable, Sendable {
    public var province: String
    public var period: String
    public var basis: String
    public var indicator: String
    public var value: String
    public var unit: String
    public var source: String
    public var published: String
    public var asOf: String
    public var note: String
    public var quote: String

    public init(province: String, period: String, basis: String, indicator: String, value: String, unit: String,
                source: String, published: String = "", asOf: String = "", note: String = "", quote: String = "") {
        self.province = province
        self.period = period
        self.basis = basis
        self.indicator = indicator
        self.value = value
        self.unit = unit
        self.source = source
        self.published = published
        self.asOf = asOf
        self.note = note
        self.quote = quote
    }
}
