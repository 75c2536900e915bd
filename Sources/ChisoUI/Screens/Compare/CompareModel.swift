import ChisoCore

/// What the Compare screen shows, as plain values: built once per frame before drawing, for the
/// rows the layout says are visible.
struct CompareModel {
    /// Shown instead of the table when there is no indicator.
    var notice: String?
    var title = ""
    var columns: [Table.Column] = []
    /// True when the value column is headed by the unit and its cells hold the numbers alone (a narrow table).
    var unitInHeading = false
    var focusedColumn = 0
    var summary = ""
    /// True when a figure of the table stops before its month ends (an as-of column is shown).
    var showsAsOf = false
    /// Months of the sparkline column, nil when it is not shown.
    var sparkMonths: Int?
    /// The visible rows, from `layout.rows.first`.
    var rows: [[Line.Span]] = []
    var legend = ""
    var showsSynthetic = false
    /// The period ranked: the month, or a quarter for a quarterly indicator (`CompareTable.figurePeriod`).
    var period = Period(year: 2025, month: 1)

    init(_ ctx: inout RenderContext, _ layout: CompareLayout) {
        let s = ctx.state
        let data = ctx.data
        guard let ind = CompareTable.indicator(s, data) else {
            notice = ctx.tr(.compareNoIndicators)
            return
        }
        let lang = ctx.lang
        let level = CompareTable.level(s, data)
        let (period, basis) = CompareTable.figurePeriod(s, data, ind)
        self.period = period
        title = ind.name(lang) + " · " + Words.basisName(basis, lang) + " · " + Words.month(period, lang)
        if level != .provinces { title += " · " + CompareTable.levelTitle(s, data) }
        let (national, all) = CompareTable.rows(s, data)
        let isASCII = ctx.symbols.isASCII
        let sortMark = { (c: CompareColumn) -> String in
            s.compareSort == c ? (s.compareAscending ? (isASCII ? " ^" : " ↑") : (isASCII ? " v" : " ↓")) : ""
        }
        columns = [
            Table.Column((level == .provinces ? ctx.tr(.compareProvince) : ctx.tr(.compareCommune)) + sortMark(.name), .fill(1)),
            Table.Column(ctx.tr(.compareRank) + sortMark(.rank), .fixed(7), .right),
            Table.Column(ctx.tr(.compareValue) + sortMark(.value), .fixed(layout.valueWidth), .right),
            Table.Column(ctx.tr(.overviewVsLastYr) + sortMark(.change), .fixed(12), .right),
            Table.Column(ctx.tr(.compareOfPlan) + sortMark(.share), .fixed(12), .right),
        ]
        // Figures that stop before the month ends (an as-of date) say so in a column of their own, shown only when one
        // of the units has such a figure: ranking a figure to 20 May against whole months needs the date beside it.
        let asOfWidth = all.compactMap { CompareModel.asOf($0, period, lang) }.map(DisplayWidth.of).max() ?? 0
        showsAsOf = asOfWidth > 0
        if showsAsOf {
            columns.insert(Table.Column(ctx.tr(.compareAsOf), .fixed(max(asOfWidth, DisplayWidth.of(ctx.tr(.compareAsOf))))), at: 3)
        }
        // In a narrow table the as-of column takes the sparkline's place, so names and values stay whole.
        // A quarter has no 12-month trend: the column is left out.
        sparkMonths = (showsAsOf && layout.valueWidth < 18) || period.isQuarter ? nil : layout.sparkMonths
        if showsAsOf && sparkMonths == nil {
            columns[2] = Table.Column(ctx.tr(.compareValue) + sortMark(.value), .fixed(18), .right)
        }
        if let months = sparkMonths { columns.append(Table.Column(ctx.tr(.compareN1Months, "\(months)"), .fixed(months))) }
        // A value column too narrow for a value with its unit (`11.360 tỷ đồng⚑` at 80 columns) is headed by the
        // unit and its cells give the number alone, never cut with "…".
        if case .fixed(let width) = columns[2].width, !NumberFormat.unitLabel(ind.unit, lang: lang).isEmpty,
           all.contains(where: { r in r.value.map { DisplayWidth.of(Words.value($0, ind, lang) + ctx.marks($0)) > width } ?? false }) {
            unitInHeading = true
            columns[2] = Table.Column(NumberFormat.unitLabel(ind.unit, lang: lang) + sortMark(.value), .fixed(width), .right)
        }
        focusedColumn = s.compareColumn.rawValue
        // Summary line: the national row and how many units have data.
        let withData = all.filter { $0.value != nil }.count
        summary = level == .communesOfProvince ? (national?.unit.displayName(lang) ?? "") + ": " : (ctx.tr(.compareVietnam) + " ")
        if let n = national, let v = n.value {
            summary += Words.value(v, ind, lang) + " " + ctx.markers(v)
            if let c = n.change { summary += "  " + ctx.changeSpan(c.value, ind).text }
        } else {
            summary += ctx.tr(.compareNoFigure)
        }
        if level == .provinces {
            summary += "   " + ctx.tr(.compareN12ProvincesWithData, "\(withData)", "\(all.count)")
        } else {
            summary += "   " + ctx.tr(.compareN12CommunesWithData, "\(withData)", "\(all.count)")
        }
        let window = layout.rows
        for i in window.first..<min(window.end, all.count) {
            rows.append(row(CompareTable.completed(all[i], s, data, ind), ind, level, layout, &ctx))
        }
        let symbols = ctx.symbols
        // The meaning of the marks always; the keys (also on the key bar and in help) when they fit too.
        let keys = ctx.tr(.compareTabColumnSSSort) + " "
        let marks = symbols.derived + (" " + ctx.tr(.compareDerived) + "  ") + symbols.revised + (" " + ctx.tr(.compareRevised) + "  ")
            + symbols.gap + (" " + ctx.tr(.compareNoData))
        legend = DisplayWidth.of(keys + marks) <= layout.legend.width ? keys + marks : marks
    }

    /// "đến 20/5" when the row's value stops before the end of `month`.
    static func asOf(_ r: CompareTable.Row, _ month: Period, _ lang: Language) -> String? {
        r.value?.figure?.source.asOfLabel(period: month, lang: lang)
    }

    /// One table row: name, rank, value, as-of date (when any row has one), change, share and, when it fits, the sparkline.
    private mutating func row(_ r: CompareTable.Row, _ ind: Indicator, _ level: CompareLevel, _ layout: CompareLayout,
                              _ ctx: inout RenderContext) -> [Line.Span] {
        let s = ctx.state
        let lang = ctx.lang
        let symbols = ctx.symbols
        ctx.count(compareRows: 1)
        let name = level == .communesOfProvince ? ctx.data.nameUnderParent(r.unit, lang) : r.unit.label(lang)
        let marks = ctx.marks
        if r.value?.isSynthetic == true { showsSynthetic = true }
        var spans = [
            Line.Span(name, role: r.value == nil ? .muted : .normal),
            Line.Span(r.rank.map(String.init) ?? symbols.gap, role: .muted),
            Line.Span(r.value.map { (unitInHeading ? Words.number($0, ind, lang) : Words.value($0, ind, lang)) + marks($0) } ?? symbols.gap,
                      role: r.value == nil ? .muted : .normal),
            r.change.map { c in
                let sp = ctx.changeSpan(c.value, ind)
                return Line.Span(sp.text + marks(c), role: sp.role)
            } ?? Line.Span(symbols.gap, role: .muted),
            Line.Span(r.share.map { Words.percent($0.value, lang, signed: false) + marks($0) } ?? symbols.gap, role: r.share == nil ? .muted : .normal),
        ]
        if showsAsOf { spans.insert(Line.Span(CompareModel.asOf(r, period, lang) ?? "", role: .muted), at: 3) }
        if let months = sparkMonths {
            ctx.count(sparklines: 1)
            let series = ctx.analytics.series(unit: r.unit, indicator: ind, basis: s.basis, ending: s.month, months: months).map { $0?.value }
            spans.append(Line.Span(Sparkline(values: series, symbols: symbols).glyphs().joined(), role: .accent))
        }
        return spans
    }
}
