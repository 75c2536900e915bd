import ChisoCore

/// What the form's typing means, computed again after every key: the value read back, every
/// problem by field (in the language of the session), and the draft to save when nothing is wrong.
/// Pure; the update (may it save?) and the view (what to show) both use it.
public struct EntryFormModel: Hashable, Sendable {
    /// A problem with one field, worded for the screen.
    public struct Problem: Hashable, Sendable {
        public let field: EntryFormState.Field
        public let text: String
    }

    /// The value as read, before any question is answered.
    public let reading: TypedNumber
    /// The value read back in the session's number form (`11.360`), when it reads as one number.
    public let readsAs: String?
    /// The indicator's unit, in the session's words.
    public let unit: String
    /// Every problem; the form saves only when there is none.
    public let problems: [Problem]
    /// The figure to save, when there is no problem.
    public let draft: EntryDraft?

    public init(_ form: EntryFormState, _ data: DashboardData, _ lang: Language) {
        var problems: [Problem] = []
        func fail(_ field: EntryFormState.Field, _ term: Term, _ args: String...) {
            problems.append(Problem(field: field, text: Glossary.text(key: term.rawValue, lang, args)))
        }
        let indicator = data.indicator(form.indicator)
        if indicator == nil { fail(.indicator, .formNoIndicatorMatches) }
        unit = indicator.map { NumberFormat.unitLabel($0.unit, lang: lang) } ?? ""
        let typed = form[.value].trimmingCharacters(in: .whitespaces)
        reading = TypedNumber.parse(typed, language: lang)
        var csv: String?
        switch reading {
        case .value(let text, _): csv = text
        case .ambiguous(let thousands, let decimal):
            csv = form.valueReading.flatMap { [thousands, decimal].contains($0) ? $0 : nil }
            if csv == nil { fail(.value, .formValueAmbiguous, typed, EntryFormModel.shown(thousands, lang), EntryFormModel.shown(decimal, lang)) }
        case .invalid: fail(.value, typed.isEmpty ? .formMissing : .formNotANumber)
        }
        readsAs = csv.map { EntryFormModel.shown($0, lang) }
        let asOf = EntryFormModel.date(form[.asOf])
        if asOf == nil { fail(.asOf, .formNotADate) }
        let published = EntryFormModel.date(form[.published])
        if published == nil { fail(.published, .formNotADate) }
        let source = form[.source].trimmingCharacters(in: .whitespaces)
        if source.isEmpty {
            fail(.source, .formMissing)
        } else if !EntryFormModel.isURL(source) {
            fail(.source, .formNotAURL)
        }
        // The loader's own checks (EntryCheck: the row as a data file would be read), every one of
        // them, on what the form could read; a field the form already found wrong is not checked twice.
        var candidate: EntryDraft?
        if let indicator {
            let c = EntryDraft(province: form.province, period: form.month.description, basis: form.basis.rawValue, indicator: indicator.id,
                               value: csv ?? "", unit: indicator.unit, source: source, published: published ?? "", asOf: asOf ?? "",
                               note: form[.note].trimmingCharacters(in: .whitespaces), quote: form[.quote].trimmingCharacters(in: .whitespaces))
            let own = Set(problems.map(\.field))
            let entry = FigureEntry(province: c.province, period: c.period, basis: c.basis, indicator: c.indicator, value: c.value, unit: c.unit,
                                    source: c.source, published: c.published, asOf: c.asOf, note: c.note, quote: c.quote)
            for p in EntryCheck.check(entry, catalogue: data.catalogue).errors where !own.contains(EntryFormModel.field(p.field)) {
                problems.append(Problem(field: EntryFormModel.field(p.field), text: p.phrase.text(lang) + (p.hintPhrase.map { " (" + $0.text(lang) + ")" } ?? "")))
            }
            candidate = c
        }
        self.problems = problems.sorted { $0.field.rawValue < $1.field.rawValue }
        draft = problems.isEmpty ? candidate : nil
    }

    /// The form's field for a column named by `EntryCheck` (the unit and month belong to the
    /// form as a whole; they show with the value).
    static func field(_ column: String) -> EntryFormState.Field {
        switch column {
        case FigureEntry.Field.indicator.rawValue: return .indicator
        case FigureEntry.Field.basis.rawValue: return .basis
        case FigureEntry.Field.asOf.rawValue: return .asOf
        case FigureEntry.Field.source.rawValue: return .source
        case FigureEntry.Field.published.rawValue: return .published
        case FigureEntry.Field.note.rawValue: return .note
        case FigureEntry.Field.quote.rawValue: return .quote
        default: return .value
        }
    }

    /// The problems of one field.
    public func problems(of field: EntryFormState.Field) -> [Problem] { problems.filter { $0.field == field } }

    /// A CSV-form number in the session's form, every decimal kept (`11360` → `11.360`, `64.1` → `64,1`).
    static func shown(_ csv: String, _ lang: Language) -> String {
        let decimals = csv.split(separator: ".").dropFirst().first?.count ?? 0
        return Double(csv).map { NumberFormat.format($0, lang: lang, maxDecimals: max(decimals, 0)) } ?? csv
    }

    /// A typed date as `YYYY-MM-DD`: `2025-06-10`, or the Vietnamese short form `10/6/2025`
    /// (also `10-6-2025`, `10.6.2025`). "" for nothing typed; nil for a text that is not a day.
    public static func date(_ typed: String) -> String? {
        let text = typed.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return "" }
        if let d = CalendarDate(text) { return d.description }
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]), parts[2].count == 4 else { return nil }
        let iso = String(format: "%04d-%02d-%02d", year, month, day)
        return CalendarDate(iso)?.description
    }

    /// An `http://` or `https://` address with a host and no spaces.
    static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lower.hasPrefix($0) }) else { return false }
        let rest = text.dropFirst(scheme.count)
        return !rest.isEmpty && !rest.hasPrefix("/") && !text.contains(where: \.isWhitespace)
    }
}
