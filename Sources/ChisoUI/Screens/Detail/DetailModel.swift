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
            Table.Column(ctx.tr(.detailMonth2), .fixed(wide ? 18 : 11), .right),
            Table.Column(ctx.tr(.detailYearToDate), .fixed(wide ? 18 : 12), .right),
            Table.Column(ctx.tr(.overviewVsLastYr), .fixed(11), .right),
            Table.Column(ctx.tr(.compareOfPlan), .fixed(10), .right),
            Table.Column(ctx.tr(.detailSource), .fill(1)),
        ]
        fitSourceColumn(layout)
        let months = DetailMonths.months(s)
        for i in layout.rows.first..<min(layout.rows.end, months.count) {
            rows.append(row(months[i], unit, ind, &ctx))
        }
        sources = DetailModel.sources(&ctx, unit: unit, indicator: ind, period: s.month, layout: layout)
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
            return Line.Span(Words.number(v, ind, lang) + marks(v))
        }
        let figures = [mv, yv, ch, sh].compactMap { $0 }.flatMap { $0.sources }
        return [
            Line.Span(Words.shortMonth(p, lang), role: mv == nil && yv == nil ? .muted : .normal),
            num(mv), num(yv),
            ch.map { ctx.changeSpan($0.value, ind) } ?? Line.Span(symbols.gap, role: .muted),
            sh.map { Line.Span(Words.percent($0.value, lang, signed: false) + marks($0)) } ?? Line.Span(symbols.gap, role: .muted),
            Line.Span(DetailModel.sourceCell(figures.map(\.source), width: sourceWidth, ctx), role: .muted),
        ]
    }

    /// The room left for the table's last column (the sources) by the fixed columns before it.
    var sourceWidth: Int = 0

    mutating func fitSourceColumn(_ layout: DetailLayout) {
        let fixed = columns.reduce(0) { sum, c in if case .fixed(let n) = c.width { return sum + n } else { return sum } }
        sourceWidth = max(0, layout.tableInner.width - fixed - (columns.count - 1))
    }

    /// The table's source cell in the longest form that fits its column, never cut with "…":
    /// `baonghean.vn, 10/6/2025 +1`, else `baonghean.vn +1`, else `2 nguồn` (the sources box
    /// under the table gives the selected month's in full).
    static func sourceCell(_ sources: [Source], width: Int, _ ctx: RenderContext) -> String {
        var labels: [String] = [], hosts: [String] = []
        for s in sources where !labels.contains(s.shortLabel(ctx.lang)) {
            labels.append(s.shortLabel(ctx.lang))
            hosts.append(s.host)
        }
        guard let first = labels.first else { return "" }
        let more = labels.count > 1 ? " +\(labels.count - 1)" : ""
        for text in [first + more, hosts[0] + more] where DisplayWidth.of(text) <= width { return text }
        return ctx.tr(.detailSourceCount, String(labels.count))
    }

    /// The selected month's (quarter's) figures by publication, wrapped to the sources box (`DetailSources`).
    static func sources(_ ctx: inout RenderContext, unit: Province, indicator ind: Indicator, period p: Period, layout: DetailLayout) -> [Line] {
        DetailSources(ctx, unit: unit, indicator: ind, period: p, width: DetailLayout.sourcesWidth(layout.sources.width))
            .lines(rows: layout.sources.height, ctx)
    }
}
