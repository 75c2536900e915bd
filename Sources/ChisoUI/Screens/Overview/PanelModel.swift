import ChisoCore

/// One headline panel, as plain values: how much, compared with what, against which plan,
/// trending how, says who. Built before drawing; `PanelView` fits the rows into the panel's box.
struct PanelModel {
    /// One row of a panel.
    enum Row {
        case value(label: String, value: String, markers: String, role: Role)
        case change(label: String, span: Line.Span, markers: String)
        case gauge(label: String, ratio: Double?, text: String, markers: String)
        /// 24 months: January of the year before the month to December of its year.
        case spark(values: [Double?], month: Period, basis: Basis)
        case chart(current: [Double?], previous: [Double?], labels: [String], month: Period, unit: String, basis: Basis)
        case source(String, String, String)
        case missing(String)
        /// A row kept for figures another month of the year has.
        case blank

        /// The row with a publication mark right after its figure, like a footnote.
        func marked(_ mark: String) -> Row {
            switch self {
            case .value(let l, let v, let m, let r): return .value(label: l, value: v + mark, markers: m, role: r)
            case .change(let l, var sp, let m): sp.text += mark; return .change(label: l, span: sp, markers: m)
            case .gauge(let l, let ratio, let t, let m): return .gauge(label: l, ratio: ratio, text: t + mark, markers: m)
            default: return self
            }
        }
    }

    /// A figure a panel shows for a month, before it is worded.
    enum Figure {
        case value(Basis, DerivedValue)
        case change(Basis, DerivedValue)
        case share(DerivedValue)
        case companion(PanelSpec.Companion, Indicator, DerivedValue)

        var value: DerivedValue {
            switch self {
            case .value(_, let v), .change(_, let v), .share(let v), .companion(_, _, let v): return v
            }
        }
    }

    var title: String
    /// The rows with their drop priorities (the highest goes first when the box is short).
    var rows: [(Row, Int)]

    init(_ ctx: inout RenderContext, spec: PanelSpec, unit: Province) {
        title = spec.title(ctx.lang)
        rows = []
        let month = ctx.state.month
        guard let primary = ctx.data.indicator(spec.primary) else { return }
        let companions = spec.companions.compactMap { c in ctx.data.indicator(c.indicator).map { (c, $0) } }
        let figures = PanelModel.figures(ctx.analytics, primary: primary, companions: companions, unit: unit, month: month)
        rows = PanelModel.words(&ctx, figures, spec: spec, primary: primary)
        if figures.isEmpty { rows.append((.missing((ctx.tr(.overviewNoFiguresFor) + " ") + Words.month(month, ctx.lang)), 1)) }
        // Each figure from one of several publications carries that publication's mark.
        let notes = SourceNotes(PanelModel.shown(figures), ascii: ctx.symbols.isASCII)
        for i in rows.indices where !notes.marks[i].isEmpty { rows[i].0 = rows[i].0.marked(notes.marks[i]) }
        // As many figure rows as the fullest month of the year needs, so that the chart below
        // stays where it is while the month moves within the year (a month step then rewrites
        // the figures, not the chart). Only counted: those months' figures are not worded.
        // The source lines below the chart are kept the same way (one per publication when there are several).
        var reserve = rows.count
        var sourceLines = max(1, notes.sources.count)
        for m in 1...12 where m != month.month {
            let other = PanelModel.figures(ctx.analytics, primary: primary, companions: companions, unit: unit, month: Period(year: month.year, month: m))
            reserve = max(reserve, max(1, other.count))
            sourceLines = max(sourceLines, SourceNotes(PanelModel.shown(other)).sources.count)
        }
        while rows.count < reserve { rows.append((.blank, 10)) }
        // Charts show the calendar year of the month (reports are year to date), January to
        // December, with the same months of the year before; the selected month is marked.
        let (basis, series) = ctx.preferredBasis(unit, primary, ending: Period(year: month.year, month: 12), months: 24)
        for v in series { ctx.saw(v) }
        let values = series.map { $0?.value }
        rows.append((.spark(values: values, month: month, basis: basis), 3))
        // Months after the data's last month have not happened: the current year stops there.
        rows.append((.chart(current: Array(values.suffix(12).prefix(ctx.data.monthsSoFar(in: month.year))), previous: Array(values.prefix(12)),
                            labels: (1...12).map { String($0) }, month: month, unit: primary.unit, basis: basis), 9))
        // The source line keeps its row (blank without figures) so that nothing above it moves.
        let lines = ctx.sourceText(notes)
        for line in lines { rows.append((.source(line.full, line.short, line.bare), 2)) }
        for _ in lines.count..<max(lines.count, sourceLines) { rows.append((.source("", "", ""), 10)) }
    }

    /// The value behind each figure row, in row order (nil for the "no figures" row).
    static func shown(_ figures: [Figure]) -> [DerivedValue?] {
        figures.isEmpty ? [nil] : figures.map(\.value)
    }

    /// The figures of a panel for `month`: the main indicator's values (and changes, for flows),
    /// its share of the plan, and the companions' values.
    static func figures(_ a: Analytics, primary: Indicator, companions: [(PanelSpec.Companion, Indicator)], unit: Province,
                        month: Period) -> [Figure] {
        var out: [Figure] = []
        let order: [Basis] = primary.kind.isAdditive ? [.ytd, .month] : [.month, .ytd]
        for basis in order {
            guard let v = a.value(unit: unit, indicator: primary, basis: basis, period: month) else { continue }
            out.append(.value(basis, v))
            if primary.kind.isAdditive, let c = a.change(unit: unit, indicator: primary, basis: basis, period: month) { out.append(.change(basis, c)) }
        }
        // The headline share of the plan: the latest publication's, else computed from the target.
        if primary.kind.isAdditive, let share = a.shareOfTarget(unit: unit, indicator: primary, period: month) {
            out.append(.share(share))
        }
        for (companion, indicator) in companions {
            let basis: Basis = a.value(unit: unit, indicator: indicator, basis: .ytd, period: month) != nil ? .ytd : .month
            if let v = a.value(unit: unit, indicator: indicator, basis: basis, period: month) { out.append(.companion(companion, indicator, v)) }
        }
        return out
    }

    /// The figures worded as rows, with their drop priorities.
    static func words(_ ctx: inout RenderContext, _ figures: [Figure], spec: PanelSpec, primary: Indicator) -> [(Row, Int)] {
        let lang = ctx.lang
        let month = ctx.state.month
        let first: Basis = primary.kind.isAdditive ? .ytd : .month
        return figures.map { figure -> (Row, Int) in
            switch figure {
            case .value(let basis, let v):
                let markers = ctx.markers(v)
                let arrow = primary.kind == .rate ? " " + (v.value > 0 ? ctx.symbols.up : (v.value < 0 ? ctx.symbols.down : ctx.symbols.flat)) : ""
                return (.value(label: Words.basis(basis, month, lang), value: Words.value(v, primary, lang) + arrow, markers: markers,
                               role: primary.kind == .rate ? ctx.changeRole(v.value, primary) : .normal), basis == first ? 1 : 4)
            case .change(let basis, let c):
                let m = ctx.markers(c)
                return (.change(label: ctx.tr(.overviewVsLastYr), span: ctx.changeSpan(c.value, primary), markers: m), basis == first ? 2 : 5)
            case .share(let share):
                return (.gauge(label: spec.plan(lang), ratio: share.value / 100, text: Words.percent(share.value, lang, signed: false),
                               markers: ctx.markers(share)), 2)
            case .companion(let companion, let indicator, let v):
                let label = companion.label(lang).isEmpty ? indicator.shortName(lang) : companion.label(lang)
                return (.value(label: label, value: Words.value(v, indicator, lang), markers: ctx.markers(v),
                               role: indicator.kind == .rate ? ctx.changeRole(v.value, indicator) : .normal), 3)
            }
        }
    }
}
