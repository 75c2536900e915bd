import ChisoCore

/// A table of rows under a header; only the rows that fit are built.
public struct Table: Widget {
    public struct Column: Hashable, Sendable {
        public var title: String
        public var width: Constraint
        public var alignment: Alignment
        public init(_ title: String, _ width: Constraint, _ alignment: Alignment = .left) {
            self.title = title
            self.width = width
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    public var rowCount: Int
    /// Builds row `i`: one span per column. Called only for visible rows.
    public var row: (Int) -> [Line.Span]
    public var selected: Int?
    public var offset: Int
    public var focused: Bool
    public var focusedColumn: Int?
    public var showHeader: Bool
    public var symbols: Symbols
    /// Where to write the `11–20/34` scroll hint (a border row); nil draws none.
    public var hintArea: Rect?
    /// Marks the selected row with the pointer glyph in its first column, so plain text shows it.
    public var pointer: Bool = true

    public init(columns: [Column], rowCount: Int, selected: Int? = nil, offset: Int = 0, focused: Bool = true, focusedColumn: Int? = nil,
                showHeader: Bool = true, symbols: Symbols = .unicode, row: @escaping (Int) -> [Line.Span]) {
        self.columns = columns
        self.rowCount = max(0, rowCount)
        self.row = row
        self.selected = selected
        self.offset = offset
        self.focused = focused
        self.focusedColumn = focusedColumn
        self.showHeader = showHeader
        self.symbols = symbols
    }

    /// The first visible row: `offset` moved just enough to keep `selected` in view.
    public static func scrolledOffset(selected: Int?, offset: Int, visible: Int, count: Int) -> Int {
        guard visible > 0, count > 0 else { return 0 }
        var o = max(0, min(offset, count - visible))
        if let s = selected {
            if s < o { o = s }
            if s >= o + visible { o = s - visible + 1 }
        }
        return max(0, min(o, max(0, count - visible)))
    }

    /// Column rectangles for an area (one space between columns).
    public func columnRects(_ area: Rect) -> [Rect] {
        guard !columns.isEmpty else { return [] }
        var constraints: [Constraint] = []
        for (i, c) in columns.enumerated() {
            constraints.append(c.width)
            if i < columns.count - 1 { constraints.append(.fixed(1)) }
        }
        let rects = area.columns(constraints)
        return stride(from: 0, to: rects.count, by: 2).map { rects[$0] }
    }

    public func render(in area: Rect, to grid: inout Grid) {
        guard !area.isEmpty else { return }
        let rects = columnRects(area)
        var y = area.y
        if showHeader {
            for (i, c) in columns.enumerated() where i < rects.count {
                let r = Rect(x: rects[i].x, y: y, width: rects[i].width, height: 1)
                let focusedHere = focused && i == focusedColumn
                Label(c.title, role: focusedHere ? .accent : .muted, attributes: focusedHere ? [.bold, .underline] : [.bold], alignment: c.alignment)
                    .render(in: i == 0 && pointer && c.alignment == .left ? r.dropLeft(2) : r, to: &grid)
            }
            y += 1
        }
        let visible = area.maxY - y
        guard visible > 0, rowCount > 0 else { return }
        let first = Table.scrolledOffset(selected: selected, offset: offset, visible: visible, count: rowCount)
        let last = min(rowCount, first + visible)
        for i in first..<last {
            let spans = row(i)
            let isSelected = i == selected
            for (c, span) in spans.enumerated() where c < rects.count && c < columns.count {
                var r = Rect(x: rects[c].x, y: y, width: rects[c].width, height: 1)
                if c == 0 && pointer && columns[0].alignment == .left {
                    if isSelected { grid.write(symbols.pointer, x: r.x, y: y, clip: r, role: span.role) }
                    r = r.dropLeft(2)
                }
                Label(span.text, role: span.role, attributes: span.attributes, alignment: columns[c].alignment, ellipsis: symbols.ellipsis)
                    .render(in: r, to: &grid)
            }
            if isSelected {
                let rowRect = Rect(x: area.x, y: y, width: area.width, height: 1)
                if focused { grid.restyle(rowRect, role: .selected) } else { grid.restyle(rowRect, role: .normal, attributes: [.bold]) }
            }
            y += 1
        }
        if let hintArea, rowCount > visible, hintArea.width > 8 {
            let hint = " \(first + 1)–\(last)/\(rowCount) "
            let w = DisplayWidth.of(hint)
            grid.write(hint, x: hintArea.maxX - w - 1, y: hintArea.y, clip: hintArea, role: .muted)
        }
    }
}
