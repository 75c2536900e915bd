import ChisoCore

/// The whole provenance of the selected month's figures on the Detail screen (Enter): for each
/// basis, each published figure (the value, its change and its share when they are figures of
/// their own) with its publisher, full URL, published date, as-of date, note, the quote only where
/// a user entered one, then every other value published for it (value, source, dates) and the
/// sources that give the same value; computed values say what they were computed from. Wrapped
/// to the box, never cut; the box scrolls.
struct ProvenanceViewModel {
    var title: String
    var lines: [[Line.Span]] = []

    init(_ ctx: RenderContext, width: Int) {
        let lang = ctx.lang
        let s = ctx.state
        let a = ctx.analytics
        // A quarterly indicator's figures are the selected quarter's (its year to date, the quarter alone).
        let period = DetailMonths.selected(s, ctx.data)
        title = ctx.tr(.provenanceTitle, Words.month(period, lang))
        guard let unit = ctx.data.unit(s.province), let ind = ctx.data.indicator(s.indicator) else { return }
        let order: [Basis] = period.isQuarter ? [.ytd, .quarter] : (ind.kind.isAdditive ? [.ytd, .month] : [.month, .ytd])
        for basis in order {
            var values: [(DerivedValue, Indicator)] = []
            if let v = a.value(unit: unit, indicator: ind, basis: basis, period: period) { values.append((v, ind)) }
            if !period.isQuarter, let c = a.change(unit: unit, indicator: ind, basis: basis, period: period) {
                values.append((c, a.changeIndicator(for: ind) ?? ind))
            }
            if !period.isQuarter, basis == .ytd, let sh = a.shareOfTarget(unit: unit, indicator: ind, period: period) {
                values.append((sh, a.shareIndicator(for: ind) ?? ind))
            }
            for (v, shown) in values {
                if !lines.isEmpty { lines.append([]) }
                let head = Words.basis(basis, period, lang) + " · " + shown.shortName(lang) + ": "
                    + Words.value(v, shown, lang)
                wrap(head, width: width, role: .normal, bold: true)
                guard let figure = v.figure else {
                    add(ctx.tr(.provenanceDerived) + ":", Analytics.computedFrom(v, lang: lang, catalogue: ctx.data.catalogue), width: width)
                    continue
                }
                describe(figure.source, period: period, ctx, width: width)
                for r in figure.revisions {
                    add(ctx.tr(.provenanceOtherValue), NumberFormat.withUnit(r.value, unit: shown.unit, kind: shown.kind, lang: lang), width: width, role: .warn)
                    describe(r.source, period: period, ctx, width: width, indent: "  ")
                }
                for c in figure.confirmations {
                    add(ctx.tr(.provenanceSameValue), c.isSynthetic ? ctx.tr(.provenanceSyntheticData) : c.host, width: width)
                    describe(c, period: period, ctx, width: width, indent: "  ", publisher: false)
                }
            }
        }
        if lines.isEmpty {
            lines.append([Line.Span((ctx.tr(.detailNoFigureFor) + " ") + Words.month(period, lang), role: .muted)])
        }
    }

    /// Publisher, URL, dates, note and (a user's own) quote of one source, one labelled line each.
    private mutating func describe(_ source: Source, period: Period, _ ctx: RenderContext, width: Int, indent: String = "", publisher: Bool = true) {
        let lang = ctx.lang
        if source.isSynthetic {
            add(indent + ctx.tr(.provenancePublisher), ctx.tr(.provenanceSyntheticData), width: width, role: .synthetic)
            return
        }
        if publisher { add(indent + ctx.tr(.provenancePublisher), source.host, width: width) }
        if source.citation.contains("://") || source.host != source.citation {
            add(indent + ctx.tr(.provenanceAddress), source.citation, width: width, role: .muted)
        }
        if let published = source.published { add(indent + ctx.tr(.provenancePublished), Words.shortDate(published, lang), width: width) }
        if let asOf = source.asOf { add(indent + ctx.tr(.provenanceAsOf), Words.shortDate(asOf, lang), width: width) }
        if !source.note.isEmpty { add(indent + ctx.tr(.provenanceNote), source.note, width: width) }
        if !source.quote.isEmpty { add(indent + ctx.tr(.provenanceQuote), "“" + source.quote + "”", width: width) }
        if let by = source.enteredBy, !by.isEmpty, let at = source.enteredAt {
            add(indent + ctx.tr(.provenanceEnteredBy), Words.entered(by: by, at: at, lang), width: width)
        }
    }

    /// `label value`, wrapped; the label muted, following lines under the value's start when there is room.
    private mutating func add(_ label: String, _ value: String, width: Int, role: Role = .normal) {
        let labelWidth = DisplayWidth.of(label) + 1
        let hanging = labelWidth <= width / 3
        let body = TextWrap.lines(value, width: hanging ? width - labelWidth : width)
        if hanging {
            for (i, line) in body.enumerated() {
                lines.append([Line.Span(i == 0 ? label + " " : String(repeating: " ", count: labelWidth), role: .muted), Line.Span(line, role: role)])
            }
            if body.isEmpty { lines.append([Line.Span(label, role: .muted)]) }
        } else {
            lines.append([Line.Span(label, role: .muted)])
            for line in body { lines.append([Line.Span(line, role: role)]) }
        }
    }

    private mutating func wrap(_ text: String, width: Int, role: Role, bold: Bool) {
        for line in TextWrap.lines(text, width: width) { lines.append([Line.Span(line, role: role, attributes: bold ? [.bold] : [])]) }
    }
}
