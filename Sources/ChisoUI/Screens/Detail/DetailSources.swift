import ChisoCore

/// The selected month's (quarter's) figures by publication, under the Detail table: one entry per
/// publication (`Analytics.provenanceLines`), wrapped to the box with the basis as a hanging label,
/// never cut with "…". When the entries with their URLs do not fit the box they are shown without
/// the URLs (publisher, published date and as-of date stay whole); when even those do not fit, the
/// rows that fit and a last row saying how many more Enter shows.
struct DetailSources {
    /// Every entry wrapped, with the URLs.
    let full: [Line]
    /// Every entry wrapped, without the URLs.
    let short: [Line]
    let noFigure: Bool

    init(_ ctx: RenderContext, unit: Province, indicator ind: Indicator, period p: Period, width: Int) {
        func wrapped(addresses: Bool) -> [Line] {
            ctx.analytics.provenanceLines(unit: unit, indicator: ind, period: p, lang: ctx.lang, addresses: addresses).flatMap { pieces in
                SpanWrap.lines(pieces.map { Line.Span($0.text, role: DetailSources.role($0.style), attributes: $0.style == .headline || $0.style == .label ? [.bold] : []) },
                               width: width, hangingLabel: true)
            }
        }
        full = wrapped(addresses: true)
        if full.isEmpty {
            let text = ctx.tr(.detailNoFigureFor) + " " + Words.month(p, ctx.lang) + " "
                + ctx.tr(p.isQuarter ? .detailQuartersWithoutDataShowAs : .detailMonthsWithoutDataShowAs) + " " + ctx.symbols.gap
            short = SpanWrap.lines([Line.Span(text, role: .muted)], width: width, hangingLabel: false)
            noFigure = true
        } else {
            short = wrapped(addresses: false)
            noFigure = false
        }
    }

    /// The rows the box would like: every entry with its URL.
    var wanted: Int { noFigure ? short.count : full.count }

    /// The rows to draw in a box of `rows` rows.
    func lines(rows: Int, _ ctx: RenderContext) -> [Line] {
        if noFigure { return short }
        if full.count <= rows { return full }
        if short.count <= rows { return short }
        guard rows > 1 else { return [] }
        let more = short.count - (rows - 1)
        return Array(short.prefix(rows - 1)) + [Line([Line.Span(ctx.tr(.detailMoreSources, String(more)), role: .muted)])]
    }

    private static func role(_ style: ProvenancePiece.Style) -> Role {
        switch style {
        case .muted: return .muted
        case .synthetic: return .synthetic
        default: return .normal
        }
    }
}
