import ChisoCore

/// `H` on the Resolutions screen: on an item, every state it has had (each change entered, newest
/// first, and the resolutions file's); on the list of documents, those of all the document's items
/// for the unit, withdrawn ones included. ↑ ↓ choose; Enter takes the chosen state back (a new
/// record in the item journal: a revert, never an edit); Esc or `H` closes.
enum ItemHistoryUpdate {
    /// The effects when the item history took the action, nil when the action goes on.
    static func update(_ state: inout AppState, _ action: Action, _ data: DashboardData) -> [Effect]? {
        if case .showHistory = action, state.itemHistory == nil, state.screen == .resolutions {
            open(&state, data)
            return []
        }
        guard var history = state.itemHistory else { return nil }
        let model = ItemHistoryModel(history, data)
        switch action {
        case .up: history.selected = max(0, history.selected - 1)
        case .down: history.selected = min(max(0, model.lines.count - 1), history.selected + 1)
        case .showHistory, .back:
            state.itemHistory = nil
            return []
        case .drillDown:
            return takeBack(&state, history, model, data)
        case .resize, .setMessage, .reloadFailed, .dataReloaded, .redraw, .quit, .reload, .meeting, .itemChangeSaved, .entrySaveFailed: return nil
        default: break
        }
        state.itemHistory = history
        return []
    }

    /// Opens the history of the item under the cursor (the items focused), else of the selected document's items.
    static func open(_ state: inout AppState, _ data: DashboardData) {
        guard let resolution = ResolutionsLayout.selected(state, data) else {
            state.message = state.tr(.itemFormNoResolution)
            return
        }
        var history = ItemHistoryState(province: state.province, resolution: resolution.id, document: nil)
        if state.focus == .items {
            let items = data.catalogue.items(for: state.province, resolution: resolution.id)
            guard items.indices.contains(state.items.selected) else { return }
            history.document = items[state.items.selected].document.vi
        }
        if ItemHistoryModel(history, data).changes.isEmpty {
            state.message = state.tr(history.document == nil ? .itemHistoryNoneForDocument : .itemHistoryNone)
        } else {
            state.itemHistory = history
        }
    }

    /// Enter on a line: its state saved again as a new record, checked as `chiso entry item` checks one.
    static func takeBack(_ state: inout AppState, _ history: ItemHistoryState, _ model: ItemHistoryModel, _ data: DashboardData) -> [Effect] {
        guard model.lines.indices.contains(history.selected) else { return [] }
        let line = model.lines[history.selected]
        if line.isCurrent {
            state.message = state.tr(.itemHistoryAlreadyCurrent)
            return []
        }
        guard state.entryAvailability.isWritable else {
            state.message = state.tr(.formReadOnly)
            return []
        }
        let change = ItemHistoryModel.takeBack(line, province: history.province, resolution: history.resolution)
        if let problem = EntryCheck.check(change, catalogue: data.catalogue).first {
            state.message = problem.phrase.text(state.language) + (problem.hintPhrase.map { " (" + $0.text(state.language) + ")" } ?? "")
            return []
        }
        state.itemHistory = nil
        return [.saveItemChange(change)]
    }
}
