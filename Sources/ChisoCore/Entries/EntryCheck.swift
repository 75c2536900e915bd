import Foundation

/// The checks an entry passes before it is saved: the loader's own row checks (the same code that
/// reads data files, so an entry that saves also loads), plus what an entry must have that a data
/// file may lack: a source URL and, when given, a valid published date.
public enum EntryCheck {
    /// The result of a check: the entry with names resolved to ids and the unit filled in, and every problem.
    public struct Result: Sendable {
        public var entry: FigureEntry
        public var problems: [EntryProblem]
        public var errors: [EntryProblem] { problems.filter { $0.severity == .error } }
        public var isValid: Bool { errors.isEmpty }
    }

    /// Checks a figure entry against `catalogue`.
    public static func check(_ entry: FigureEntry, catalogue: Catalogue) -> Result {
        var problems: [EntryProblem] = []
        var normalized = entry
        let fields = FigureEntry.Field.allCases.filter { $0 != .enteredBy && $0 != .enteredAt }
        if let period = Period(entry.period.trimmingCharacters(in: .whitespaces)),
           let unit = catalogue.resolveUnit(entry.province.trimmingCharacters(in: .whitespaces), period: period) {
            normalized.province = unit.id
        }
        normalized.basis = entry.basis.trimmingCharacters(in: .whitespaces).lowercased()
        if let indicator = catalogue.indicator(id: entry.indicator.trimmingCharacters(in: .whitespaces)) {
            normalized.indicator = indicator.id
            if entry.unit.trimmingCharacters(in: .whitespaces).isEmpty { normalized.unit = indicator.unit }
        }
        // The loader's checks, on the entry as one row; a field's column is its place in `fields`.
        // The loader stops a row at its first error; to name every problem, a field found wrong is
        // set to a value that passes (an empty as-of date, a value of 0, …) and the row checked again.
        var header = ObservationLoader.Header()
        header.width = fields.count
        for (i, field) in fields.enumerated() { header.col[field.rawValue] = i }
        var probe = normalized
        var seen: Set<EntryProblem> = []
        for _ in fields {
            let row = fields.enumerated().map { CSVField(value: probe[$1], line: 1, column: $0 + 1) }
            var state = ObservationLoader.FileState(file: "entry", fileID: 0)
            var buffer = ObservationBuffer()
            var found: [Diagnostic] = []
            ObservationLoader.checkRow(row, header: header, state: &state, catalogue: catalogue, into: &buffer, diagnostics: &found)
            var stopped: FigureEntry.Field?
            for d in found {
                let field = (1...fields.count).contains(d.column) ? fields[d.column - 1] : FigureEntry.Field.value
                // A published date the loader would only ignore is an error in an entry: the user is there to fix it.
                let severity: Diagnostic.Severity = field == .published ? .error : d.severity
                let problem = EntryProblem(field: field.rawValue, severity: severity, d.phrase, hint: d.hintPhrase)
                if seen.insert(problem).inserted { problems.append(problem) }
                if d.severity == .error { stopped = field }
            }
            guard let stopped, let passing = passingValue[stopped], probe[stopped] != passing else { break }
            probe[stopped] = passing
        }
        let source = entry.source.trimmingCharacters(in: .whitespaces)
        if source.isEmpty {
            problems.append(EntryProblem(field: "source", Phrase(.entryNoSource), hint: Phrase(.entryNoSourceHint)))
        } else if !isURL(source) {
            problems.append(EntryProblem(field: "source", Phrase(.entryNotAURL, "\(source)"), hint: Phrase(.entryNotAURLHint)))
        }
        return Result(entry: normalized, problems: problems)
    }

    /// What a field is set to, after the loader found it wrong, so that the fields after it are checked too.
    static let passingValue: [FigureEntry.Field: String] = [.value: "0", .asOf: "", .unit: "", .basis: "", .published: ""]

    /// True for an `http://` or `https://` address with a host.
    static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lower.hasPrefix($0) }) else { return false }
        let rest = text.dropFirst(scheme.count)
        return !rest.isEmpty && !rest.hasPrefix("/") && !text.contains(where: { $0.isWhitespace })
    }

    /// Checks an item change against `catalogue` (its items as loaded, with earlier changes applied).
    public static func check(_ change: ItemChange, catalogue: Catalogue) -> [EntryProblem] {
        var problems: [EntryProblem] = []
        func fail(_ field: ItemChange.Field, _ message: Phrase, hint: Phrase? = nil) {
            problems.append(EntryProblem(field: field.rawValue, message, hint: hint))
        }
        let province = catalogue.resolveUnit(change.province)
        if province == nil { fail(.province, change.province.isEmpty ? Phrase(.entryNoProvince) : Phrase(.diagUnknownProvince, "\(change.province)")) }
        if !catalogue.resolutions.contains(where: { $0.id == change.resolution }) {
            fail(.resolution, change.resolution.isEmpty ? Phrase(.entryNoResolution) : Phrase(.entryUnknownResolution, "\(change.resolution)"),
                 hint: Phrase(.entryResolutionHint))
        }
        let existing = province.flatMap { EntryRows.itemIndex(change, province: $0.id, in: catalogue) }
        let withdrawn = province.flatMap { EntryRows.withdrawnIndex(change, province: $0.id, in: catalogue) }
        let action = change.action
        if change.document.trimmingCharacters(in: .whitespaces).isEmpty {
            fail(.document, Phrase(.entryNoDocument), hint: Phrase(.entryDocumentHint))
        } else if action == .add, existing != nil {
            fail(.document, Phrase(.entryItemExists, "\(change.document)"), hint: Phrase(.entryItemExistsHint))
        } else if action != .add, action != .revert, existing == nil, withdrawn != nil {
            fail(.document, Phrase(.entryItemWithdrawn, "\(change.document)"), hint: Phrase(.entryItemWithdrawnHint))
        } else if action == .add, withdrawn != nil {
            fail(.document, Phrase(.entryItemWithdrawn, "\(change.document)"), hint: Phrase(.entryItemWithdrawnHint))
        } else if action != .add, existing == nil, withdrawn == nil, province != nil {
            fail(.document, Phrase(.entryNoItem, "\(change.document)", "\(change.resolution)", "\(change.province)"))
        }
        if [.add, .title, .revert].contains(action) && change.title.trimmingCharacters(in: .whitespaces).isEmpty { fail(.title, Phrase(.entryNoTitle)) }
        if [.add, .status, .revert].contains(action) {
            if ItemStatus(rawValue: change.status) == nil {
                fail(.status, change.status.isEmpty ? Phrase(.entryNoStatus) : Phrase(.diagUnknownStatus, "\(change.status)"),
                     hint: Phrase(.entryOneOf, "\(ItemStatus.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
        }
        if change.action == .due || !change.due.isEmpty {
            let due = change.due
            if !(Period(due).map { !$0.isQuarter } == true && due.count == 7) && CalendarDate(due) == nil {
                fail(.due, due.isEmpty ? Phrase(.entryNoDueDate) : Phrase(.diagBadDueDate, "\(due)"), hint: Phrase(.diagWriteMonthOrDay))
            }
        }
        if change.action == .note && change.note.trimmingCharacters(in: .whitespaces).isEmpty { fail(.note, Phrase(.entryNoNote)) }
        let source = change.source.trimmingCharacters(in: .whitespaces)
        if source.isEmpty {
            fail(.source, Phrase(.entryNoSource), hint: Phrase(.entryChangeSourceHint))
        } else if !isURL(source) {
            fail(.source, Phrase(.entryNotAURL, "\(source)"), hint: Phrase(.entryNotAURLHint))
        }
        if !change.published.isEmpty && CalendarDate(change.published) == nil {
            fail(.published, Phrase(.diagBadPublishedDate, "\(change.published)"), hint: Phrase(.diagWriteDay))
        }
        return problems
    }
}
