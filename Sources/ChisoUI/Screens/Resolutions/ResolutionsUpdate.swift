import ChisoCore

/// What keys and clicks do on the Resolutions screen: move through the documents or the
/// selected document's implementation items, open an item (Enter), then the indicator the
/// document is tracked by (Enter again).
enum ResolutionsUpdate {
    /// The effects when the action means something here, nil when it goes to the global update.
    static func update(_ state: inout AppState, _ action: Action, _ data: DashboardData) -> [Effect]? {
        let layout = state.layout.resolutions
        // An open item longer than its box: the moving keys scroll it.
        if state.itemOpen, let text = layout?.itemText, text.count > text.visible, let delta = ListMove.delta(action, page: text.page) {
            state.textScroll += delta
            return []
        }
        let rows = (state.focus == .items ? layout?.itemRows : layout?.listRows) ?? ListWindow()
        // Items take several lines each: a page is the items shown, less one.
        let page = state.focus == .items ? max(1, (layout?.itemEnd ?? 1) - rows.first - 1) : rows.page
        if let delta = ListMove.delta(action, page: page) {
            move(&state, delta, data)
            return []
        }
        switch action {
        case .focusNext, .focusPrevious:
            state.focus = state.focus == .items ? .list : .items
            state.itemOpen = false
        case .drillDown: drillDown(&state, data)
        case .back:
            guard state.focus == .items else { return nil }
            if state.itemOpen { state.itemOpen = false } else { state.focus = .list }
        case .click(let x, let y): click(&state, x: x, y: y, data)
        default: return nil
        }
        return []
    }

    /// Moves the item cursor, or the selected document (which starts its items from the top).
    static func move(_ state: inout AppState, _ delta: Int, _ data: DashboardData) {
        if state.focus == .items {
            let count = data.catalogue.items(for: state.province, resolution: ResolutionsLayout.selected(state, data)?.id).count
            state.items.selected = Reducer.clampIndex(state.items.selected + delta, count)
            state.textScroll = 0
        } else {
            let docs = data.resolutions
            let current = docs.firstIndex { $0.id == state.resolution } ?? 0
            let next = Reducer.clampIndex(current + delta, docs.count)
            if docs.indices.contains(next) { state.resolution = docs[next].id }
            state.resolutionList.selected = next
            state.items = Cursor()
            state.itemOpen = false
        }
    }

    /// Enter: from the list into the items; on an item, opens it; in an open item, the
    /// document's first tracked indicator in Detail.
    static func drillDown(_ state: inout AppState, _ data: DashboardData) {
        if state.focus == .list {
            state.focus = .items
            state.items = Cursor()
            state.itemOpen = false
        } else if !state.itemOpen {
            let count = data.catalogue.items(for: state.province, resolution: ResolutionsLayout.selected(state, data)?.id).count
            state.itemOpen = count > 0
            state.textScroll = 0
        } else if let res = ResolutionsLayout.selected(state, data), let first = res.trackedBy.first {
            state.indicator = first
            Navigation.go(&state, to: .detail, data)
        }
    }

    /// A click on the list selects a document.
    static func click(_ state: inout AppState, x: Int, y: Int, _ data: DashboardData) {
        guard let layout = state.layout.resolutions, !state.layout.isTooSmall, layout.list.contains(x: x, y: y),
              let row = layout.document(atY: y), data.resolutions.indices.contains(row) else { return }
        state.focus = .list
        state.resolution = data.resolutions[row].id
        state.resolutionList.selected = row
        state.items = Cursor()
        state.itemOpen = false
    }
}
