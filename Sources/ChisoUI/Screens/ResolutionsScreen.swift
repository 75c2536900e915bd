import ChisoCore

/// Resolutions and conclusions: their implementation items for the province and the
/// indicators each is tracked by.
public enum ResolutionsScreen {
    public struct Layout {
        public let list: Rect
        public let info: Rect
        public let items: Rect
        public let tracked: Rect
    }

    public static func layout(_ body: Rect, trackedCount: Int) -> Layout {
        let listWidth = body.width >= 120 ? 30 : 22
        let cols = body.columns([.fixed(listWidth), .fill(1)])
        let infoRows = body.height >= 30 ? 6 : 4
        let trackedRows = min(max(3, trackedCount + 2), max(3, (body.height - infoRows) / 2))
        let right = cols[1].rows([.fixed(infoRows), .fill(1), .fixed(trackedRows)])
        return Layout(list: cols[0], info: right[0], items: right[1], tracked: right[2])
    }

    public static func visibleListRows(_ size: Size) -> Int { max(1, layout(Frame.body(size), trackedCount: 0).list.height - 2) }
    public static func visibleItemRows(_ size: Size) -> Int { max(1, layout(Frame.body(size), trackedCount: 5).items.height - 3) }

    public static func selected(_ state: AppState, _ data: DashboardData) -> Resolution? {
        data.resolution(state.resolution) ?? data.resolutions.first
    }

    static func render(_ ctx: inout RenderContext, in body: Rect, to grid: inout Grid) {
        let s = ctx.state
        let data = ctx.data
        let lang = ctx.lang
        let symbols = ctx.symbols
        let current = selected(s, data)
        let lay = layout(body, trackedCount: current?.trackedBy.count ?? 0)
        // List of documents.
        let listBlock = Block(title: ctx.tr("Nghị quyết", "Resolutions"), symbols: symbols, focused: s.focus == .list)
        listBlock.render(in: lay.list, to: &grid)
        let docs = data.resolutions
        let selectedIndex = current.flatMap { c in docs.firstIndex { $0.id == c.id } }
        let unitID = s.province
        Table(columns: [Table.Column("", .fill(1)), Table.Column("", .fixed(3), .right)], rowCount: docs.count, selected: selectedIndex,
              offset: s.resolutionList.offset, focused: s.focus == .list, showHeader: false, symbols: symbols) { i in
            let d = docs[i]
            let items = data.catalogue.items(for: unitID, resolution: d.id)
            let overdue = items.contains { $0.isOverdue(at: s.month) }
            return [Line.Span(d.shortName(lang), role: overdue ? .bad : .normal),
                    Line.Span(items.isEmpty ? "" : String(items.count), role: overdue ? .bad : .muted)]
        }.render(in: listBlock.inner(lay.list), to: &grid)
        guard let res = current else {
            Label(ctx.tr("Không có nghị quyết trong dữ liệu", "No resolutions in the data"), role: .muted).render(in: lay.info.row(0), to: &grid)
            return
        }
        // Document info.
        let infoBlock = Block(title: res.id, symbols: symbols)
        infoBlock.render(in: lay.info, to: &grid)
        let info = infoBlock.inner(lay.info).inset(left: 1, right: 1)
        var y = 0
        let meta = ctx.tr("ban hành: ", "issued: ") + (res.issued ?? ctx.tr("chưa rõ", "unknown")) + " · " + res.issuer
        let titleLines = Words.wrap(res.title, width: info.width, maxLines: max(1, info.height - 1))
        for line in titleLines { Label(line, attributes: y == 0 ? [.bold] : []).render(in: info.row(y), to: &grid); y += 1 }
        if y < info.height { Label(meta, role: .muted, ellipsis: symbols.ellipsis).render(in: info.row(info.height - 1), to: &grid) }
        // Implementation items for the province.
        let unitName = data.unit(unitID)?.displayName(lang) ?? unitID
        let items = data.catalogue.items(for: unitID, resolution: res.id)
        let overdueCount = items.filter { $0.isOverdue(at: s.month) }.count
        var itemsTitle = ctx.tr("Triển khai tại ", "Implementation in ") + unitName + " (\(items.count))"
        if overdueCount > 0 { itemsTitle += ctx.tr(" · \(overdueCount) quá hạn", " · \(overdueCount) overdue") }
        let itemsBlock = Block(title: itemsTitle, symbols: symbols, focused: s.focus == .items)
        itemsBlock.render(in: lay.items, to: &grid)
        let itemsArea = itemsBlock.inner(lay.items).inset(left: 1, right: 1)
        if items.isEmpty {
            Label(ctx.tr("Chưa có văn bản triển khai nào được ghi nhận cho ", "No implementation steps recorded for ") + unitName,
                  role: .muted).render(in: itemsArea.row(0), to: &grid)
        } else {
            let wide = itemsArea.width >= 90
            let footer = itemsArea.height >= 5 ? 2 : 0
            let overdueWord = ctx.tr("quá hạn", "overdue")
            var table = Table(columns: [
                Table.Column(ctx.tr("văn bản", "document"), .fill(3)),
                Table.Column(ctx.tr("chủ trì", "lead"), .fill(wide ? 2 : 1)),
                Table.Column(ctx.tr("hạn", "due"), .fixed(10)),
                Table.Column(ctx.tr("trạng thái", "status"), .fixed(wide ? 14 : 11)),
            ], rowCount: items.count, selected: s.items.selected, offset: s.items.offset, focused: s.focus == .items, symbols: symbols) { i in
                let it = items[i]
                let overdue = it.isOverdue(at: s.month)
                return [
                    Line.Span(it.document, role: overdue ? .bad : .normal, attributes: overdue ? [.bold] : []),
                    Line.Span(it.lead, role: .muted),
                    Line.Span(it.due ?? "—", role: overdue ? .bad : .normal),
                    Line.Span((overdue ? "! " + overdueWord : Words.status(it.status, lang)),
                              role: overdue ? .bad : (it.status.isComplete ? .good : .warn)),
                ]
            }
            table.hintArea = lay.items.bottom(1)
            table.pointer = s.focus == .items
            table.render(in: itemsArea.dropBottom(footer), to: &grid)
            let sel = min(max(0, s.items.selected), items.count - 1)
            if footer > 0 {
                let it = items[sel]
                let src = ctx.tr("nguồn: ", "source: ") + it.source.shortLabel + (it.asOf.map { ctx.tr(" · tình trạng tại ", " · status as of ") + $0 } ?? "")
                Label(it.title, ellipsis: symbols.ellipsis).render(in: itemsArea.row(itemsArea.height - 2), to: &grid)
                Label(src, role: .muted, ellipsis: symbols.ellipsis).render(in: itemsArea.row(itemsArea.height - 1), to: &grid)
            }
        }
        // Indicators the document is tracked by.
        let trackedBlock = Block(title: ctx.tr("Chỉ tiêu theo dõi · ", "Tracked by · ") + Words.month(s.month, lang), symbols: symbols)
        trackedBlock.render(in: lay.tracked, to: &grid)
        let tracked = trackedBlock.inner(lay.tracked).inset(left: 1, right: 1)
        let indicators = res.trackedBy.compactMap { data.indicator($0) }
        guard let unit = data.unit(unitID) else { return }
        if indicators.isEmpty {
            Label(ctx.tr("Không gắn chỉ tiêu nào (theo dõi định tính)", "No indicators attached (tracked qualitatively)"), role: .muted)
                .render(in: tracked.row(0), to: &grid)
        }
        let a = ctx.analytics
        for (i, ind) in indicators.enumerated() where i < tracked.height {
            let basis: Basis = a.value(unit: unit, indicator: ind, basis: .ytd, period: s.month) != nil ? .ytd : .month
            let v = a.value(unit: unit, indicator: ind, basis: basis, period: s.month)
            let marks = ctx.markers(v)
            let nameWidth = min(24, tracked.width / 3)
            let r = tracked.row(i)
            Label(ind.shortName(lang), role: .muted).render(in: r.left(nameWidth - 1), to: &grid)
            var spans = [Line.Span(v.map { Words.basis(basis, s.month, lang) + " " + Words.value($0.value, ind, lang) + (marks.isEmpty ? "" : " " + marks) } ?? symbols.gap,
                                   role: v == nil ? .muted : .normal, attributes: v == nil ? [] : [.bold])]
            if let c = a.change(unit: unit, indicator: ind, basis: basis, period: s.month) { spans.append(Line.Span("  ")); spans.append(ctx.changeSpan(c.value, ind)) }
            if let sh = a.shareOfTarget(unit: unit, indicator: ind, period: s.month) {
                spans.append(Line.Span("  " + Words.percent(sh.value, lang, signed: false) + ctx.tr(" kế hoạch", " of plan"), role: .accent))
            }
            let valueWidth = min(Line(spans).width + 1, r.width - nameWidth)
            Line(spans).render(in: r.dropLeft(nameWidth).left(valueWidth), to: &grid)
            let series = a.series(unit: unit, indicator: ind, basis: basis, ending: s.month, months: 12).map { $0?.value }
            let sparkArea = r.dropLeft(nameWidth + valueWidth + 1)
            if sparkArea.width >= 12 { Sparkline(values: series, symbols: symbols).render(in: sparkArea.left(12), to: &grid) }
        }
    }
}
