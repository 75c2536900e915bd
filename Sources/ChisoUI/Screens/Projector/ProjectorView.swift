import ChisoCore

/// Draws the projector layout: each panel boxed, its main figure in block digits as large as the
/// box allows (five rows, or three of half blocks, or normal type at the smallest), the label and
/// unit beside it, then the change, the plan and the sources; lines that do not fit are dropped
/// from the bottom up, the sources last.
enum ProjectorView {
    static func render(_ m: ProjectorModel, _ l: ProjectorLayout, state: AppState, to grid: inout Grid) {
        let symbols = state.symbols
        Label(m.title, role: .accent, attributes: [.bold], alignment: .center, ellipsis: symbols.ellipsis).render(in: l.title, to: &grid)
        for (panel, box) in zip(m.panels, l.panels) where !box.isEmpty {
            Block(title: panel.title, symbols: symbols).render(in: box, to: &grid)
            render(panel, in: Block().inner(box).inset(left: 1, right: 1), symbols: symbols, to: &grid)
        }
    }

    static func render(_ p: ProjectorModel.Panel, in area: Rect, symbols: Symbols, to grid: inout Grid) {
        guard !area.isEmpty else { return }
        var y = area.y
        func line(_ l: Line) {
            guard y < area.maxY else { return }
            l.render(in: Rect(x: area.x, y: y, width: area.width, height: 1), to: &grid)
            y += 1
        }
        // Rows under the figure: label/unit, the change and plan lines, one source line.
        let under = 1 + p.lines.count + (p.sources.isEmpty ? 0 : 1)
        if let missing = p.missing {
            line(Line([Line.Span(missing, role: .muted)]))
        } else if !p.big.isEmpty {
            let room = max(0, area.height - under)
            if let style = ProjectorLayout.style(for: p.big, width: area.width, height: room) {
                for row in BlockFont.render(p.big, style, ascii: symbols.isASCII) {
                    line(Line([Line.Span(row, role: p.role == .normal ? .accent : p.role, attributes: [.bold])]))
                }
                line(Line([Line.Span(p.label + "  ", role: .muted), Line.Span(p.rest, attributes: [.bold])]))
            } else {
                line(Line([Line.Span(p.label + "  ", role: .muted), Line.Span(p.big + " ", role: p.role, attributes: [.bold]),
                           Line.Span(p.rest, attributes: [.bold])]))
            }
        }
        for l in p.lines where area.maxY - y > (p.sources.isEmpty ? 0 : 1) { line(l) }
        // The sources keep the last rows: full where they fit, else short.
        let left = area.maxY - y
        for source in p.sources.prefix(max(0, left)) {
            let text = DisplayWidth.of(source.full) <= area.width ? source.full : source.short
            line(Line([Line.Span(text, role: .muted)]))
        }
    }
}
