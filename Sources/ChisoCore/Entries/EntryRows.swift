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

    /// Applies item changes to `catalogue.items` in order; a change that does not apply (its item is
    /// gone, a bad status) is reported at its journal line and skipped, as a warning (`skipped(_:)`).
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
            catalogue.itemChanges.append(change)
            let stated = change.published.isEmpty ? String(change.enteredAt.prefix(10)) : change.published
            let source = Source(citation: change.source, quote: change.quote, published: change.published.isEmpty ? nil : change.published,
                                file: change.origin?.file ?? "", line: change.origin?.line ?? 0,
                                enteredBy: change.enteredBy, enteredAt: change.enteredAt)
            if change.action == .add {
                let text = { (s: String) in Bilingual(vi: s, en: s) }
                catalogue.items.append(ImplementationItem(
                    province: province.id, resolution: change.resolution, document: text(change.document), title: text(change.title),
                    lead: text(change.lead), due: change.due.isEmpty ? nil : change.due, status: ItemStatus(rawValue: change.status) ?? .planned,
                    statusDate: stated, note: text(change.note), source: source))
                continue
            }
            guard let index = itemIndex(change, province: province.id, in: catalogue) else { continue }
            let old = catalogue.items[index]
            let status = change.action == .status ? (ItemStatus(rawValue: change.status) ?? old.status) : old.status
            let due = change.action == .due ? change.due : old.due
            let note = change.action == .note ? Bilingual(vi: change.note, en: change.note) : old.note
            catalogue.items[index] = ImplementationItem(
                province: old.province, resolution: old.resolution, document: old.document, title: old.title, lead: old.lead, due: due,
                status: status, statusDate: change.action == .status ? stated : old.statusDate, note: note, source: source,
                sourceLanguage: old.sourceLanguage)
        }
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
        let name = change.document.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
        return catalogue.items.firstIndex {
            $0.province == province && $0.resolution == change.resolution && ($0.document.vi == name || $0.document.en == name)
        }
    }
}
