import ChisoCore

/// `H` on an item of the Resolutions screen: every change entered for it, newest first, with who,
/// when and the source; ↑ ↓ choose, Esc or `H` closes.
enum ItemHistoryUpdate {
    /// The effects when the item history took the action, nil when the action goes on.
    static func update(_ state: inout AppState, _ action: Action, _ data: DashboardData) -> [Effect]? {
        if case .showHistory = action, state.itemHistory == nil, state.screen == .resolutions, state.focus == .items {
            let items = data.catalogue.items(for: state.province, resolution: ResolutionsLayout.selected(state, data)?.id)
            guard items.indices.contains(state.items.selected) else { return nil }
            let item = items[state.items.selected]
            let history = ItemHistoryState(province: item.province, resolution: item.resolution, document: item.document.vi)
            if ItemHistoryModel(history, data).changes.isEmpty {
                state.message = state.tr(.itemHistoryNone)
            } else {
                state.itemHistory = history
            }
            return []
        }
        guard var history = state.itemHistory else { return nil }
        let count = ItemHistoryModel(history, data).changes.count
        switch action {
        case .up: history.selected = max(0, history.selected - 1)
        case .down: history.selected = min(max(0, count - 1), history.selected + 1)
        case .showHistory, .back:
            state.itemHistory = nil
            return []
        case .resize, .setMessage, .reloadFailed, .dataReloaded, .redraw, .quit, .reload, .meeting: return nil
        default: break
        }
        state.itemHistory = history
        return []
    }
}
