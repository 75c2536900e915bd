import ChisoCore

/// Draws the Resolutions screen from its model and layout.
enum ResolutionsView {
    static func render(_ model: ResolutionsModel, _ layout: ResolutionsLayout, focus: Focus, symbols: Symbols, to grid: inout Grid) {
        let listBlock = Block(title: model.listTitle, symbols: symbols, focused: focus == .list)
        listBlock.render(in: layout.list, to: &grid)
        let list = layout.listRows
        let docs = model.list
        Table(columns: [Table.Column("", .fill(1)), Table.Column("", .fixed(3), .right)], rowCount: list.count, selected: list.selected,
              offset: list.first, focused: focus == .list, showHeader: false, symbols: symbols) { i in
            docs.indices.contains(i - list.first) ? docs[i - list.first] : [Line.Span("")]
        }.render(in: list.rows, to: &grid)
        if let notice = model.notice {
            Label(notice, role: .muted).render(in: layout.info.row(0), to: &grid)
            return
        }
        // The document.
        Block(title: model.infoTitle, symbols: symbols).render(in: layout.info, to: &grid)
        let info = layout.infoInner
        var y = 0
        for line in model.titleLines { Label(line, attributes: y == 0 ? [.bold] : []).render(in: info.row(y), to: &grid); y += 1 }
        if y < info.height { Label(model.meta, role: .muted, ellipsis: symbols.ellipsis).render(in: info.row(info.height - 1), to: &grid) }
        // Its implementation items.
        Block(title: model.itemsTitle, symbols: symbols, focused: focus == .items).render(in: layout.items, to: &grid)
        if let noItems = model.noItems {
            Label(noItems, role: .muted).render(in: layout.itemsInner.row(0), to: &grid)
        } else {
            let window = layout.itemRows
            let items = model.items
            var table = Table(columns: model.itemColumns, rowCount: window.count, selected: window.selected, offset: window.first,
                              focused: focus == .items, symbols: symbols) { i in
                items.indices.contains(i - window.first) ? items[i - window.first] : [Line.Span("")]
            }
            table.hintArea = layout.items.bottom(1)
            table.pointer = focus == .items
            table.render(in: layout.itemsInner.dropBottom(layout.footer.height), to: &grid)
            if layout.footer.height > 0 {
                Label(model.itemTitle, ellipsis: symbols.ellipsis).render(in: layout.footer.row(0), to: &grid)
                Label(model.itemSource, role: .muted, ellipsis: symbols.ellipsis).render(in: layout.footer.row(1), to: &grid)
            }
        }
        // The open item over the right column.
        if let open = model.openItem, let box = layout.item, let inner = layout.itemInner {
            grid.fill(box)
            Block(title: open.title, symbols: symbols, focused: true).render(in: box, to: &grid)
            for (i, spans) in open.lines.enumerated() where i < inner.height { Line(spans).render(in: inner.row(i), to: &grid) }
            return
        }
        // The indicators it is tracked by.
        Block(title: model.trackedTitle, symbols: symbols).render(in: layout.tracked, to: &grid)
        let tracked = layout.trackedInner
        if let noTracked = model.noTracked { Label(noTracked, role: .muted).render(in: tracked.row(0), to: &grid) }
        for (i, t) in model.tracked.enumerated() where i < tracked.height {
            let nameWidth = min(24, tracked.width / 3)
            let r = tracked.row(i)
            Label(t.name, role: .muted).render(in: r.left(nameWidth - 1), to: &grid)
            let figures = Line(t.figures)
            let valueWidth = min(figures.width + 1, r.width - nameWidth)
            figures.render(in: r.dropLeft(nameWidth).left(valueWidth), to: &grid)
            let sparkArea = r.dropLeft(nameWidth + valueWidth + 1)
            if sparkArea.width >= 12 { Sparkline(values: t.series, symbols: symbols).render(in: sparkArea.left(12), to: &grid) }
        }
    }
}
