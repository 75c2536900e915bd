import ChisoCore

/// A box of wrapped lines that scrolls: the lines from `window.first` fill the inside, and when
/// they do not all fit, the bottom border says which are shown (`4–17/24`), as tables do.
/// Used by the open implementation item (Resolutions) and the provenance of a figure (Detail).
struct TextPanel: Widget {
    var title: String
    var lines: [[Line.Span]]
    /// The lines shown: `first` is the scroll offset the layout pass clamped.
    var window: ListWindow
    var symbols: Symbols

    func render(in area: Rect, to grid: inout Grid) {
        guard !area.isEmpty else { return }
        grid.fill(area)
        let block = Block(title: title, symbols: symbols, focused: true)
        block.render(in: area, to: &grid)
        let inner = window.rows
        for (row, index) in (window.first..<min(lines.count, window.first + inner.height)).enumerated() {
            Line(lines[index]).render(in: inner.row(row), to: &grid)
        }
        if lines.count > inner.height, area.width > 8 {
            let hint = " \(window.first + 1)–\(min(lines.count, window.first + inner.height))/\(lines.count) "
            let w = DisplayWidth.of(hint)
            grid.write(hint, x: area.maxX - w - 1, y: area.maxY - 1, clip: area.bottom(1), role: .muted)
        }
    }
}
