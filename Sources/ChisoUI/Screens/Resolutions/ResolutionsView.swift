import ChisoCore

/// Draws the Resolutions screen from its model and layout.
enum ResolutionsView {
    static func render(_ model: ResolutionsModel, _ layout: ResolutionsLayout, focus: Focus, symbols: Symbols, to grid: inout Grid) {
        let listBlock = Block(title: model.listTitle, symbols: symbols, focused: focus == .list)
        listBlock.render(in: layout.list, to: &grid)
        renderList(model, layout, focused: focus == .list, symbols: symbols, to: &grid)
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
                for (i, line) in model.itemTitle.enumerated() where i < layout.footer.height - 1 {
                    Label(line, ellipsis: symbols.ellipsis).render(in: layout.footer.row(i), to: &grid)
                }
                Label(model.itemSource, role: .muted, ellipsis: symbols.ellipsis).render(in: layout.footer.row(layout.footer.height - 1), to: &grid)
            }
        }
        // The open item over the right column.
        if let open = model.openItem, let box = layout.item, let window = layout.itemText {
            TextPanel(title: open.title, lines: open.lines, window: window, symbols: symbols).render(in: box, to: &grid)
            return
        }
        // The indicators it is tracked by.
        renderTracked(model, layout, symbols: symbols, to: &grid)
    }

    /// The list of documents under its headings: each name on as many lines as the layout gave it, the pointer and
    /// the highlight on every line of the selected one, the count of its items on its first line.
    static func renderList(_ model: ResolutionsModel, _ layout: ResolutionsLayout, focused: Bool, symbols: Symbols, to grid: inout Grid) {
        let heading = layout.listHeading
        let countX = heading.maxX - layout.listCountWidth
        Label(model.listHeadings.0, role: .muted, attributes: [.bold]).render(in: heading.dropLeft(2).left(layout.listNameWidth), to: &grid)
        Label(model.listHeadings.1, role: .muted, attributes: [.bold], alignment: .right)
            .render(in: Rect(x: countX, y: heading.y, width: layout.listCountWidth, height: 1), to: &grid)
        let rows = layout.listRows.rows
        var y = rows.y
        for (n, entry) in model.list.enumerated() {
            guard y < rows.maxY else { break }
            let selected = layout.listRows.first + n == layout.listRows.selected
            let top = y
            for (k, text) in entry.lines.enumerated() where y < rows.maxY {
                if k == 0 && selected { grid.write(symbols.pointer, x: rows.x, y: y, clip: rows, role: entry.role) }
                Label(text, role: entry.role, ellipsis: symbols.ellipsis).render(in: Rect(x: rows.x + 2, y: y, width: layout.listNameWidth, height: 1), to: &grid)
                if k == 0 {
                    Label(entry.count, role: entry.countRole, alignment: .right).render(in: Rect(x: countX, y: y, width: layout.listCountWidth, height: 1), to: &grid)
                }
                y += 1
            }
            if selected {
                let box = Rect(x: rows.x, y: top, width: rows.width, height: y - top)
                if focused { grid.restyle(box, role: .selected) } else { grid.restyle(box, role: .normal, attributes: [.bold]) }
            }
        }
    }

    /// The indicators the document is tracked by.
    static func renderTracked(_ model: ResolutionsModel, _ layout: ResolutionsLayout, symbols: Symbols, to grid: inout Grid) {
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
