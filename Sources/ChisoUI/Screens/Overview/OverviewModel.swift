import ChisoCore

/// What the Overview shows, as plain values: the visible rows of the province list and every
/// headline panel of the selected unit.
struct OverviewModel {
    var listTitle = ""
    /// The filter line: the query being typed, or nil for the `/ tìm` hint.
    var query: String?
    var searchHint = ""
    /// The visible rows of the list (names, muted when the unit has no headline figure), from `layout.rows.first`.
    var rows: [Line.Span] = []
    /// Shown when the search matches no unit.
    var noMatch: String?
    var panels: [PanelModel] = []
    /// The quarterly line above the panels (GRDP growth), when the layout has room for it.
    var quarterly: QuarterLineModel?

    init(_ ctx: inout RenderContext, _ layout: OverviewLayout) {
        let s = ctx.state
        let data = ctx.data
        listTitle = data.hasCommunes ? ctx.tr(.overviewProvincesCommunes) : ctx.tr(.overviewProvinces)
        if let search = s.search, search.editing { query = search.query }
        searchHint = "/ " + ctx.tr(.overviewSearch)
        let window = layout.rows
        let primary = data.panels.compactMap { data.indicator($0.primary) }
        let month = s.month
        let a = ctx.analytics
        let lang = ctx.lang
        func row(_ unit: Province, _ name: String) -> Line.Span {
            // Muted when no headline figure exists for the month.
            let hasData = primary.contains { ind in
                a.value(unit: unit, indicator: ind, basis: .ytd, period: month) != nil || a.value(unit: unit, indicator: ind, basis: .month, period: month) != nil
            }
            return Line.Span(name, role: hasData ? .normal : .muted)
        }
        if layout.isFiltering, let search = OverviewLayout.filter(s) {
            let ids = OverviewLayout.filteredIDs(search)
            for i in window.first..<min(window.end, ids.count) {
                guard let u = data.unit(ids[i]) else { rows.append(Line.Span("")); continue }
                rows.append(row(u, u.label(lang)))
            }
            if ids.isEmpty { noMatch = ctx.tr(.overviewNoProvinceMatches) }
        } else {
            let tree = data.hasCommunes
            let (expandedMark, collapsedMark) = ctx.symbols.isASCII ? ("- ", "+ ") : ("▾ ", "▸ ")
            let window = UnitTree(s, data).rows(from: window.first, count: layout.rows.rows.height)
            ctx.count(treeRows: window.count)
            for r in window {
                let u = r.unit
                let name: String
                if !tree {
                    name = u.label(lang)
                } else if r.depth == 0 {
                    name = (r.children > 0 ? (r.isExpanded ? expandedMark : collapsedMark) : "  ") + u.displayName(lang)
                } else {
                    name = "    " + data.nameUnderParent(u, lang)
                }
                rows.append(row(u, name))
            }
        }
        guard let unit = data.unit(s.province) else { return }
        if !layout.quarterly.isEmpty, let spec = data.quarterlyPanels.first { quarterly = QuarterLineModel(&ctx, spec: spec, unit: unit) }
        for spec in data.panels.prefix(layout.panels.count) { panels.append(PanelModel(&ctx, spec: spec, unit: unit)) }
    }
}
