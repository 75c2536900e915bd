import ChisoCore

/// What the Detail screen shows, as plain values: the title, the chart's two years, the visible
/// months of the table and the selected month's sources.
struct DetailModel {
    /// False when there is no indicator or unit to show (the body stays blank).
    var isEmpty = true
    var title: [Line.Span] = []
    var chartTitle = ""
    /// The chart's axis scale and the unit it counts in.
    var axis: (divisor: Double, words: String?) = (1, nil)
    var axisUnit = ""
    var chartLabels: [String] = []
    var current: [Double?] = []
    var previous: [Double?] = []
    var year = 0
    var highlight = 0
    var tableTitle = ""
    var columns: [Table.Column] = []
    /// The visible months, from `layout.rows.first`.
    var rows: [[Line.Span]] = []
    var sources: [Line] = []
    /// The whole provenance of the month's figures, when open (Enter).
    var provenance: ProvenanceViewModel?
    var showsSynthetic = false

    init(_ ctx: inout RenderContext, _ layout: DetailLayout) {
        let s = ctx.state
        guard let ind = CompareTable.indicator(s, ctx.data), let unit = ctx.data.unit(s.province) else { return }
        isEmpty = false
        let a = ctx.analytics
        let lang = ctx.lang
        title = [Line.Span(" " + ind.name(lang), role: .accent, attributes: [.bold]), Line.Span(" — " + unit.label(lang), attributes: [.bold]),
                 Line.Span("  (" + NumberFormat.unitLabel(ind.unit, lang: lang) + ")", role: .muted)]
        if DetailMonths.isQuarterly(s, ctx.data) {
            fillQuarters(&ctx, layout, unit: unit, indicator: ind)
            return
        }
        // Chart: this year against last year, on the basis with more figures.
        year = s.month.year
        let dec = Period(year: year, month: 12)
        let (basis, _) = ctx.preferredBasis(unit, ind, ending: dec, months: 24)
        let currentSeries = a.series(unit: unit, indicator: ind, basis: basis, ending: dec, months: 12)
        let previousSeries = a.series(unit: unit, indicator: ind, basis: basis, ending: dec.advanced(by: -12), months: 12)
        for v in currentSeries + previousSeries { ctx.saw(v) }
        // Months after the data's last month have not happened: the current year stops there.
        current = currentSeries.prefix(ctx.data.monthsSoFar(in: year)).map { $0?.value }
        previous = previousSeries.map { $0?.value }
        chartTitle = ind.shortName(lang) + " · " + Words.basisName(basis, lang)
        axisUnit = ind.unit
        axis = Words.axisScale(maxAbs: (current + previous).compactMap { $0 }.filter(\.isFinite).map(abs).max() ?? 0, unit: ind.unit, lang)
        chartLabels = (1...12).map { Glossary.text(.periodChartMonth, lang, "\($0)", Words.monthAbbreviation($0, lang)) }
        highlight = s.month.month - 1
        tableTitle = ctx.tr(.detailMonthlyFigures)
        let wide = layout.tableInner.width >= 100
        columns = [
            Table.Column(ctx.tr(.detailMonth), .fixed(lang == .vi ? 10 : 11)),
            Table.Column(ctx.tr(.detailMonth2), .fixed(wide ? 18 : 12), .right),
            Table.Column(ctx.tr(.detailYearToDate), .fixed(wide ? 18 : 14), .right),
            Table.Column(ctx.tr(.overviewVsLastYr), .fixed(11), .right),
            Table.Column(ctx.tr(.compareOfPlan), .fixed(10), .right),
            Table.Column(ctx.tr(.detailSource), .fill(1)),
        ]
        let months = DetailMonths.months(s)
        for i in layout.rows.first..<min(layout.rows.end, months.count) {
            rows.append(row(months[i], unit, ind, &ctx))
        }
        sources = DetailModel.sources(&ctx, unit: unit, indicator: ind, period: s.month)
        if let inner = layout.provenanceText?.rows { provenance = ProvenanceViewModel(ctx, width: inner.width) }
    }

    /// One month: its month and year-to-date values, change, share of plan and sources.
    private mutating func row(_ p: Period, _ unit: Province, _ ind: Indicator, _ ctx: inout RenderContext) -> [Line.Span] {
        let a = ctx.analytics
        let lang = ctx.lang
        let symbols = ctx.symbols
        let mv = a.value(unit: unit, indicator: ind, basis: .month, period: p)
        let yv = a.value(unit: unit, indicator: ind, basis: .ytd, period: p)
        let ch = a.change(unit: unit, indicator: ind, basis: ind.kind.isAdditive ? .ytd : .month, period: p)
        let sh = a.shareOfTarget(unit: unit, indicator: ind, period: p)
        if [mv, yv, ch, sh].contains(where: { $0?.isSynthetic == true }) { showsSynthetic = true }
        let marks = ctx.marks
        func num(_ v: DerivedValue?) -> Line.Span {
            guard let v else { return Line.Span(symbols.gap, role: .muted) }
            return Line.Span(NumberFormat.format(v.value, lang: lang, signed: ind.kind == .rate) + marks(v))
        }
        let figures = [mv, yv, ch, sh].compactMap { $0 }.flatMap { $0.sources }
        var hosts: [String] = []
        for f in figures where !hosts.contains(f.source.shortLabel(lang)) { hosts.append(f.source.shortLabel(lang)) }
        return [
            Line.Span(Words.shortMonth(p, lang), role: mv == nil && yv == nil ? .muted : .normal),
            num(mv), num(yv),
            ch.map { ctx.changeSpan($0.value, ind) } ?? Line.Span(symbols.gap, role: .muted),
            sh.map { Line.Span(Words.percent($0.value, lang, signed: false) + marks($0)) } ?? Line.Span(symbols.gap, role: .muted),
            Line.Span(hosts.isEmpty ? "" : hosts[0] + (hosts.count > 1 ? " +\(hosts.count - 1)" : ""), role: .muted),
        ]
    }

    /// The selected month's (quarter's) figures by publication (an amount with its own share and
    /// change), then the computed ones; each concept's headline in bold (`Analytics.provenanceLines`).
    static func sources(_ ctx: inout RenderContext, unit: Province, indicator ind: Indicator, period p: Period) -> [Line] {
        var lines = ctx.analytics.provenanceLines(unit: unit, indicator: ind, period: p, lang: ctx.lang).map { pieces in
            Line(pieces.map { Line.Span($0.text, role: $0.style == .muted ? .muted : ($0.style == .synthetic ? .synthetic : .normal),
                                        attributes: $0.style == .headline || $0.style == .label ? [.bold] : []) })
        }
        if lines.isEmpty {
            lines.append(Line([Line.Span((ctx.tr(.detailNoFigureFor) + " ") + Words.month(p, ctx.lang)
                + (" " + ctx.tr(p.isQuarter ? .detailQuartersWithoutDataShowAs : .detailMonthsWithoutDataShowAs) + " ") + ctx.symbols.gap, role: .muted)]))
        }
        return lines
    }
}
