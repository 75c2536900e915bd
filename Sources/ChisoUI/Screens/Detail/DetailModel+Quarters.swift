import ChisoCore

/// Detail for a quarterly indicator (GRDP growth): the chart of this year's quarters against last
/// year's, a table of the eight quarters (the quarter alone, the year to date, the year's target as
/// known at the quarter's end, the sources) and the selected quarter's figures by publication.
extension DetailModel {
    mutating func fillQuarters(_ ctx: inout RenderContext, _ layout: DetailLayout, unit: Province, indicator ind: Indicator) {
        let s = ctx.state
        let a = ctx.analytics
        let lang = ctx.lang
        let selected = DetailMonths.selected(s, ctx.data)
        year = selected.year
        func quarters(_ y: Int) -> [Period] { (1...4).map { Period(year: y, quarter: $0) } }
        // The chart: the year to date (the figure the Overview's box leads with), else the quarter alone.
        let ytdCount = (quarters(year) + quarters(year - 1)).filter { a.value(unit: unit, indicator: ind, basis: .ytd, period: $0) != nil }.count
        let singleCount = (quarters(year) + quarters(year - 1)).filter { a.value(unit: unit, indicator: ind, basis: .quarter, period: $0) != nil }.count
        let basis: Basis = ytdCount >= singleCount ? .ytd : .quarter
        let currentValues = quarters(year).map { a.value(unit: unit, indicator: ind, basis: basis, period: $0) }
        let previousValues = quarters(year - 1).map { a.value(unit: unit, indicator: ind, basis: basis, period: $0) }
        for v in currentValues + previousValues { ctx.saw(v) }
        // Quarters that end after the data's last month have not happened.
        current = currentValues.prefix(ctx.data.monthsSoFar(in: year) / 3).map { $0?.value }
        previous = previousValues.map { $0?.value }
        chartTitle = ind.shortName(lang) + " · " + Words.basisName(basis, lang)
        axisUnit = ind.unit
        axis = Words.axisScale(maxAbs: (current + previous).compactMap { $0 }.filter(\.isFinite).map(abs).max() ?? 0, unit: ind.unit, lang)
        chartLabels = (1...4).map { Words.quarterName($0, lang) }
        highlight = selected.quarter - 1
        tableTitle = ctx.tr(.detailQuarterlyFigures)
        let wide = layout.tableInner.width >= 100
        columns = [
            Table.Column(ctx.tr(.detailQuarter), .fixed(lang == .vi ? 14 : 10)),
            Table.Column(ctx.tr(.detailQuarter2), .fixed(wide ? 18 : 10), .right),
            Table.Column(ctx.tr(.detailYearToDate), .fixed(wide ? 18 : 12), .right),
            Table.Column(ctx.tr(.detailYearTarget), .fixed(13), .right),
            Table.Column(ctx.tr(.detailSource), .fill(1)),
        ]
        fitSourceColumn(layout)
        let periods = DetailMonths.periods(s, ctx.data)
        for i in layout.rows.first..<min(layout.rows.end, periods.count) {
            rows.append(quarterRow(periods[i], unit, ind, &ctx))
        }
        sources = DetailModel.sources(&ctx, unit: unit, indicator: ind, period: selected, layout: layout)
        if let inner = layout.provenanceText?.rows { provenance = ProvenanceViewModel(ctx, width: inner.width) }
    }

    /// One quarter: the quarter alone, the year to date, the year's target known at its end, the sources.
    private mutating func quarterRow(_ q: Period, _ unit: Province, _ ind: Indicator, _ ctx: inout RenderContext) -> [Line.Span] {
        let a = ctx.analytics
        let lang = ctx.lang
        let gap = Line.Span(ctx.symbols.gap, role: .muted)
        let single = a.value(unit: unit, indicator: ind, basis: .quarter, period: q)
        let ytd = a.value(unit: unit, indicator: ind, basis: .ytd, period: q)
        if [single, ytd].contains(where: { $0?.isSynthetic == true }) { showsSynthetic = true }
        func num(_ v: DerivedValue?) -> Line.Span {
            guard let v else { return gap }
            return Line.Span(Words.percent(v.value, lang) + ctx.marks(v), role: ctx.changeRole(v.value, ind))
        }
        let target = a.target(unit: unit, indicator: ind, year: q.year, knownAt: q.lastMonth)
        return [
            Line.Span(Words.quarter(q, lang), role: single == nil && ytd == nil ? .muted : .normal),
            num(single), num(ytd),
            target.map { Line.Span(Words.percent($0.target.value, lang, signed: false), role: .accent) } ?? gap,
            Line.Span(DetailModel.sourceCell([single, ytd].compactMap({ $0 }).flatMap(\.sources).map(\.source), width: sourceWidth, ctx), role: .muted),
        ]
    }
}
