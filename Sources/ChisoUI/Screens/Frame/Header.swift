import ChisoCore

/// The top line: where you are and what data is loaded.
enum Header {
    static func render(_ ctx: RenderContext, synthetic: Bool, in area: Rect, to grid: inout Grid) {
        guard !area.isEmpty else { return }
        let s = ctx.state
        grid.fill(area, with: Cell(" ", role: .header))
        let sep = " " + ctx.symbols.separator + " "
        var unitName = ctx.data.unit(s.province)?.label(ctx.lang) ?? "—"
        // The status words, right of the tabs: stale data (a failed reload) first, then synthetic figures.
        let statusWords = [s.stale ? (" " + ctx.tr(.frameStale) + " ") : nil, synthetic ? (" " + ctx.tr(.frameSynthetic) + " ") : nil]
        let marker = statusWords.compactMap { $0 }.joined(separator: " ")
        let markerWidth = DisplayWidth.of(marker)
        if let unit = ctx.data.unit(s.province), unit.level == .commune {
            // The path `Nghệ An › Xã …`, cut to what is left beside the shortest forms of the other parts.
            unitName = ctx.data.province(of: unit).displayName(ctx.lang) + " › " + unit.label(ctx.lang)
            let others = DisplayWidth.of(" " + ctx.tr(.appName)) + 3 * DisplayWidth.of(sep) + DisplayWidth.of(Words.month(s.month, ctx.lang))
                + DisplayWidth.of(Words.screen(s.screen, ctx.lang)) + DisplayWidth.of(s.language.rawValue.uppercased() + " ") + 1
                + (marker.isEmpty ? 0 : markerWidth + 1)
            unitName = DisplayWidth.truncate(unitName, to: max(8, area.width - others), ellipsis: ctx.symbols.ellipsis)
        }
        var left: [Line.Span] = [
            Line.Span(" " + ctx.tr(.appName), role: .header, attributes: [.bold]),
            Line.Span(sep + unitName, role: .header, attributes: [.bold]),
            Line.Span(sep + Words.month(s.month, ctx.lang), role: .header, attributes: [.bold]),
            Line.Span(sep, role: .header),
        ]
        // `--vintage`: "số liệu đến 5/6/2025", kept at every width (it changes what every figure means).
        let vintage = ctx.data.dataset.vintage.map { ctx.tr(.vintageDataAsOf, $0.label(ctx.lang)) + " · " } ?? ""
        var right = "\(ctx.data.dataset.label) · " + vintage + "\(NumberFormat.format(Double(ctx.data.dataset.store.count), lang: ctx.lang)) "
            + ctx.tr(.exportFigures) + " · " + s.language.rawValue.uppercased() + " "
        let fixedWidth = Line(left).width
        var tabs: [Line.Span] = []
        let shown: [ScreenID] = s.screen == .help ? ScreenID.numbered + [.help] : ScreenID.numbered
        for (i, screen) in shown.enumerated() {
            let name = screen == .help ? Words.screen(screen, ctx.lang) : "\(i + 1) " + Words.screen(screen, ctx.lang)
            tabs.append(Line.Span(screen == s.screen ? "[" + name + "]" : " " + name + " ", role: .header,
                                  attributes: screen == s.screen ? [.bold, .underline] : []))
        }
        // Drop the least useful parts first when the line is narrow: other tabs, then the data label.
        // The parts keep at least one blank column between them (`[Trợ giúp] Data/`, never `]Data/`).
        let gaps = 1 + (marker.isEmpty ? 0 : 1)
        func fits() -> Bool { fixedWidth + Line(tabs).width + markerWidth + gaps + DisplayWidth.of(right) <= area.width }
        if !fits() {
            tabs = [Line.Span(Words.screen(s.screen, ctx.lang), role: .header, attributes: [.bold, .underline])]
        }
        if !fits() {
            right = ctx.data.dataset.label + " · " + vintage + s.language.rawValue.uppercased() + " "
        }
        if !fits() {
            right = vintage + s.language.rawValue.uppercased() + " "
        }
        // The vintage outranks the language and the screen's name: at 60 columns it stays whole.
        if !fits(), !vintage.isEmpty {
            right = String(vintage.dropLast(3)) + " "
        }
        if !fits(), !vintage.isEmpty {
            tabs = []
        }
        left += tabs
        Line(left).render(in: area, to: &grid)
        let rightWidth = DisplayWidth.of(right)
        let rx = area.maxX - rightWidth
        Label(right, role: .header).render(in: Rect(x: rx, y: area.y, width: rightWidth, height: 1), to: &grid)
        if !marker.isEmpty {
            let mx = max(area.x, rx - markerWidth - 1)
            let width = max(0, min(markerWidth, rx - mx))
            Label(marker, role: s.stale ? .bad : .synthetic, attributes: [.bold, .reverse]).render(in: Rect(x: mx, y: area.y, width: width, height: 1), to: &grid)
        }
    }
}
