/// One scrolled list of a frame: where its rows are drawn, how many it has, which is selected and
/// which is the first shown — what ratatui's `TableState` keeps. The layout pass computes it;
/// views draw the rows from `first`, updates page and hit-test with it.
public struct ListWindow: Hashable, Sendable {
    /// The area the rows are drawn in (below any column header).
    public var rows: Rect
    public var count: Int
    public var selected: Int?
    /// The first row shown: the offset moved just enough to keep `selected` in view.
    public var first: Int

    public init(rows: Rect = Rect(x: 0, y: 0, width: 0, height: 0), count: Int = 0, selected: Int? = nil, offset: Int = 0) {
        self.rows = rows
        self.count = max(0, count)
        self.selected = selected
        first = 0
        first = Table.scrolledOffset(selected: selected, offset: offset, visible: visible, count: self.count)
    }

    /// Rows that fit (at least one, so that every list has a page).
    public var visible: Int { max(1, rows.height) }

    /// How far Page Up / Page Down move: a page less one row, so one row stays in view.
    public var page: Int { max(1, visible - 1) }

    /// The largest first row: the last page.
    public var lastFirst: Int { max(0, count - visible) }

    /// One past the last row shown.
    public var end: Int { min(count, first + visible) }

    /// The row drawn on screen line `y`, nil above or below the rows or past the last one.
    /// (Callers check the column against the box that takes the click.)
    public func row(atY y: Int) -> Int? {
        guard y >= rows.y, y < rows.maxY else { return nil }
        let index = first + (y - rows.y)
        return index < count ? index : nil
    }
}
