import ChisoCore

/// Draws a figure's history: per value, the value (the one shown marked), who entered it and
/// when (or the data file), and its source; the quote on the line below.
enum HistoryView {
    static func render(_ ctx: RenderContext, _ history: HistoryState, _ layout: HistoryLayout, to grid: inout Grid) {
        guard !layout.box.isEmpty else { return }
        let lang = ctx.lang
        let model = HistoryModel(history, ctx.data)
        grid.fill(layout.box)
        let indicator = ctx.data.indicator(history.indicator)
        let unitName = ctx.data.unit(history.province)?.label(lang) ?? history.province
        let title = ctx.tr(.historyTitle, indicator?.shortName(lang) ?? history.indicator, Words.basisName(history.basis, lang), unitName,
                           Words.month(history.month, lang))
        Block(title: title, symbols: ctx.symbols, focused: true).render(in: layout.box, to: &grid)
        let ellipsis = ctx.symbols.ellipsis
        let perLine = 2
        let visible = max(1, layout.list.height / perLine)
        let first = max(0, min(history.selected - visible + 1, model.lines.count - visible))
        for (row, index) in (first..<min(model.lines.count, first + visible)).enumerated() {
            let line = model.lines[index]
            let selected = index == history.selected
            let value = indicator.map { NumberFormat.withUnit(line.value, unit: $0.unit, kind: $0.kind, lang: lang) } ?? "\(line.value)"
            let who = line.source.enteredBy.map { ctx.tr(.historyEnteredBy, $0, Words.enteredTime(line.source.enteredAt ?? "", lang)) }
                ?? ctx.tr(.historyFromFile, String(line.source.file.split(separator: "/").last ?? ""), "\(line.source.line)")
            let mark = selected ? ctx.symbols.pointer + " " : "  "
            let shown = line.isShown ? " " + ctx.tr(.historyShown) : ""
            let head = mark + value + shown + " · " + who + " · " + line.source.citation + (line.source.published.map { " · " + $0 } ?? "")
            Label(head, role: selected ? .selected : (line.isShown ? .accent : .normal), ellipsis: ellipsis)
                .render(in: layout.list.row(row * perLine), to: &grid)
            let quote = line.source.quote.isEmpty ? line.source.note : "“" + line.source.quote + "”"
            Label("    " + quote, role: .muted, ellipsis: ellipsis).render(in: layout.list.row(row * perLine + 1), to: &grid)
        }
        Label(ctx.tr(.historyKeys), role: .muted, ellipsis: ellipsis).render(in: layout.hint, to: &grid)
    }
}
