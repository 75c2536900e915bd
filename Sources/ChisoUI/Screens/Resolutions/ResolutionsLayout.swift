import ChisoCore

/// Where the Resolutions screen draws: the list of documents, the document's box, its
/// implementation items (table and the selected item's footer) and the indicators it is
/// tracked by. The tracked box is as tall as the selected document needs, so the items table
/// is measured for that document.
public struct ResolutionsLayout: Hashable, Sendable {
    /// The list's box and its rows.
    public var list: Rect
    public var listRows: ListWindow
    /// The document's box and the text area inside it.
    public var info: Rect
    public var infoInner: Rect
    /// The items' box, the area inside it, and the rows of the items table.
    public var items: Rect
    public var itemsInner: Rect
    public var itemRows: ListWindow
    /// The selected item's title and source lines under the table (empty when there is no room).
    public var footer: Rect
    /// The tracked indicators' box and the area inside it.
    public var tracked: Rect
    public var trackedInner: Rect
    /// The open item's box (the whole right column) and the text area inside it; nil when no item is open.
    public var item: Rect?
    public var itemInner: Rect?

    init(_ body: Rect, _ state: AppState, _ data: DashboardData) {
        let current = ResolutionsLayout.selected(state, data)
        let listWidth = body.width >= 120 ? 30 : 22
        let cols = body.columns([.fixed(listWidth), .fill(1)])
        let infoRows = body.height >= 30 ? 6 : 4
        let trackedRows = min(max(3, (current?.trackedBy.count ?? 0) + 2), max(3, (body.height - infoRows) / 2))
        let right = cols[1].rows([.fixed(infoRows), .fill(1), .fixed(trackedRows)])
        list = cols[0]
        info = right[0]
        items = right[1]
        tracked = right[2]
        infoInner = Block().inner(info).inset(left: 1, right: 1)
        trackedInner = Block().inner(tracked).inset(left: 1, right: 1)
        let docs = data.resolutions
        listRows = ListWindow(rows: Block().inner(list), count: docs.count, selected: current.flatMap { c in docs.firstIndex { $0.id == c.id } },
                              offset: state.resolutionList.offset)
        itemsInner = Block().inner(items).inset(left: 1, right: 1)
        let footerRows = itemsInner.height >= 5 ? 2 : 0
        footer = itemsInner.bottom(footerRows)
        let count = data.catalogue.items(for: state.province, resolution: current?.id).count
        itemRows = ListWindow(rows: itemsInner.dropBottom(footerRows).dropTop(1), count: count,
                              selected: min(max(0, state.items.selected), max(0, count - 1)), offset: state.items.offset)
        if state.itemOpen && state.focus == .items && count > 0 {
            item = cols[1]
            itemInner = Block().inner(cols[1]).inset(left: 1, right: 1)
        }
    }

    /// The document shown: the state's, else the first.
    public static func selected(_ state: AppState, _ data: DashboardData) -> Resolution? {
        data.resolution(state.resolution) ?? data.resolutions.first
    }
}
