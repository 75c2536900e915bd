import ChisoCore

/// Where the Overview draws: the province list (its filter line and its rows) and one box per
/// headline panel.
public struct OverviewLayout: Hashable, Sendable {
    /// The province list's box.
    public var list: Rect
    /// The line under the list's title: the search prompt or its hint.
    public var filterLine: Rect
    /// The rows of the list: the province tree, or the search results while typing.
    public var rows: ListWindow
    /// True when the rows are search results, not the tree.
    public var isFiltering: Bool
    /// Each panel's box, in panel order.
    public var panels: [Rect]
    /// The box of the quarterly line (GRDP growth) above the panels: one line of figures and
    /// targets under 30 rows of body (the source follows when it fits), two lines from 30 rows.
    /// Empty without a quarterly panel or under 16 rows.
    public var quarterly: Rect = Rect(x: 0, y: 0, width: 0, height: 0)

    /// The width of the province list at a body width.
    static func listWidth(_ bodyWidth: Int) -> Int {
        bodyWidth >= 150 ? 28 : (bodyWidth >= 110 ? 24 : (bodyWidth >= 90 ? 20 : 17))
    }

    init(_ body: Rect, _ state: AppState, _ data: DashboardData) {
        let cols = body.columns([.fixed(OverviewLayout.listWidth(body.width)), .fill(1)])
        list = cols[0]
        let panelCount = data.panels.count
        let count = max(1, panelCount)
        let perRow = count == 1 ? 1 : 2
        let rowsCount = (count + perRow - 1) / perRow
        var boxes: [Rect] = []
        var panelArea = cols[1]
        if !data.quarterlyPanels.isEmpty, panelArea.height >= 16 {
            let h = panelArea.height >= 30 ? 5 : 3
            quarterly = panelArea.top(h)
            panelArea = panelArea.dropTop(h)
        }
        for r in panelArea.rows(Array(repeating: .fill(1), count: rowsCount)) {
            for c in r.columns(Array(repeating: .fill(1), count: perRow)) where boxes.count < panelCount { boxes.append(c) }
        }
        panels = boxes
        let inner = Block().inner(list)
        filterLine = inner.row(0)
        let rowArea = inner.dropTop(1)
        if let search = OverviewLayout.filter(state) {
            isFiltering = true
            let ids = OverviewLayout.filteredIDs(search)
            let current = search.matches.indices.contains(search.index) ? search.matches[search.index] : nil
            let selected = current.flatMap { c in c.kind == .province || c.kind == .commune ? ids.firstIndex(of: c.id) : nil }
            rows = ListWindow(rows: rowArea, count: ids.count, selected: selected, offset: 0)
        } else {
            isFiltering = false
            let tree = UnitTree(state, data)
            rows = ListWindow(rows: rowArea, count: tree.count, selected: tree.index(of: state.province), offset: state.provinceList.offset)
        }
    }

    /// The search being typed, when it filters the list.
    static func filter(_ state: AppState) -> SearchState? {
        guard let search = state.search, search.editing, !search.query.isEmpty else { return nil }
        return search
    }

    /// The units among the search results, in result order.
    static func filteredIDs(_ search: SearchState) -> [String] {
        search.matches.filter { $0.kind == .province || $0.kind == .commune }.map(\.id)
    }
}
