import ChisoCore

/// Draws the Detail screen from its model and layout.
enum DetailView {
    static func render(_ model: DetailModel, _ layout: DetailLayout, lang: Language, symbols: Symbols, to grid: inout Grid) {
        guard !model.isEmpty else { return }
        Line(model.title).render(in: layout.title, to: &grid)
        let chartBlock = Block(title: model.chartTitle, symbols: symbols)
        chartBlock.render(in: layout.chart, to: &grid)
        BarChart(labels: model.chartLabels, current: model.current, previous: model.previous, symbols: symbols,
                 legend: (String(model.year), String(model.year - 1)), highlight: model.highlight, caption: model.axis.words) {
            NumberFormat.format($0 / model.axis.divisor, lang: lang, maxDecimals: 1) + (model.axisUnit == "%" ? "%" : "")
        }
            .render(in: chartBlock.inner(layout.chart).inset(left: 1, right: 1), to: &grid)
        let tableBlock = Block(title: model.tableTitle, symbols: symbols, focused: true)
        tableBlock.render(in: layout.table, to: &grid)
        let window = layout.rows
        let rows = model.rows
        var table = Table(columns: model.columns, rowCount: window.count, selected: window.selected, offset: window.first,
                          focused: true, symbols: symbols) { i in
            rows.indices.contains(i - window.first) ? rows[i - window.first] : [Line.Span("")]
        }
        table.hintArea = layout.table.bottom(1)
        table.render(in: layout.tableInner, to: &grid)
        for (i, line) in model.sources.prefix(layout.sources.height).enumerated() { line.render(in: layout.sources.row(i).inset(left: 1, right: 1), to: &grid) }
        if let open = model.provenance, let box = layout.provenance, let window = layout.provenanceText {
            TextPanel(title: open.title, lines: open.lines, window: window, symbols: symbols).render(in: box, to: &grid)
        }
    }
}
