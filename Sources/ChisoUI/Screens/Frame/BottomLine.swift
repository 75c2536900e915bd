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
            Label(" " + message, role: .warn, ellipsis: ctx.symbols.ellipsis).render(in: area, to: &grid)
            return
        }
        let items = Keymap.bar(ctx.lang, ascii: ctx.symbols.isASCII, screen: s.screen, communes: ctx.data.hasCommunes,
                                quarterly: DetailMonths.isQuarterly(s, ctx.data))
        KeyBar(items.map { (key: $0.key, label: $0.label) }, priorities: items.map(\.priority)).render(in: area, to: &grid)
    }
}
