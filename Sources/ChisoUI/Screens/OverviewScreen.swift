import ChisoCore

/// Province × month: the province list and one panel per headline indicator.
public enum OverviewScreen {
    public struct Layout {
        public let list: Rect
        public let panels: [Rect]
    }

    public static func layout(_ body: Rect, panelCount: Int) -> Layout {
        let listWidth = body.width >= 150 ? 28 : (body.width >= 110 ? 24 : (body.width >= 90 ? 20 : 17))
        let cols = body.columns([.fixed(listWidth), .fill(1)])
        let count = max(1, panelCount)
        let perRow = count == 1 ? 1 : 2
        let rowsCount = (count + perRow - 1) / perRow
        var panels: [Rect] = []
        let rowRects = cols[1].rows(Array(repeating: .fill(1), count: rowsCount))
        for r in rowRects {
            for c in r.columns(Array(repeating: .fill(1), count: perRow)) where panels.count < panelCount { panels.append(c) }
        }
        return Layout(list: cols[0], panels: panels)
    }

    /// Rows of the province list that fit (inside the border, below the filter line).
    public static func visibleListRows(_ size: Size, panelCount: Int) -> Int {
        max(1, layout(Frame.body(size), panelCount: panelCount).list.height - 3)
    }

    static func render(_ ctx: inout RenderContext, in body: Rect, to grid: inout Grid) {
        let s = ctx.state
        let lay = layout(body, panelCount: ctx.data.panels.count)
        renderList(&ctx, in: lay.list, to: &grid)
        guard let unit = ctx.data.unit(s.province) else { return }
        for (i, spec) in ctx.data.panels.enumerated() where i < lay.panels.count {
            let block = Block(title: spec.title(ctx.lang), symbols: ctx.symbols, focused: s.focus == .panels && s.panel == i)
            block.render(in: lay.panels[i], to: &grid)
            Panel.render(&ctx, spec: spec, unit: unit, in: block.inner(lay.panels[i]).inset(left: 1, right: 1), to: &grid)
        }
    }

    static func renderList(_ ctx: inout RenderContext, in area: Rect, to grid: inout Grid) {
        let s = ctx.state
        let title = ctx.data.hasCommunes ? ctx.tr("Tỉnh, thành › xã", "Provinces › communes") : ctx.tr("Tỉnh, thành", "Provinces")
        let block = Block(title: title, symbols: ctx.symbols, focused: s.focus == .provinces)
        block.render(in: area, to: &grid)
        let inner = block.inner(area)
        guard !inner.isEmpty else { return }
        let filtering = s.search.map { $0.editing && !$0.query.isEmpty } ?? false
        if let search = s.search, search.editing {
            Line([Line.Span("/ ", role: .accent), Line.Span(search.query, attributes: [.bold]),
                  Line.Span(ctx.symbols.isASCII ? "_" : "▏", role: .accent)]).render(in: inner.row(0), to: &grid)
        } else {
            Label("/ " + ctx.tr("tìm", "search"), role: .muted).render(in: inner.row(0), to: &grid)
        }
        let rows = inner.dropTop(1)
        let data = ctx.data
        let tree = data.hasCommunes
        let rowCount: Int
        var selected: Int?
        var offset = 0
        // The rows drawn: the search results while typing, else the window of the tree around the selection.
        var window: [UnitTree.Row] = []
        var first = 0
        var ids: [String] = []
        if filtering, let search = s.search {
            ids = search.matches.filter { $0.kind == .province || $0.kind == .commune }.map(\.id)
            rowCount = ids.count
            if let current = search.matches.indices.contains(search.index) ? search.matches[search.index] : nil,
               current.kind == .province || current.kind == .commune {
                selected = ids.firstIndex(of: current.id)
            }
        } else {
            let unitTree = UnitTree(s, data)
            rowCount = unitTree.count
            selected = unitTree.index(of: s.province)
            offset = s.provinceList.offset
            first = Table.scrolledOffset(selected: selected, offset: offset, visible: rows.height, count: rowCount)
            window = unitTree.rows(from: first, count: rows.height)
            ctx.stats?.treeRowsBuilt += window.count
        }
        let primary = data.panels.compactMap { data.indicator($0.primary) }
        let (expandedMark, collapsedMark) = ctx.symbols.isASCII ? ("- ", "+ ") : ("▾ ", "▸ ")
        var table = Table(columns: [Table.Column("", .fill(1))], rowCount: rowCount, selected: selected,
                          offset: offset, focused: s.focus == .provinces, showHeader: false,
                          symbols: ctx.symbols) { [ctx] i in
            let u: Province
            var name: String
            if filtering {
                guard let found = data.unit(ids[i]) else { return [Line.Span("")] }
                u = found
                name = u.label(ctx.lang)
            } else {
                guard window.indices.contains(i - first) else { return [Line.Span("")] }
                let row = window[i - first]
                u = row.unit
                if !tree {
                    name = u.label(ctx.lang)
                } else if row.depth == 0 {
                    name = (row.children > 0 ? (row.isExpanded ? expandedMark : collapsedMark) : "  ") + u.displayName(ctx.lang)
                } else {
                    name = "    " + data.nameUnderParent(u, ctx.lang)
                }
            }
            // Muted when no headline figure exists for the month.
            let hasData = primary.contains { ind in
                ctx.analytics.value(unit: u, indicator: ind, basis: .ytd, period: s.month) != nil
                    || ctx.analytics.value(unit: u, indicator: ind, basis: .month, period: s.month) != nil
            }
            return [Line.Span(name, role: hasData ? .normal : .muted)]
        }
        table.hintArea = area.bottom(1)
        table.render(in: rows, to: &grid)
        if filtering && rowCount == 0 {
            Label(ctx.tr("không có tỉnh khớp", "no province matches"), role: .muted).render(in: rows.row(0), to: &grid)
        }
    }
}

/// One headline panel: how much, compared with what, against which plan, trending how, says who.
enum Panel {
    enum Row {
        case value(label: String, value: String, markers: String, role: Role)
        case change(label: String, span: Line.Span, markers: String)
        case gauge(label: String, ratio: Double?, text: String, markers: String)
        /// 24 months: January of the year before the month to December of its year.
        case spark(values: [Double?], month: Period)
        case chart(current: [Double?], previous: [Double?], labels: [String], month: Period, indicator: Indicator)
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

    /// Short labels for companion rows, where the catalogue's short names are too long for a panel.
    static func shortLabel(_ indicator: Indicator, _ lang: Language) -> String {
        switch (indicator.id, lang) {
        case ("iip_manufacturing_yoy", .vi): return "chế biến"
        case ("iip_manufacturing_yoy", .en): return "manufacturing"
        case ("projects_approved", .vi): return "dự án mới"
        case ("projects_approved", .en): return "new projects"
        case ("projects_adjusted", .vi): return "điều chỉnh"
        case ("projects_adjusted", .en): return "adjusted"
        default: return indicator.shortName(lang)
        }
    }

    /// The figure rows of a panel for `month` (values, changes, plan, companions, or the
    /// "no figures" line), with their drop priorities; `values` gets each row's figure (nil for none).
    static func textRows(_ ctx: inout RenderContext, primary: Indicator, extras: [Indicator], unit: Province,
                         month: Period, values: inout [DerivedValue?]) -> [(Row, Int)] {
        let a = ctx.analytics
        let lang = ctx.lang
        var rows: [(Row, Int)] = []
        // Primary values: month and year to date.
        let order: [Basis] = primary.kind.isAdditive ? [.ytd, .month] : [.month, .ytd]
        var any = false
        for basis in order {
            guard let v = a.value(unit: unit, indicator: primary, basis: basis, period: month) else { continue }
            any = true
            values.append(v)
            let markers = ctx.markers(v)
            let arrow = primary.kind == .rate ? " " + (v.value > 0 ? ctx.symbols.up : (v.value < 0 ? ctx.symbols.down : ctx.symbols.flat)) : ""
            rows.append((.value(label: Words.basis(basis, month, lang), value: Words.value(v.value, primary, lang) + arrow, markers: markers,
                                role: primary.kind == .rate ? ctx.changeRole(v.value, primary) : .normal), basis == order[0] ? 1 : 4))
            if primary.kind.isAdditive, let c = a.change(unit: unit, indicator: primary, basis: basis, period: month) {
                values.append(c)
                let m = ctx.markers(c)
                rows.append((.change(label: ctx.tr("so cùng kỳ", "vs last yr"), span: ctx.changeSpan(c.value, primary), markers: m), basis == order[0] ? 2 : 5))
            }
        }
        // The headline share of the plan: the latest publication's, else computed from the target.
        if primary.kind.isAdditive, let share = a.shareOfTarget(unit: unit, indicator: primary, period: month) {
            any = true
            values.append(share)
            let label = primary.group == "budget" ? ctx.tr("dự toán", "estimate") : ctx.tr("kế hoạch", "plan")
            rows.append((.gauge(label: label, ratio: share.value / 100, text: Words.percent(share.value, lang, signed: false),
                                markers: ctx.markers(share)), 2))
        }
        for extra in extras {
            let basis: Basis = a.value(unit: unit, indicator: extra, basis: .ytd, period: month) != nil ? .ytd : .month
            guard let v = a.value(unit: unit, indicator: extra, basis: basis, period: month) else { continue }
            any = true
            values.append(v)
            rows.append((.value(label: Panel.shortLabel(extra, lang), value: Words.value(v.value, extra, lang), markers: ctx.markers(v),
                                role: extra.kind == .rate ? ctx.changeRole(v.value, extra) : .normal), 3))
        }
        if !any {
            rows.append((.missing(ctx.tr("không có số liệu ", "no figures for ") + Words.month(month, lang)), 1))
            values.append(nil)
        }
        return rows
    }

    static func rows(_ ctx: inout RenderContext, spec: PanelSpec, unit: Province) -> [(Row, Int)] {
        let month = ctx.state.month
        guard let primary = ctx.data.indicator(spec.primary) else { return [] }
        let extras = spec.extras.compactMap { ctx.data.indicator($0) }
        var shown: [DerivedValue?] = []
        var rows = textRows(&ctx, primary: primary, extras: extras, unit: unit, month: month, values: &shown)
        // Each figure from one of several publications carries that publication's mark.
        let notes = SourceNotes(shown, ascii: ctx.symbols.isASCII)
        for i in rows.indices where !notes.marks[i].isEmpty { rows[i].0 = rows[i].0.marked(notes.marks[i]) }
        // As many figure rows as the fullest month of the year needs, so that the chart below
        // stays where it is while the month moves within the year (a month step then rewrites
        // the figures, not the chart). A copy of the context: those months' markers are not shown.
        // The source lines below the chart are kept the same way (one per publication when there are several).
        var scratch = ctx
        var reserve = rows.count
        var sourceLines = max(1, notes.sources.count)
        for m in 1...12 where m != month.month {
            var other: [DerivedValue?] = []
            reserve = max(reserve, textRows(&scratch, primary: primary, extras: extras, unit: unit,
                                            month: Period(year: month.year, month: m), values: &other).count)
            sourceLines = max(sourceLines, SourceNotes(other).sources.count)
        }
        while rows.count < reserve { rows.append((.blank, 10)) }
        // Charts show the calendar year of the month (reports are year to date), January to
        // December, with the same months of the year before; the selected month is marked.
        let year = month.year
        let (_, series) = ctx.preferredBasis(unit, primary, ending: Period(year: year, month: 12), months: 24)
        for v in series { ctx.saw(v) }
        let values = series.map { $0?.value }
        rows.append((.spark(values: values, month: month), 3))
        rows.append((.chart(current: Array(values.suffix(12)), previous: Array(values.prefix(12)),
                            labels: (1...12).map { String($0) }, month: month, indicator: primary), 9))
        // The source line keeps its row (blank without figures) so that nothing above it moves.
        let lines = ctx.sourceText(notes)
        for line in lines { rows.append((.source(line.full, line.short, line.bare), 2)) }
        for _ in lines.count..<max(lines.count, sourceLines) { rows.append((.source("", "", ""), 10)) }
        return rows
    }

    static func render(_ ctx: inout RenderContext, spec: PanelSpec, unit: Province, in area: Rect, to grid: inout Grid) {
        guard !area.isEmpty else { return }
        var rows = rows(&ctx, spec: spec, unit: unit)
        // The chart replaces the sparkline when there is room for it.
        let textRows = rows.filter { if case .chart = $0.0 { return false }; return true }
        let chartRoom = area.height - textRows.count + 1
        if chartRoom >= 7 {
            rows.removeAll { if case .spark = $0.0 { return true }; return false }
        } else {
            rows.removeAll { if case .chart = $0.0 { return true }; return false }
        }
        while rows.count > area.height, let worst = rows.indices.max(by: { rows[$0].1 < rows[$1].1 }) { rows.remove(at: worst) }
        // Values line up in one column per panel, after the longest label that leaves them room.
        var longestLabel = 0, longestValue = 0
        for (row, _) in rows {
            switch row {
            case .value(let l, let v, let m, _): longestLabel = max(longestLabel, DisplayWidth.of(l)); longestValue = max(longestValue, DisplayWidth.of(m.isEmpty ? v : v + " " + m))
            case .change(let l, let sp, let m): longestLabel = max(longestLabel, DisplayWidth.of(l)); longestValue = max(longestValue, DisplayWidth.of(m.isEmpty ? sp.text : sp.text + " " + m))
            case .gauge(let l, _, _, _): longestLabel = max(longestLabel, DisplayWidth.of(l))
            default: break
            }
        }
        let labelWidth = max(min(8, area.width / 3), min(longestLabel + 1, area.width - longestValue, area.width / 2))
        var y = area.y
        for (row, _) in rows {
            var r = Rect(x: area.x, y: y, width: area.width, height: 1)
            switch row {
            case .value(let label, let value, let markers, let role):
                Label(label, role: .muted).render(in: r.left(labelWidth), to: &grid)
                Line([Line.Span(value, role: role, attributes: [.bold]), Line.Span(markers.isEmpty ? "" : " " + markers, role: .warn)])
                    .render(in: r.dropLeft(labelWidth), to: &grid)
            case .change(let label, let span, let markers):
                Label(label, role: .muted).render(in: r.left(labelWidth), to: &grid)
                Line([span, Line.Span(markers.isEmpty ? "" : " " + markers, role: .warn)]).render(in: r.dropLeft(labelWidth), to: &grid)
            case .gauge(let label, let ratio, let text, let markers):
                Label(label, role: .muted).render(in: r.left(labelWidth), to: &grid)
                let m = markers.isEmpty ? "" : " " + markers
                Gauge(ratio: ratio, label: text + m, symbols: ctx.symbols, role: (ratio ?? 0) >= 1 ? .good : .accent)
                    .render(in: r.dropLeft(labelWidth), to: &grid)
            case .spark(let values, let month):
                // Both years when they fit, else the month's year; the month underlined.
                let yy = month.year % 100
                let both = "\(month.year - 1)–" + (yy < 10 ? "0" : "") + String(yy)
                let twoYears = area.width - DisplayWidth.of(both) - 1 >= values.count
                let shown = twoYears ? values : Array(values.suffix(12))
                let label = twoYears ? both : String(month.year)
                let w = min(shown.count, max(0, area.width - DisplayWidth.of(label) - 1))
                Sparkline(values: shown, symbols: ctx.symbols, highlight: shown.count - 13 + month.month).render(in: r.left(w), to: &grid)
                Label(label, role: .muted).render(in: r.dropLeft(w + 1), to: &grid)
            case .chart(let current, let previous, let labels, let month, let indicator):
                let remaining = area.maxY - y - rows.filter { if case .source = $0.0 { return true }; return false }.count
                r = Rect(x: area.x, y: y, width: area.width, height: remaining)
                BarChart(labels: labels, current: current, previous: previous, symbols: ctx.symbols,
                         legend: (String(month.year), String(month.year - 1)),
                         highlight: month.month - 1) { [lang = ctx.lang] in Words.compact($0, lang) + (indicator.unit == "%" ? "%" : "") }
                    .render(in: r, to: &grid)
                y += max(0, remaining - 1)
            case .source(let full, let short, let bare):
                let text = [full, short].first { DisplayWidth.of($0) <= r.width } ?? bare
                Label(text, role: .muted, ellipsis: ctx.symbols.ellipsis).render(in: r, to: &grid)
            case .missing(let text):
                Label(text, role: .muted).render(in: r, to: &grid)
            case .blank:
                break
            }
            y += 1
            if y >= area.maxY { break }
        }
    }
}
