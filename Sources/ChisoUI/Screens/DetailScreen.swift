import ChisoCore

/// One indicator for one province: the monthly table with sources and revisions, and a chart
/// of this year against last year.
public enum DetailScreen {
    /// The months listed: January of last year to December of the selected month's year.
    public static func months(_ state: AppState) -> [Period] {
        let start = Period(year: state.month.year - 1, month: 1)
        return (0..<24).map { start.advanced(by: $0) }
    }

    public struct Layout {
        public let title: Rect
        public let chart: Rect
        public let table: Rect
        public let sources: Rect
    }

    public static func layout(_ body: Rect) -> Layout {
        let sourceRows = body.height >= 30 ? 5 : 4
        let chartRows = body.height >= 30 ? max(10, body.height * 2 / 5) : max(6, body.height / 3)
        let r = body.rows([.fixed(1), .fixed(chartRows), .fill(1), .fixed(sourceRows)])
        return Layout(title: r[0], chart: r[1], table: r[2], sources: r[3])
    }

    public static func visibleRows(_ size: Size) -> Int { max(1, layout(Frame.body(size)).table.height - 3) }

    static func render(_ ctx: inout RenderContext, in body: Rect, to grid: inout Grid) {
        let s = ctx.state
        guard let ind = CompareScreen.indicator(s, ctx.data), let unit = ctx.data.unit(s.province) else { return }
        let a = ctx.analytics
        let lang = ctx.lang
        let lay = layout(body)
        Line([Line.Span(" " + ind.name(lang), role: .accent, attributes: [.bold]), Line.Span(" — " + unit.label(lang), attributes: [.bold]),
              Line.Span("  (" + NumberFormat.unitLabel(ind.unit, lang: lang) + ")", role: .muted)]).render(in: lay.title, to: &grid)
        // Chart: this year against last year, on the basis with more figures.
        let year = s.month.year
        let dec = Period(year: year, month: 12)
        let (basis, _) = ctx.preferredBasis(unit, ind, ending: dec, months: 24)
        let current = a.series(unit: unit, indicator: ind, basis: basis, ending: dec, months: 12)
        let previous = a.series(unit: unit, indicator: ind, basis: basis, ending: dec.advanced(by: -12), months: 12)
        for v in current + previous { ctx.saw(v) }
        let chartBlock = Block(title: ind.shortName(lang) + " · " + Words.basisName(basis, lang), symbols: ctx.symbols)
        chartBlock.render(in: lay.chart, to: &grid)
        BarChart(labels: (1...12).map { lang == .vi ? "T\($0)" : String(Words.monthsEN[$0 - 1].prefix(3)) },
                 current: current.map { $0?.value }, previous: previous.map { $0?.value }, symbols: ctx.symbols,
                 legend: (String(year), String(year - 1)), highlight: s.month.month - 1) { Words.compact($0, lang) }
            .render(in: chartBlock.inner(lay.chart).inset(left: 1, right: 1), to: &grid)
        // Table of months.
        let months = Self.months(s)
        let tableBlock = Block(title: ctx.tr("Số liệu theo tháng", "Monthly figures"), symbols: ctx.symbols, focused: true)
        tableBlock.render(in: lay.table, to: &grid)
        let inner = tableBlock.inner(lay.table).inset(left: 1, right: 1)
        let wide = inner.width >= 100
        let columns = [
            Table.Column(ctx.tr("tháng", "month"), .fixed(lang == .vi ? 10 : 11)),
            Table.Column(ctx.tr("trong tháng", "month"), .fixed(wide ? 18 : 12), .right),
            Table.Column(ctx.tr("lũy kế", "year to date"), .fixed(wide ? 18 : 14), .right),
            Table.Column(ctx.tr("so cùng kỳ", "vs last yr"), .fixed(11), .right),
            Table.Column(ctx.tr("% kế hoạch", "% of plan"), .fixed(10), .right),
            Table.Column(ctx.tr("nguồn", "source"), .fill(1)),
        ]
        let symbols = ctx.symbols
        var seenSynthetic = false
        var table = Table(columns: columns, rowCount: months.count, selected: months.firstIndex(of: s.month), offset: s.detail.offset,
                          focused: true, symbols: symbols) { i in
            let p = months[i]
            let mv = a.value(unit: unit, indicator: ind, basis: .month, period: p)
            let yv = a.value(unit: unit, indicator: ind, basis: .ytd, period: p)
            let ch = a.change(unit: unit, indicator: ind, basis: ind.kind.isAdditive ? .ytd : .month, period: p)
            let sh = a.shareOfTarget(unit: unit, indicator: ind, period: p)
            if [mv, yv, ch, sh].contains(where: { $0?.isSynthetic == true }) { seenSynthetic = true }
            func marks(_ v: DerivedValue?) -> String {
                guard let v else { return "" }
                return (v.isDerived ? symbols.derived : "") + (v.hasRevisions ? symbols.revised : "") + (v.isSynthetic ? symbols.synthetic : "")
            }
            func num(_ v: DerivedValue?) -> Line.Span {
                guard let v else { return Line.Span(symbols.gap, role: .muted) }
                return Line.Span(NumberFormat.format(v.value, lang: lang, signed: ind.kind == .rate) + marks(v))
            }
            let figures = [mv, yv, ch, sh].compactMap { $0 }.flatMap { $0.sources }
            var hosts: [String] = []
            for f in figures where !hosts.contains(f.source.shortLabel) { hosts.append(f.source.shortLabel) }
            return [
                Line.Span(Words.shortMonth(p, lang), role: mv == nil && yv == nil ? .muted : .normal),
                num(mv), num(yv),
                ch.map { RenderContext.changeSpanStatic($0.value, ind, symbols, lang) } ?? Line.Span(symbols.gap, role: .muted),
                sh.map { Line.Span(Words.percent($0.value, lang, signed: false) + marks($0)) } ?? Line.Span(symbols.gap, role: .muted),
                Line.Span(hosts.isEmpty ? "" : hosts[0] + (hosts.count > 1 ? " +\(hosts.count - 1)" : ""), role: .muted),
            ]
        }
        table.hintArea = lay.table.bottom(1)
        table.render(in: inner, to: &grid)
        if seenSynthetic { ctx.showsSynthetic = true }
        renderSources(&ctx, unit: unit, indicator: ind, in: lay.sources, to: &grid)
    }

    /// The selected month's figures by publication (an amount with its own share and change),
    /// then the computed ones; each concept's headline in bold (`Analytics.provenanceLines`).
    static func renderSources(_ ctx: inout RenderContext, unit: Province, indicator ind: Indicator, in area: Rect, to grid: inout Grid) {
        let p = ctx.state.month
        var lines = ctx.analytics.provenanceLines(unit: unit, indicator: ind, period: p, lang: ctx.lang).map { pieces in
            Line(pieces.map { Line.Span($0.text, role: $0.style == .muted ? .muted : ($0.style == .synthetic ? .synthetic : .normal),
                                        attributes: $0.style == .headline || $0.style == .label ? [.bold] : []) })
        }
        if lines.isEmpty {
            lines.append(Line([Line.Span(ctx.tr("Không có số liệu cho ", "No figure for ") + Words.month(p, ctx.lang)
                + ctx.tr(" — các tháng trống hiện là ", " — months without data show as ") + ctx.symbols.gap, role: .muted)]))
        }
        for (i, line) in lines.prefix(area.height).enumerated() { line.render(in: area.row(i).inset(left: 1), to: &grid) }
    }
}
