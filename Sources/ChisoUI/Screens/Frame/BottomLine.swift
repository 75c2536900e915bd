import ChisoCore

/// The bottom line: the search prompt, a message, or the key bar.
enum BottomLine {
    static func render(_ ctx: RenderContext, in area: Rect, to grid: inout Grid) {
        guard !area.isEmpty else { return }
        let s = ctx.state
        let area = MeetingBanner.render(ctx, in: area, to: &grid)
        guard !area.isEmpty else { return }
        if let search = s.search, search.editing {
            var spans = [Line.Span(" / ", role: .accent, attributes: [.bold]), Line.Span(search.query, attributes: [.bold]),
                         Line.Span(ctx.symbols.isASCII ? "_" : "▏", role: .accent)]
            if search.query.isEmpty {
                spans.append(Line.Span("  " + ctx.tr(.frameTypeAProvinceIndicatorOr), role: .muted))
            } else if search.matches.isEmpty {
                spans.append(Line.Span("  " + ctx.tr(.frameNoMatch), role: .warn))
            } else {
                let n = search.matches.count
                spans.append(Line.Span("  " + (ctx.tr(.frameN1Matches, "\(n)") + " "), role: .muted))
                for (i, m) in search.matches.prefix(6).enumerated() {
                    spans.append(Line.Span((i > 0 ? " · " : "") + m.label(ctx.lang), role: i == search.index ? .accent : .normal,
                                           attributes: i == search.index ? [.bold] : []))
                }
                spans.append(Line.Span("   ↵ " + ctx.tr(.frameGo) + "  Esc " + ctx.tr(.frameCancel), role: .muted))
            }
            Line(spans).render(in: area, to: &grid)
            return
        }
        if let typed = s.monthPrompt {
            var spans = [Line.Span(" m " + ctx.tr(.frameMonthPrompt) + " ", role: .accent, attributes: [.bold]),
                         Line.Span(typed, attributes: [.bold]), Line.Span(ctx.symbols.isASCII ? "_" : "▏", role: .accent)]
            if typed.isEmpty { spans.append(Line.Span("  " + ctx.tr(.frameMonthHint), role: .muted)) }
            spans.append(Line.Span("   ↵ " + ctx.tr(.frameGo) + "  Esc " + ctx.tr(.frameCancel), role: .muted))
            Line(spans).render(in: area, to: &grid)
            return
        }
        if let message = s.message, !message.isEmpty {
            renderMessage(message, ctx, in: area, to: &grid)
            return
        }
        // A form or a history over the screen says its own keys; the screen's would not apply.
        if s.keyMode == .form || s.figureHistory != nil || s.itemHistory != nil { return }
        let items = Keymap.bar(ctx.lang, ascii: ctx.symbols.isASCII, screen: s.screen, communes: ctx.data.hasCommunes,
                                quarterly: DetailMonths.isQuarterly(s, ctx.data), focus: s.focus)
        KeyBar(items.map { (key: $0.key, label: $0.label) }, priorities: items.map(\.priority)).render(in: area, to: &grid)
    }

    /// The most rows a message takes, counting the bottom line.
    static let messageRows = 4

    /// A message on the bottom line; one longer than the line (a save's summary with why another
    /// value is still shown) wraps upwards over the screen's last rows until the next key, so it is
    /// read whole; only beyond `messageRows` rows is it cut with "…".
    static func renderMessage(_ message: String, _ ctx: RenderContext, in area: Rect, to grid: inout Grid) {
        let ellipsis = ctx.symbols.ellipsis
        var rows = TextWrap.lines(message, width: max(1, area.width - 2))
        if rows.count > messageRows {
            rows = Array(rows.prefix(messageRows - 1)) + [rows[(messageRows - 1)...].joined(separator: " ")]
        }
        let above = min(rows.count - 1, area.y)
        rows = Array(rows.prefix(above + 1))
        if above > 0 { grid.fill(Rect(x: area.x, y: area.y - above, width: area.width, height: above)) }
        for (i, row) in rows.enumerated() {
            Label(" " + row, role: .warn, ellipsis: ellipsis).render(in: Rect(x: area.x, y: area.y - above + i, width: area.width, height: 1), to: &grid)
        }
    }
}
