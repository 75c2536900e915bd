import ChisoCore

/// Draws the Compare screen from its model and layout.
enum CompareView {
    static func render(_ model: CompareModel, _ layout: CompareLayout, symbols: Symbols, to grid: inout Grid) {
        if let notice = model.notice {
            Label(notice, role: .muted).render(in: layout.box.row(0), to: &grid)
            return
        }
        let block = Block(title: model.title, symbols: symbols, focused: true)
        block.render(in: layout.box, to: &grid)
        guard !block.inner(layout.box).isEmpty else { return }
        Label(model.summary, role: .accent).render(in: layout.summary, to: &grid)
        let window = layout.rows
        let rows = model.rows
        var table = Table(columns: model.columns, rowCount: window.count, selected: window.selected, offset: window.first, focused: true,
                          focusedColumn: model.focusedColumn, symbols: symbols) { i in
            rows.indices.contains(i - window.first) ? rows[i - window.first] : [Line.Span("")]
        }
        table.hintArea = layout.hint
        table.render(in: layout.table, to: &grid)
        Label(model.legend, role: .muted, ellipsis: symbols.ellipsis).render(in: layout.legend, to: &grid)
    }
}
