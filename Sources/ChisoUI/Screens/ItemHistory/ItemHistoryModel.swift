import ChisoCore

/// The states an implementation item has had, newest first: one line per change entered in the
/// journal (with the item as it left it), and, for an item of resolutions.yaml, the state the file
/// gives it at the bottom. For a whole document (`H` on the list of documents), the lines of all
/// its items for the unit, withdrawn ones included.
struct ItemHistoryModel {
    /// One state of an item.
    struct Line: Hashable {
        /// The change that made this state; nil for the state the resolutions file gives.
        let change: ItemChange?
        /// The item in this state; nil when the change withdrew it.
        let state: ImplementationItem?
        /// The item's Vietnamese document name.
        let document: String
        /// The item's title in this state, in both languages (for a withdrawal: the title it had).
        let title: Bilingual
        /// True for the item's present state (its newest line).
        let isCurrent: Bool
    }

    /// The item (present or withdrawn); nil for a whole document's history.
    let item: ImplementationItem?
    let lines: [Line]

    /// The lines that come from the journal (an item nobody changed has none).
    var changes: [Line] { lines.filter { $0.change != nil } }

    init(_ history: ItemHistoryState, _ data: DashboardData) {
        let catalogue = data.catalogue
        let sameItem = { (a: ImplementationItem) in a.province == history.province && a.resolution == history.resolution }
        if let document = history.document {
            item = catalogue.items.first { sameItem($0) && $0.document.vi == document }
                ?? catalogue.withdrawnItems.map(\.item).first { sameItem($0) && $0.document.vi == document }
        } else {
            item = nil
        }
        let applied = catalogue.itemChanges.compactMap { a -> (AppliedItemChange, String)? in
            guard let subject = a.after ?? a.before, sameItem(subject) else { return nil }
            if let document = history.document, subject.document.vi != document { return nil }
            return (a, subject.document.vi)
        }
        var lines: [Line] = []
        var seen: Set<String> = []
        for (a, document) in applied.reversed() {
            lines.append(Line(change: a.change, state: a.after, document: document, title: (a.after ?? a.before)?.title ?? .empty,
                              isCurrent: seen.insert(document).inserted))
        }
        // The state each item had before its first change: the resolutions file's (none for an item added).
        var based: Set<String> = []
        for (a, document) in applied where based.insert(document).inserted {
            if let before = a.before {
                lines.append(Line(change: nil, state: before, document: document, title: before.title, isCurrent: false))
            }
        }
        self.lines = lines
    }

    /// What a change set, in the session's words: the title of a new item, a status, a due date, a
    /// note, a title, a lead unit; for a revert, the status and title taken back.
    static func what(_ change: ItemChange, _ lang: Language) -> String {
        let status = ItemStatus(rawValue: change.status).map { Words.status($0, lang) } ?? change.status
        switch change.action {
        case .add, .title: return change.title
        case .status: return status
        case .due: return Words.shortDate(change.due, lang)
        case .note: return change.note
        case .lead: return change.lead.isEmpty ? "—" : change.lead
        case .withdraw: return ""
        case .revert: return status + " · " + change.title
        }
    }

    /// The record that makes `line`'s state the item's state again: a revert with that state and the
    /// source it had (or a withdrawal again, for a line that withdrew the item). Never an edit.
    static func takeBack(_ line: Line, province: String, resolution: String) -> ItemChange {
        guard let state = line.state else {
            let old = line.change
            return ItemChange(action: .withdraw, province: province, resolution: resolution, document: line.document,
                              source: old?.source ?? "", quote: old?.quote ?? "", published: old?.published ?? "")
        }
        return ItemChange(action: .revert, province: province, resolution: resolution, document: line.document,
                          title: state.title.vi, lead: state.lead.vi, status: state.status.rawValue, due: state.due ?? "",
                          note: state.note.vi, source: state.source.citation, quote: state.source.quote,
                          published: state.statusDate ?? state.source.published ?? "")
    }
}
