import ChisoCore

/// An item's changes from the entries journal, newest first (the item as resolutions.yaml gives it
/// is where they start).
struct ItemHistoryModel {
    let item: ImplementationItem?
    let changes: [ItemChange]

    init(_ history: ItemHistoryState, _ data: DashboardData) {
        let item = data.catalogue.items(for: history.province, resolution: history.resolution).first { $0.document.vi == history.document }
        self.item = item
        let names = [history.document, item?.document.en].compactMap { $0 }
        changes = data.catalogue.itemChanges.filter {
            $0.province == history.province && $0.resolution == history.resolution
                && names.contains($0.document.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping)
        }.reversed()
    }

    /// What a change set, in the session's words: the title of a new item, a status, a due date, a note.
    static func what(_ change: ItemChange, _ lang: Language) -> String {
        switch change.action {
        case .add: change.title
        case .status: ItemStatus(rawValue: change.status).map { Words.status($0, lang) } ?? change.status
        case .due: Words.shortDate(change.due, lang)
        case .note: change.note
        }
    }
}
