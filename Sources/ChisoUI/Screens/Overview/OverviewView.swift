import ChisoCore

/// Draws the Overview from its model and layout: the province list and the panels.
enum OverviewView {
    static func render(_ model: OverviewModel, _ layout: OverviewLayout, state: AppState, to grid: inout Grid) {
        let symbols = state.symbols
        let block = Block(title: model.listTitle, symbols: symbols, focused: state.focus == .provinces)
        block.render(in: layout.list, to: &grid)
        if !block.inner(layout.list).isEmpty {
            if let query = model.query {
                Line([Line.Span("/ ", role: .accent), Line.Span(query, attributes: [.bold]),
                      Line.Span(symbols.isASCII ? "_" : "▏", role: .accent)]).render(in: layout.filterLine, to: &grid)
            } else {
                Label(model.searchHint, role: .muted).render(in: layout.filterLine, to: &grid)
            }
            let window = layout.rows
            let rows = model.rows
            var table = Table(columns: [Table.Column("", .fill(1))], rowCount: window.count, selected: window.selected,
                              offset: window.first, focused: state.focus == .provinces, showHeader: false, symbols: symbols) { i in
                rows.indices.contains(i - window.first) ? [rows[i - window.first]] : [Line.Span("")]
            }
            table.hintArea = layout.list.bottom(1)
            table.render(in: window.rows, to: &grid)
            if let noMatch = model.noMatch { Label(noMatch, role: .muted).render(in: window.rows.row(0), to: &grid) }
        }
        if let quarterly = model.quarterly { QuarterLineView.render(quarterly, in: layout.quarterly, focused: state.focus == .quarterly, symbols: symbols, to: &grid) }
        for (i, panel) in model.panels.enumerated() where i < layout.panels.count {
            let box = layout.panels[i]
            let panelBlock = Block(title: panel.title, symbols: symbols, focused: state.focus == .panels && state.panel == i)
            panelBlock.render(in: box, to: &grid)
            PanelView.render(panel, in: panelBlock.inner(box).inset(left: 1, right: 1), lang: state.language, symbols: symbols, to: &grid)
        }
    }
}
