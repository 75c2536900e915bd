import ChisoCore

/// What the item form's typing means, computed again after every key: the items it may change,
/// the change to save, and every problem by field in the session's language (the form's own
/// readings of dates, then the journal's own checks, `EntryCheck`, which `chiso entry item` and
/// the loader use too). Pure; the update (may it save?) and the view (what to show) both use it.
public struct ItemFormModel: Hashable, Sendable {
    /// A problem with one field, worded for the screen.
    public struct Problem: Hashable, Sendable {
        public let field: ItemFormState.Field
        public let text: String
    }

    /// The unit's items of the resolution, as the data (with the journal's changes) has them.
    public let items: [ImplementationItem]
    /// Every problem; the form saves only when there is none.
    public let problems: [Problem]
    /// The change to save, when there is no problem.
    public let change: ItemChange?

    public init(_ form: ItemFormState, _ data: DashboardData, _ lang: Language) {
        items = data.catalogue.items(for: form.province, resolution: form.resolution)
        var problems: [Problem] = []
        func fail(_ field: ItemFormState.Field, _ term: Term) {
            problems.append(Problem(field: field, text: Glossary.text(term, lang)))
        }
        let applies = { (field: ItemFormState.Field) in field.applies(to: form.action) }
        let trimmed = { (field: ItemFormState.Field) in applies(field) ? form[field].trimmingCharacters(in: .whitespaces) : "" }
        var document = form.action == .add ? trimmed(.document) : form.chosen
        if form.action != .add, items.isEmpty { fail(.document, .itemFormNoItem) }
        if form.action != .add, !items.contains(where: { $0.document.vi == form.chosen }) { document = "" }
        let due = applies(.due) ? ItemFormModel.due(form[.due]) : ""
        if due == nil { fail(.due, .itemFormNotADue) }
        let published = EntryFormModel.date(form[.published])
        if published == nil { fail(.published, .formNotADate) }
        let change = ItemChange(action: form.action, province: form.province, resolution: form.resolution, document: document,
                                title: trimmed(.title), lead: trimmed(.lead), status: applies(.status) ? form.status.rawValue : "",
                                due: due ?? "", note: trimmed(.note), source: trimmed(.source), quote: trimmed(.quote),
                                published: published ?? "")
        // The journal's own checks, every one of them, on the fields the form could read.
        let own = Set(problems.map(\.field))
        for p in EntryCheck.check(change, catalogue: data.catalogue) {
            let field = ItemFormModel.field(p.field)
            guard !own.contains(field), !(field == .document && own.contains(.document)) else { continue }
            problems.append(Problem(field: field, text: p.phrase.text(lang) + (p.hintPhrase.map { " (" + $0.text(lang) + ")" } ?? "")))
        }
        self.problems = problems.sorted { $0.field.rawValue < $1.field.rawValue }
        self.change = problems.isEmpty ? change : nil
    }

    /// The form's field for a column named by `EntryCheck` (the unit and the resolution are the
    /// form's own; a problem with them shows on the document).
    static func field(_ column: String) -> ItemFormState.Field {
        switch ItemChange.Field(rawValue: column) {
        case .title: .title
        case .lead: .lead
        case .status: .status
        case .due: .due
        case .note: .note
        case .source: .source
        case .quote: .quote
        case .published: .published
        default: .document
        }
    }

    /// The problems of one field.
    public func problems(of field: ItemFormState.Field) -> [Problem] { problems.filter { $0.field == field } }

    /// A typed due date in the journal's form: a month `6/2025` or `2025-06` → `2025-06`, a day
    /// `30/6/2025` or `2025-06-30` → `2025-06-30`. "" for nothing typed; nil for anything else.
    public static func due(_ typed: String) -> String? {
        let text = typed.trimmingCharacters(in: .whitespaces)
        if let day = EntryFormModel.date(text) { return day }
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }) else { return nil }
        // 2025-06 or 6/2025: the four-digit part is the year.
        let (monthText, yearText) = parts[0].count == 4 ? (parts[1], parts[0]) : (parts[0], parts[1])
        guard yearText.count == 4, let year = Int(yearText), let month = Int(monthText), (1...12).contains(month),
              Period.validYears.contains(year) else { return nil }
        return String(year) + "-" + (month < 10 ? "0" : "") + String(month)
    }
}
