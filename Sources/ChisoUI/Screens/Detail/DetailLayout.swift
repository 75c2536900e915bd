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

    /// The width the sources box's text wraps to (one column of margin each side).
    static func sourcesWidth(_ bodyWidth: Int) -> Int { max(1, bodyWidth - 2) }

    init(_ body: Rect, _ state: AppState, _ data: DashboardData) {
        let tall = body.height >= 30
        let chartRows = tall ? max(10, body.height * 2 / 5) : max(6, body.height / 3)
        // The sources box grows to hold the selected month's sources wrapped, leaving the table
        // its header and five rows (nine when tall); never below four rows (five when tall).
        var sourceRows = tall ? 5 : 4
        if let ind = CompareTable.indicator(state, data), let unit = data.unit(state.province) {
            let wanted = DetailSources(RenderContext(state: state, data: data), unit: unit, indicator: ind,
                                       period: DetailMonths.selected(state, data), width: DetailLayout.sourcesWidth(body.width)).wanted
            let room = body.height - 1 - chartRows - (tall ? 12 : 8)
            sourceRows = max(sourceRows, min(wanted, room))
        }
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
