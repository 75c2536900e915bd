import ChisoCore

/// Where the Compare screen draws: its box, the summary line, the table (header and rows), the
/// legend, and which columns fit.
public struct CompareLayout: Hashable, Sendable {
    /// The screen's box (the whole body).
    public var box: Rect
    /// The summary line: the national (or provincial) row and how many units have figures.
    public var summary: Rect
    /// The table with its header row.
    public var table: Rect
    /// The table's rows.
    public var rows: ListWindow
    public var legend: Rect
    /// Where the table writes its `11–20/34` scroll hint.
    public var hint: Rect
    /// Months of the sparkline column, nil when it does not fit.
    public var sparkMonths: Int?
    /// Width of the value column.
    public var valueWidth: Int

    init(_ body: Rect, _ state: AppState, _ data: DashboardData) {
        box = body
        let inner = Block().inner(body)
        summary = inner.row(0)
        table = inner.dropTop(1).dropBottom(1)
        legend = inner.row(inner.height - 1)
        hint = body.bottom(1)
        sparkMonths = inner.width >= 70 ? (inner.width >= 100 ? 24 : 12) : nil
        valueWidth = inner.width >= 90 ? 18 : 14
        rows = ListWindow(rows: table.dropTop(1), count: CompareTable.rowCount(state, data), selected: state.compare.selected,
                          offset: state.compare.offset)
    }
}
