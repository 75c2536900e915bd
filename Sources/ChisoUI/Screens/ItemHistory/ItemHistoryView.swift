import ChisoCore

/// Draws an item's history over the screen (in the figure history's box): per change, the day it
/// was stated, what it set, who entered it and when, and its source; the quote or note below.
enum ItemHistoryView {
    static func render(_ ctx: RenderContext, _ history: ItemHistoryState, _ layout: HistoryLayout, to grid: inout Grid) {
        guard !layout.box.isEmpty else { return }
        let lang = ctx.lang
        let model = ItemHistoryModel(history, ctx.data)
        grid.fill(layout.box)
        Block(title: ctx.tr(.itemHistoryTitle, model.item?.document.text(lang) ?? history.document), symbols: ctx.symbols, focused: true)
            .render(in: layout.box, to: &grid)
        let ellipsis = ctx.symbols.ellipsis
        let perLine = 2
        let visible = max(1, layout.list.height / perLine)
        let first = max(0, min(history.selected - visible + 1, model.changes.count - visible))
        for (row, index) in (first..<min(model.changes.count, first + visible)).enumerated() {
            let change = model.changes[index]
            let selected = index == history.selected
            let mark = selected ? ctx.symbols.pointer + " " : "  "
            let stated = change.published.isEmpty ? "" : Words.shortDate(change.published, lang) + " · "
            let head = mark + stated + ItemFormView.actionName(change.action, lang) + ": " + ItemHistoryModel.what(change, lang)
                + " · " + Words.entered(by: change.enteredBy, at: change.enteredAt, lang) + " · " + change.source
            Label(head, role: selected ? .selected : (index == 0 ? .accent : .normal), ellipsis: ellipsis)
                .render(in: layout.list.row(row * perLine), to: &grid)
            let below = change.quote.isEmpty ? (change.action == .note ? "" : change.note) : "“" + change.quote + "”"
            Label("    " + below, role: .muted, ellipsis: ellipsis).render(in: layout.list.row(row * perLine + 1), to: &grid)
        }
        Label(ctx.tr(.itemHistoryKeys), role: .muted, ellipsis: ellipsis).render(in: layout.hint, to: &grid)
    }
}
