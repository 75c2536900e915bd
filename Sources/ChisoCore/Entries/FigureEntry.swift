import Foundation

/// A figure a person entered (the dashboard's form, `chiso entry add`): the columns of an
/// observation file, as text in the CSV's own forms, plus who entered it and when.
///
/// Text, not parsed values, so that a record reads back exactly as it was saved and every check
/// is the loader's own (`EntryCheck`). `enteredAt` is set by the store when it saves the record.
public struct FigureEntry: Hashable, Sendable {
    /// The record's columns, in journal order: the observation file's, then `entered_by`, `entered_at`.
    public enum Field: String, CaseIterable, Sendable {
        case province, period, basis, indicator, value, unit, source, published
        case asOf = "as_of"
        case note, quote
        case enteredBy = "entered_by"
        case enteredAt = "entered_at"
    }

    /// Unit id (`nghe-an`); `EntryCheck` also accepts a name and writes the id back.
    public var province = ""
    /// `YYYY-MM`.
    public var period = ""
    /// `month` or `ytd`.
    public var basis = "month"
    /// Indicator id from indicators.csv.
    public var indicator = ""
    /// The value in the CSV's number form: `.` for decimals, no thousands separators.
    public var value = ""
    /// The indicator's unit; filled in from the catalogue when left empty.
    public var unit = ""
    /// URL of the publication.
    public var source = ""
    /// `YYYY-MM-DD`, the day the source published the figure, when known.
    public var published = ""
    /// `YYYY-MM-DD`, the last day the figure covers, when it stops before its month ends.
    public var asOf = ""
    /// A note in the user's words.
    public var note = ""
    /// The sentence of the source that gives the figure.
    public var quote = ""
    /// Login name, plus the SSH key fingerprint when sshd exposes it (`EntryAuthor`).
    public var enteredBy = ""
    /// When the store saved the record: UTC, `YYYY-MM-DDTHH:MM:SS.ffffffZ`.
    public var enteredAt = ""
    /// Where the record is stored (journal file and line), for records read back; nil before saving.
    public var origin: EntryOrigin?

    public init(province: String = "", period: String = "", basis: String = "month", indicator: String = "", value: String = "",
                unit: String = "", source: String = "", published: String = "", asOf: String = "", note: String = "",
                quote: String = "") {
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

    /// The text of one column.
    public subscript(field: Field) -> String {
        get {
            switch field {
            case .province: province
            case .period: period
            case .basis: basis
            case .indicator: indicator
            case .value: value
            case .unit: unit
            case .source: source
            case .published: published
            case .asOf: asOf
            case .note: note
            case .quote: quote
            case .enteredBy: enteredBy
            case .enteredAt: enteredAt
            }
        }
        set {
            switch field {
            case .province: province = newValue
            case .period: period = newValue
            case .basis: basis = newValue
            case .indicator: indicator = newValue
            case .value: value = newValue
            case .unit: unit = newValue
            case .source: source = newValue
            case .published: published = newValue
            case .asOf: asOf = newValue
            case .note: note = newValue
            case .quote: quote = newValue
            case .enteredBy: enteredBy = newValue
            case .enteredAt: enteredAt = newValue
            }
        }
    }

    /// True when `other` is about the same figure: unit, month, indicator and basis.
    public func isSameFigure(as other: FigureEntry) -> Bool {
        province == other.province && period == other.period && indicator == other.indicator && basis == other.basis
    }
}

/// Where a stored record is: for the folder backend a journal file and its line; a database
/// backend would give its table and row number. A label for messages, never an offset to seek to.
public struct EntryOrigin: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}
