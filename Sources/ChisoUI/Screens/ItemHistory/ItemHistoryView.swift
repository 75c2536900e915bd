import ChisoCore

/// Draws an item's history over the screen (in the figure history's box): per state, the day it
/// was stated, what the change set (or `theo tệp nghị quyết` for the file's state), who entered it
/// and when, and its source; the quote (or the title) below. A document's history names the item
/// on each line.
enum ItemHistoryView {
    static func render(_ ctx: RenderContext, _ history: ItemHistoryState, _ layout: HistoryLayout, to grid: inout Grid) {
        guard !layout.box.isEmpty else { return }
        let lang = ctx.lang
        let model = ItemHistoryModel(history, ctx.data)
        grid.fill(layout.box)
        let name = model.item?.document.text(lang) ?? history.document
            ?? ctx.data.resolution(history.resolution)?.shortName(lang) ?? history.resolution
        Block(title: ctx.tr(.itemHistoryTitle, name), symbols: ctx.symbols, focused: true).render(in: layout.box, to: &grid)
        let entries = model.lines.enumerated().map { index, line -> HistoryRows.Entry in
            let selected = index == history.selected
            return HistoryRows.Entry(head: head(ctx, line, whole: history.document == nil, selected: selected), below: below(line, lang),
                                     role: selected ? .selected : (line.isCurrent ? .accent : .normal))
        }
        HistoryRows.render(entries, selected: history.selected, in: layout.list, ctx, to: &grid)
        let ellipsis = ctx.symbols.ellipsis
        Label(ctx.tr(.itemHistoryKeys), role: .muted, ellipsis: ellipsis).render(in: layout.hint, to: &grid)
    }

    /// `▸ 20/6/2025 · đổi trạng thái: hoàn thành (hiện tại) · root, lúc … · https://…`.
    static func head(_ ctx: RenderContext, _ line: ItemHistoryModel.Line, whole: Bool, selected: Bool) -> String {
        let lang = ctx.lang
        let mark = selected ? ctx.symbols.pointer + " " : "  "
        let item = whole ? "«" + (line.state?.document.text(lang) ?? line.document) + "» · " : ""
        let current = line.isCurrent ? " " + ctx.tr(.itemHistoryCurrent) : ""
        guard let change = line.change else {
            let state = line.state
            let stated = (state?.statusDate).map { Words.shortDate($0, lang) + " · " } ?? ""
            let status = state.map { Words.status($0.status, lang) } ?? ""
            return mark + item + stated + ctx.tr(.itemHistoryFromFile) + ": " + status + current + " · " + (state?.source.citation ?? "")
        }
        let stated = change.published.isEmpty ? "" : Words.shortDate(change.published, lang) + " · "
        // A text (a title, a note) goes on the line below; a status, due date or lead unit is short enough here.
        let short: String
        switch change.action {
        case .status, .due, .lead: short = ": " + ItemHistoryModel.what(change, lang)
        case .revert: short = ": " + (ItemStatus(rawValue: change.status).map { Words.status($0, lang) } ?? change.status)
        case .add, .title, .note, .withdraw: short = ""
        }
        return mark + item + stated + ItemFormView.actionName(change.action, lang) + short + current
            + " · " + Words.entered(by: change.enteredBy, at: change.enteredAt, lang) + " · " + change.source
    }

    /// The text the change set (a title, a note), else the item's title in that state in the
    /// session's language; then the quote of its source.
    static func below(_ line: ItemHistoryModel.Line, _ lang: Language) -> String {
        let quote = line.change.map { $0.quote.isEmpty ? "" : "“" + $0.quote + "”" } ?? ""
        let text = line.change?.action == .note ? (line.change?.note ?? "") : line.title.text(lang)
        return [text, quote].filter { !$0.isEmpty }.joined(separator: " · ")
    }
}
