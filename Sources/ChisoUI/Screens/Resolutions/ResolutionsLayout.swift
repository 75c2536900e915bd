import ChisoCore

/// Where the Resolutions screen draws: the list of documents, the document's box, its
/// implementation items (table and the selected item's footer) and the indicators it is
/// tracked by. The tracked box is as tall as the selected document needs, so the items table
/// is measured for that document.
public struct ResolutionsLayout: Hashable, Sendable {
    /// The list's box, its heading row (document · items) and its rows.
    public var list: Rect
    public var listHeading: Rect
    public var listRows: ListWindow
    /// The lines of each document's name, wrapped to the name column when the whole list fits wrapped;
    /// one line each (cut with …) when it does not, and the list scrolls.
    public var listNames: [[String]]
    /// The widths of the name and count columns (the pointer's two cells come before the name).
    public var listNameWidth: Int
    public var listCountWidth: Int
    /// The document's box and the text area inside it.
    public var info: Rect
    public var infoInner: Rect
    /// The items' box, the area inside it, and the rows of the items table.
    public var items: Rect
    public var itemsInner: Rect
    /// The items: `first` is the first item shown (an item takes `itemHeights` lines), `itemEnd` one past the last.
    public var itemRows: ListWindow
    public var itemHeights: [Int]
    public var itemEnd: Int
    /// The selected item's title and source lines under the items (empty unless both fit whole).
    public var footer: Rect
    /// The tracked indicators' box and the area inside it.
    public var tracked: Rect
    public var trackedInner: Rect
    /// The open item's box (the whole right column) and the text area inside it; nil when no item is open.
    public var item: Rect?
    public var itemInner: Rect?
    /// The open item's lines: which are shown (it scrolls when longer than the box).
    public var itemText: ListWindow?

    init(_ body: Rect, _ state: AppState, _ data: DashboardData) {
        let current = ResolutionsLayout.selected(state, data)
        let docs = data.resolutions
        let lang = state.language
        // The list is as wide as its longest name when the screen has room (a quarter of it; at 80
        // columns two cells more than before), and names longer than that wrap under themselves.
        let countWidth = ResolutionsLayout.countWidth(lang, docs: docs, data: data, unit: state.province)
        let names = docs.map { $0.shortName(lang) }
        let frame = 2 + 2 + 1 + countWidth  // borders, pointer, gap, count
        let base = body.width >= 120 ? 30 : 22
        let listWidth = max(base, min(frame + (names.map(DisplayWidth.of).max() ?? 0), body.width >= 120 ? body.width / 4 : base + 2))
        let cols = body.columns([.fixed(listWidth), .fill(1)])
        // The document's box: its whole title and the line under it, up to 8 rows.
        let titleLines = current.map { TextWrap.lines(ResolutionsModel.titleText($0, lang), width: max(1, body.width - listWidth - 4)).count } ?? 1
        let infoRows = min(max(body.height >= 30 ? 6 : 4, titleLines + 3), 8)
        // The tracked box holds every tracked indicator on as many lines as its figures need
        // (`TrackedRows`), leaving the items' box its heading and two lines.
        var trackedLines = current?.trackedBy.count ?? 0
        if let current {
            var ctx = RenderContext(state: state, data: data)
            let indicators = ResolutionsModel.trackedIndicators(&ctx, current)
            trackedLines = TrackedRows(indicators, width: max(1, body.width - listWidth - 4)).lineCount
        }
        let trackedRows = min(max(3, trackedLines + 2), max(3, body.height - infoRows - 5))
        let right = cols[1].rows([.fixed(infoRows), .fill(1), .fixed(trackedRows)])
        list = cols[0]
        info = right[0]
        items = right[1]
        tracked = right[2]
        infoInner = Block().inner(info).inset(left: 1, right: 1)
        trackedInner = Block().inner(tracked).inset(left: 1, right: 1)
        let listInner = Block().inner(list)
        listHeading = listInner.top(1)
        listCountWidth = countWidth
        let nameWidth = max(1, listWidth - frame)
        listNameWidth = nameWidth
        let rowArea = listInner.dropTop(1)
        let wrapped = names.map { TextWrap.lines($0, width: nameWidth) }
        let fitsWrapped = wrapped.reduce(0) { $0 + max(1, $1.count) } <= rowArea.height
        listNames = fitsWrapped ? wrapped.map { $0.isEmpty ? [""] : $0 } : names.map { [$0] }
        listRows = ListWindow(rows: rowArea, count: docs.count, selected: current.flatMap { c in docs.firstIndex { $0.id == c.id } },
                              offset: fitsWrapped ? 0 : state.resolutionList.offset)
        itemsInner = Block().inner(items).inset(left: 1, right: 1)
        let listed = data.catalogue.items(for: state.province, resolution: current?.id)
        let count = listed.count
        // Every item whole, on as many lines as it needs; the selected item's title and source under
        // the items only when they fit whole too (Enter opens the item either way).
        let heights = ItemRows(listed, month: state.month, lang: lang, width: itemsInner.width).heights
        itemHeights = heights
        var footerRows = 0
        if !listed.isEmpty {
            let selected = listed[min(max(0, state.items.selected), count - 1)]
            let footerLines = TextWrap.lines(selected.title.text(lang), width: itemsInner.width).count
                + TextWrap.lines(ResolutionsModel.sourceLine(selected, lang), width: itemsInner.width).count
            if itemsInner.height - 1 - heights.reduce(0, +) >= footerLines { footerRows = footerLines }
        }
        footer = itemsInner.bottom(footerRows)
        var window = ListWindow(rows: itemsInner.dropBottom(footerRows).dropTop(1), count: count,
                                selected: min(max(0, state.items.selected), max(0, count - 1)), offset: state.items.offset)
        window.first = ItemRows.first(heights: heights, selected: window.selected, offset: state.items.offset, lines: window.rows.height)
        itemRows = window
        itemEnd = ItemRows.end(heights: heights, first: window.first, lines: window.rows.height)
        if state.itemOpen && state.focus == .items && count > 0 {
            item = cols[1]
            let inner = Block().inner(cols[1]).inset(left: 1, right: 1)
            itemInner = inner
            let open = listed[min(max(0, state.items.selected), count - 1)]
            let lines = ItemViewModel(open, RenderContext(state: state, data: data), width: inner.width).lines.count
            itemText = ListWindow(rows: inner, count: lines, offset: state.textScroll)
        }
    }

    /// The document whose lines include screen line `y`, nil outside the rows.
    public func document(atY y: Int) -> Int? {
        guard y >= listRows.rows.y, y < listRows.rows.maxY else { return nil }
        var top = listRows.rows.y
        for i in listRows.first..<listRows.count {
            let height = listNames.indices.contains(i) ? listNames[i].count : 1
            if y < top + height { return i }
            top += height
        }
        return nil
    }

    /// The count column: as wide as its heading ("việc" / "items") or the largest count.
    static func countWidth(_ lang: Language, docs: [Resolution], data: DashboardData, unit: String) -> Int {
        let largest = docs.map { data.catalogue.items(for: unit, resolution: $0.id).count }.max() ?? 0
        return max(DisplayWidth.of(Glossary.text(.resolutionsItemsCount, lang)), String(largest).count)
    }

    /// The document shown: the state's, else the first.
    public static func selected(_ state: AppState, _ data: DashboardData) -> Resolution? {
        data.resolution(state.resolution) ?? data.resolutions.first
    }
}
