import ChisoCore

/// The Overview's quarterly line, as plain values: for the month shown, the latest quarter that
/// has ended (with figures) — its year to date and the quarter alone — against the unit's and the
/// nation's targets for the year, and the source. Pieces carry drop priorities so that a narrow
/// box keeps what matters most (`QuarterLineView`).
struct QuarterLineModel {
    /// One piece of the line.
    struct Piece {
        var spans: [Line.Span]
        /// Shorter forms, longest first, used before the piece is dropped.
        var shorter: [[Line.Span]] = []
        /// Higher goes first when the line is too long.
        var priority: Int
        /// True for a target (drawn on its own line when the box has three).
        var isTarget = false
    }

    var title: String
    var pieces: [Piece] = []
    /// The source lines (full, short, bare), as the panels word them.
    var sources: [(full: String, short: String, bare: String)] = []
    /// The sources' site names alone (`¹ vnexpress.net · ² vneconomy.vn`), for the narrowest line.
    var sourceHosts = ""

    init(_ ctx: inout RenderContext, spec: PanelSpec, unit: Province) {
        let lang = ctx.lang
        let month = ctx.state.month
        title = spec.title(lang)
        guard let indicator = ctx.data.indicator(spec.primary) else { return }
        let a = ctx.analytics
        guard let figures = a.latestQuarter(unit: unit, indicator: indicator, endingBy: month) else {
            pieces = [Piece(spans: [Line.Span(ctx.tr(.overviewNoFiguresFor) + " " + Words.quarter(month.latestQuarterEnded, lang), role: .muted)], priority: 1)]
            return
        }
        title += " · " + Words.quarter(figures.period, lang)
        let shown = figures.shown
        let notes = SourceNotes(shown.map(\.value), ascii: ctx.symbols.isASCII)
        for (i, (basis, v)) in shown.enumerated() {
            let arrow = v.value > 0 ? ctx.symbols.up : (v.value < 0 ? ctx.symbols.down : ctx.symbols.flat)
            let markers = ctx.markers(v) + notes.marks[i]
            pieces.append(Piece(spans: [Line.Span(Words.basis(basis, figures.period, lang) + " ", role: .muted),
                                        Line.Span(Words.value(v.value, indicator, lang) + " " + arrow, role: ctx.changeRole(v.value, indicator), attributes: [.bold]),
                                        Line.Span(markers.isEmpty ? "" : " " + markers, role: .warn)],
                                priority: basis == .ytd ? 1 : 4))
        }
        let year = figures.period.year
        if let own = a.target(unit: unit, indicator: indicator, year: year, knownAt: month) {
            var text = spec.plan(lang) + " \(year) "
            let value = Words.percent(own.target.value, lang, signed: false)
            var note = ""
            if own.isRevision, let day = own.target.source.published.flatMap(CalendarDate.init) {
                note = " (" + ctx.tr(.growthRevisedOn, "\(day.day)", "\(day.month)", "\(day.year)", Words.monthAbbreviation(day.month, lang)) + ")"
            }
            text += value
            pieces.append(Piece(spans: [Line.Span(text, role: .accent), Line.Span(note, role: .muted)],
                                shorter: note.isEmpty ? [] : [[Line.Span(text, role: .accent)]], priority: 2, isTarget: true))
        }
        if unit.level != .national, let nation = ctx.data.dataset.catalogue.national,
           let national = a.target(unit: nation, indicator: indicator, year: year, knownAt: month) {
            let value = Words.percent(national.target.value, lang, signed: false)
            pieces.append(Piece(spans: [Line.Span(ctx.tr(.growthNationalTarget, value), role: .muted)], priority: 5, isTarget: true))
        }
        sources = ctx.sourceText(notes)
        sourceHosts = notes.sources.enumerated().map { n, s in
            (notes.isMixed ? SourceNotes.mark(n + 1, ascii: ctx.symbols.isASCII) + " " : "") + s.host
        }.joined(separator: QuarterLineView.separator)
    }
}
