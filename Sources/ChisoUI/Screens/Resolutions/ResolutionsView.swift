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
            for (i, line) in TextWrap.lines(noItems, width: layout.itemsInner.width).enumerated() where i < layout.itemsInner.height {
                Label(line, role: .muted).render(in: layout.itemsInner.row(i), to: &grid)
            }
        } else {
            renderItems(model, layout, focused: focus == .items, symbols: symbols, to: &grid)
            let footer = layout.footer
            for (i, line) in model.itemTitle.enumerated() where i < footer.height {
                Label(line).render(in: footer.row(i), to: &grid)
            }
            for (i, line) in model.itemSource.enumerated() where model.itemTitle.count + i < footer.height {
                Label(line, role: .muted).render(in: footer.row(model.itemTitle.count + i), to: &grid)
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

    /// The items under their heading, each on all its lines; the pointer on the selected item's first line and the
    /// highlight on all of them; `2–4/5` in the box's bottom border when some are not shown.
    static func renderItems(_ model: ResolutionsModel, _ layout: ResolutionsLayout, focused: Bool, symbols: Symbols, to grid: inout Grid) {
        guard let rows = model.itemRows else { return }
        let inner = layout.itemsInner
        let text = inner.dropLeft(2)
        func draw(_ pieces: [ItemRows.Piece], y: Int) {
            for piece in pieces {
                Label(piece.span.text, role: piece.span.role, attributes: piece.span.attributes)
                    .render(in: Rect(x: text.x + piece.x, y: y, width: min(piece.width, text.maxX - text.x - piece.x), height: 1), to: &grid)
            }
        }
        draw(rows.heading, y: inner.y)
        let window = layout.itemRows
        var y = window.rows.y
        for i in window.first..<min(layout.itemEnd, rows.rows.count) {
            let top = y
            for line in rows.rows[i] where y < window.rows.maxY {
                draw(line, y: y)
                y += 1
            }
            if i == window.selected {
                if focused { grid.write(symbols.pointer, x: inner.x, y: top, clip: inner, role: .normal) }
                let box = Rect(x: inner.x, y: top, width: inner.width, height: y - top)
                if focused { grid.restyle(box, role: .selected) } else { grid.restyle(box, role: .normal, attributes: [.bold]) }
            }
        }
        let hintArea = layout.items.bottom(1)
        if layout.itemEnd - window.first < window.count, hintArea.width > 8 {
            let hint = " \(window.first + 1)–\(layout.itemEnd)/\(window.count) "
            grid.write(hint, x: hintArea.maxX - DisplayWidth.of(hint) - 1, y: hintArea.y, clip: hintArea, role: .muted)
        }
    }

    /// The indicators the document is tracked by.
    static func renderTracked(_ model: ResolutionsModel, _ layout: ResolutionsLayout, symbols: Symbols, to grid: inout Grid) {
        Block(title: model.trackedTitle, symbols: symbols).render(in: layout.tracked, to: &grid)
        let tracked = layout.trackedInner
        if let noTracked = model.noTracked { Label(noTracked, role: .muted).render(in: tracked.row(0), to: &grid) }
        // Every indicator whole, on as many lines as it needs (`TrackedRows`); a last line counts those that do not fit.
        let rows = model.tracked
        let (entries, left) = rows.shown(rows: tracked.height)
        var y = tracked.y
        for e in entries {
            for j in 0..<e.height {
                let r = Rect(x: tracked.x, y: y + j, width: tracked.width, height: 1)
                if j < e.names.count { Label(e.names[j], role: .muted).render(in: r.left(rows.nameWidth - 1), to: &grid) }
                if j < e.figures.count { Line(e.figures[j]).render(in: r.dropLeft(rows.nameWidth), to: &grid) }
                if e.sparkLine == j {
                    Sparkline(values: e.series, symbols: symbols).render(in: r.dropLeft(rows.nameWidth + e.sparkX).left(TrackedRows.sparkWidth), to: &grid)
                }
            }
            y += e.height
        }
        if left > 0, y < tracked.maxY {
            Label(model.trackedMore, role: .muted).render(in: Rect(x: tracked.x, y: y, width: tracked.width, height: 1), to: &grid)
        }
    }
}
