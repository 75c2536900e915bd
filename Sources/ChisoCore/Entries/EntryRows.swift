import Foundation

/// Puts a store's records into a load: figures become rows after the data files' (each with its
/// journal, line, `entered_by` and `entered_at`, through the loader's own row checks), and item
/// changes are applied, in the order saved, to the catalogue's implementation items.
public enum EntryRows {
    /// Appends the figures of `log` to `buffer`. A record that fails the loader's checks is reported
    /// at its journal line, column and field and skipped, as a bad row of a data file is, but as a
    /// warning (`skipped(_:)`): one bad record in a shared journal must not make the whole load one
    /// with errors, which a dashboard refuses to reload (Docs/entries.md, "A bad record").
    public static func append(_ figures: [FigureEntry], catalogue: Catalogue, into buffer: inout ObservationBuffer,
                              diagnostics: inout [Diagnostic]) {
        let fields = FigureEntry.Field.allCases
        var header = ObservationLoader.Header()
        header.width = fields.count
        for (i, field) in fields.enumerated() { header.col[field.rawValue] = i }
        var states: [String: ObservationLoader.FileState] = [:]
        var order: [String] = []
        for entry in figures {
            let file = entry.origin?.file ?? "(entries)"
            if states[file] == nil {
                states[file] = ObservationLoader.FileState(file: file, fileID: buffer.fileID(file))
                order.append(file)
            }
            // Columns as the journal line has them (chiso wrote it with the same encoder).
            var column = 1
            var row: [CSVField] = []
            for field in fields {
                let text = entry[field]
                row.append(CSVField(value: text, line: entry.origin?.line ?? 0, column: column))
                // Columns count Unicode scalars, as CSVReader does.
                column += JournalFormat.field(text).unicodeScalars.count + 1
            }
            var found: [Diagnostic] = []
            ObservationLoader.processRow(row, header: header, state: &states[file, default: ObservationLoader.FileState(file: file, fileID: 0)],
                                         catalogue: catalogue, into: &buffer, diagnostics: &found)
            diagnostics += found.map(skipped)
        }
        for file in order {
            guard let state = states[file] else { continue }
            var found: [Diagnostic] = []
            ObservationLoader.finish(state, diagnostics: &found)
            diagnostics += found.map(skipped)
        }
    }

    /// A journal record's error as a warning that says the record is skipped and the others are
    /// used (after the loader's own hint, which says what was wrong with the field). An entry is one
    /// person's typing among many: its problem is theirs to enter again, not the whole folder's.
    public static func skipped(_ diagnostic: Diagnostic) -> Diagnostic {
        guard diagnostic.severity == .error else { return diagnostic }
        let hint = diagnostic.hintPhrase.map { Phrase(.entryRecordSkippedAfter, .phrase($0)) } ?? Phrase(.entryRecordSkipped)
        return Diagnostic(file: diagnostic.file, line: diagnostic.line, column: diagnostic.column, severity: .warning,
                          diagnostic.phrase, hint: hint)
    }

    /// Applies item changes to `catalogue.items` in order, noting each in `catalogue.itemChanges`
    /// with the item before and after it; a withdrawn item moves to `catalogue.withdrawnItems` (a
    /// revert brings it back to its place). A change that does not apply (its item is gone, a bad
    /// status) is reported at its journal line and skipped, as a warning (`skipped(_:)`).
    public static func apply(_ changes: [ItemChange], to catalogue: inout Catalogue, diagnostics: inout [Diagnostic]) {
        for change in changes {
            let problems = EntryCheck.check(change, catalogue: catalogue)
            if let first = problems.first {
                diagnostics.append(skipped(Diagnostic(file: change.origin?.file ?? "(entries)", line: change.origin?.line ?? 0,
                                                      column: column(of: first.field, in: change), severity: .error,
                                                      Phrase(.entryItemChangeSkipped, "\(first.field)", .phrase(first.phrase)), hint: first.hintPhrase)))
                continue
            }
            guard let province = catalogue.resolveUnit(change.province) else { continue }
            let stated = change.published.isEmpty ? String(change.enteredAt.prefix(10)) : change.published
            let source = Source(citation: change.source, quote: change.quote, published: change.published.isEmpty ? nil : change.published,
                                file: change.origin?.file ?? "", line: change.origin?.line ?? 0,
                                enteredBy: change.enteredBy, enteredAt: change.enteredAt)
            let index = itemIndex(change, province: province.id, in: catalogue)
            switch change.action {
            case .add:
                let text = { (s: String) in Bilingual(vi: s, en: s) }
                let item = ImplementationItem(
                    province: province.id, resolution: change.resolution, document: text(change.document), title: text(change.title),
                    lead: text(change.lead), due: change.due.isEmpty ? nil : change.due, status: ItemStatus(rawValue: change.status) ?? .planned,
                    statusDate: stated, note: text(change.note), source: source)
                catalogue.items.append(item)
                catalogue.itemChanges.append(AppliedItemChange(change: change, before: nil, after: item))
            case .withdraw:
                guard let index else { continue }
                let old = catalogue.items.remove(at: index)
                catalogue.withdrawnItems.append(WithdrawnItem(item: old, position: index))
                catalogue.itemChanges.append(AppliedItemChange(change: change, before: old, after: nil))
            case .revert where index == nil:
                guard let w = withdrawnIndex(change, province: province.id, in: catalogue) else { continue }
                let withdrawn = catalogue.withdrawnItems.remove(at: w)
                let item = changed(withdrawn.item, by: change, stated: stated, source: source, catalogue: catalogue)
                catalogue.items.insert(item, at: min(withdrawn.position, catalogue.items.count))
                catalogue.itemChanges.append(AppliedItemChange(change: change, before: nil, after: item))
            default:
                guard let index else { continue }
                let old = catalogue.items[index]
                let item = changed(old, by: change, stated: stated, source: source, catalogue: catalogue)
                catalogue.items[index] = item
                catalogue.itemChanges.append(AppliedItemChange(change: change, before: old, after: item))
            }
        }
    }

    /// `old` with what `change` sets (a status, due date, note, title, lead unit, or a whole state),
    /// `source` as its source. A text a revert takes back keeps both languages when the item had it
    /// before in that form (a bundled item's title comes back with its English).
    static func changed(_ old: ImplementationItem, by change: ItemChange, stated: String, source: Source, catalogue: Catalogue) -> ImplementationItem {
        let a = change.action
        let text = { (s: String) in a == .revert ? earlierText(s, of: old, in: catalogue) : Bilingual(vi: s, en: s) }
        let status = a == .status || a == .revert ? (ItemStatus(rawValue: change.status) ?? old.status) : old.status
        let due = a == .due || a == .revert ? (change.due.isEmpty ? nil : change.due) : old.due
        return ImplementationItem(
            province: old.province, resolution: old.resolution, document: old.document,
            title: a == .title || a == .revert ? text(change.title) : old.title,
            lead: a == .lead || a == .revert ? text(change.lead) : old.lead, due: due, status: status,
            statusDate: a == .status || a == .revert ? stated : old.statusDate,
            note: a == .note || a == .revert ? text(change.note) : old.note, source: source, sourceLanguage: old.sourceLanguage)
    }

    /// A text the item had before (its title, lead or note, in either language) with both its
    /// languages; else the text as typed, in both.
    static func earlierText(_ text: String, of item: ImplementationItem, in catalogue: Catalogue) -> Bilingual {
        var states = [item]
        for applied in catalogue.itemChanges {
            for state in [applied.before, applied.after] {
                if let state, state.province == item.province, state.resolution == item.resolution, state.document == item.document {
                    states.append(state)
                }
            }
        }
        for state in states {
            for known in [state.title, state.lead, state.note] where known.vi == text || known.en == text { return known }
        }
        return Bilingual(vi: text, en: text)
    }

    /// The column (in Unicode scalars, as CSVReader counts) where `field` starts on the journal line
    /// of `change`, so a message points at the wrong field, not at the line's start.
    static func column(of field: String, in change: ItemChange) -> Int {
        var column = 1
        for f in ItemChange.Field.allCases {
            if f.rawValue == field { return column }
            column += JournalFormat.field(change[f]).unicodeScalars.count + 1
        }
        return 1
    }

    /// The index of the item a change names: same province and resolution, and a document name
    /// equal (after folding case and diacritics' forms) to its Vietnamese or English document.
    static func itemIndex(_ change: ItemChange, province: String, in catalogue: Catalogue) -> Int? {
        catalogue.items.firstIndex { names(change, province: province, $0) }
    }

    /// The index among `catalogue.withdrawnItems` of the withdrawn item a change names.
    static func withdrawnIndex(_ change: ItemChange, province: String, in catalogue: Catalogue) -> Int? {
        catalogue.withdrawnItems.firstIndex { names(change, province: province, $0.item) }
    }

    /// The item a change names, present or withdrawn.
    public static func namedItem(_ change: ItemChange, in catalogue: Catalogue) -> ImplementationItem? {
        guard let province = catalogue.resolveUnit(change.province)?.id else { return nil }
        if let index = itemIndex(change, province: province, in: catalogue) { return catalogue.items[index] }
        return withdrawnIndex(change, province: province, in: catalogue).map { catalogue.withdrawnItems[$0].item }
    }

    /// Whether `change` names `item` (its province, resolution and document name).
    static func names(_ change: ItemChange, province: String, _ item: ImplementationItem) -> Bool {
        let name = change.document.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
        return item.province == province && item.resolution == change.resolution && (item.document.vi == name || item.document.en == name)
    }
}
