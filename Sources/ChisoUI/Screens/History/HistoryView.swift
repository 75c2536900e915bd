import ChisoCore

/// Draws a figure's history: per value, the value (the one shown marked), who entered it and
/// when (or the data file), and its source; the quote below (`HistoryRows`: wrapped, nothing cut).
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
        let entries = model.lines.enumerated().map { index, line -> HistoryRows.Entry in
            let selected = index == history.selected
            let value = indicator.map { NumberFormat.withUnit(line.value, unit: $0.unit, kind: $0.kind, lang: lang) } ?? "\(line.value)"
            let who = line.source.enteredBy.map { ctx.tr(.historyEnteredBy, $0, Words.enteredTime(line.source.enteredAt ?? "", lang)) }
                ?? ctx.tr(.historyFromFile, String(line.source.file.split(separator: "/").last ?? ""), "\(line.source.line)")
            let mark = selected ? ctx.symbols.pointer + " " : "  "
            let shown = line.isShown ? " " + ctx.tr(.historyShown) : ""
            let head = mark + value + shown + " · " + who + " · " + line.source.citation + (line.source.published.map { " · " + Words.shortDate($0, lang) } ?? "")
            let quote = line.source.quote.isEmpty ? line.source.note : "“" + line.source.quote + "”"
            return HistoryRows.Entry(head: head, below: quote, role: selected ? .selected : (line.isShown ? .accent : .normal))
        }
        HistoryRows.render(entries, selected: history.selected, in: layout.list, ctx, to: &grid)
        let ellipsis = ctx.symbols.ellipsis
        Label(ctx.tr(.historyKeys), role: .muted, ellipsis: ellipsis).render(in: layout.hint, to: &grid)
    }
}
