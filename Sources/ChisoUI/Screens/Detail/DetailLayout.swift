import ChisoCore

/// Where the Detail screen draws: title line, chart, the table of months, the sources box.
public struct DetailLayout: Hashable, Sendable {
    public var title: Rect
    public var chart: Rect
    /// The table's box.
    public var table: Rect
    /// Inside the table's box: the header row and the rows.
    public var tableInner: Rect
    /// The months listed (the quarters, for a quarterly indicator).
    public var rows: ListWindow
    public var sources: Rect
    /// The open provenance (Enter): its box over the table and the sources, and its lines' window; nil when closed.
    public var provenance: Rect?
    public var provenanceText: ListWindow?

    init(_ body: Rect, _ state: AppState, _ data: DashboardData) {
        let sourceRows = body.height >= 30 ? 5 : 4
        let chartRows = body.height >= 30 ? max(10, body.height * 2 / 5) : max(6, body.height / 3)
        let r = body.rows([.fixed(1), .fixed(chartRows), .fill(1), .fixed(sourceRows)])
        title = r[0]
        chart = r[1]
        table = r[2]
        sources = r[3]
        tableInner = Block().inner(table).inset(left: 1, right: 1)
        let periods = DetailMonths.periods(state, data)
        rows = ListWindow(rows: tableInner.dropTop(1), count: periods.count, selected: periods.firstIndex(of: DetailMonths.selected(state, data)),
                          offset: state.detail.offset)
        if state.provenanceOpen {
            let box = Rect(x: table.x, y: table.y, width: table.width, height: sources.maxY - table.y)
            let inner = Block().inner(box).inset(left: 1, right: 1)
            provenance = box
            let count = ProvenanceViewModel(RenderContext(state: state, data: data), width: inner.width).lines.count
            provenanceText = ListWindow(rows: inner, count: count, offset: state.textScroll)
        }
    }
}
