import ChisoCore

/// All provinces (or the communes of one province, or every commune) for one indicator and
/// month, sortable, with a summary row.
public enum CompareScreen {
    /// One row of the comparison. The value (and the sorted column) is computed for every unit so
    /// ranking and sorting see all of them; at commune level the other columns are filled in only
    /// for the rows drawn (`complete` is false until then).
    public struct Row {
        public let unit: Province
        public let value: DerivedValue?
        public var change: DerivedValue?
        public var share: DerivedValue?
        public var rank: Int?
        public var complete = true
    }

    /// The level shown: the state's, or provinces when no communes are loaded.
    public static func level(_ state: AppState, _ data: DashboardData) -> CompareLevel {
        guard data.hasCommunes else { return .provinces }
        if state.compareLevel == .communesOfProvince, scopeProvince(state, data).map({ data.communes(of: $0.id).isEmpty }) ?? true { return .allCommunes }
        return state.compareLevel
    }

    /// The province whose communes are ranked at `.communesOfProvince`: the selected province, or the selected commune's.
    public static func scopeProvince(_ state: AppState, _ data: DashboardData) -> Province? {
        data.unit(state.province).map { data.province(of: $0) }
    }

    /// The units ranked, in catalogue order.
    public static func units(_ state: AppState, _ data: DashboardData) -> [Province] {
        switch level(state, data) {
        case .provinces: return data.catalogue.provinces2025
        case .communesOfProvince: return scopeProvince(state, data).map { data.communes(of: $0.id) } ?? []
        case .allCommunes: return data.units.flatMap { data.communes(of: $0.id) }
        }
    }

    /// How many rows the table has, without computing any value.
    public static func rowCount(_ state: AppState, _ data: DashboardData) -> Int {
        switch level(state, data) {
        case .provinces: return data.catalogue.provinces2025.count
        case .communesOfProvince: return scopeProvince(state, data).map { data.communes(of: $0.id).count } ?? 0
        case .allCommunes: return data.communeCount
        }
    }

    /// `xã thuộc Nghệ An (90)`, `mọi xã (3.321)`, or `tỉnh, thành (34)`.
    public static func levelTitle(_ state: AppState, _ data: DashboardData) -> String {
        let n = NumberFormat.format(Double(rowCount(state, data)), lang: state.language)
        switch level(state, data) {
        case .provinces: return state.tr("So sánh các tỉnh, thành (\(n))", "Comparing provinces (\(n))")
        case .communesOfProvince:
            let name = scopeProvince(state, data)?.displayName(state.language) ?? ""
            return state.tr("xã thuộc \(name) (\(n))", "communes of \(name) (\(n))")
        case .allCommunes: return state.tr("mọi xã (\(n))", "all communes (\(n))")
        }
    }

    /// Fills in the columns a commune-level row left out.
    static func completed(_ row: Row, _ state: AppState, _ data: DashboardData, _ ind: Indicator) -> Row {
        guard !row.complete else { return row }
        var r = row
        r.change = data.analytics.change(unit: row.unit, indicator: ind, basis: state.basis, period: state.month)
        r.share = data.analytics.shareOfTarget(unit: row.unit, indicator: ind, period: state.month)
        r.complete = true
        return r
    }

    /// The indicator shown: the state's, else the first panel's.
    public static func indicator(_ state: AppState, _ data: DashboardData) -> Indicator? {
        data.indicator(state.indicator) ?? data.panels.first.flatMap { data.indicator($0.primary) } ?? data.indicators.first
    }

    /// Province rows in display order (the national row is kept apart): sorted by the chosen
    /// column, rows without a value last.
    public static func rows(_ state: AppState, _ data: DashboardData) -> (national: Row?, rows: [Row]) {
        guard let ind = indicator(state, data) else { return (nil, []) }
        let a = data.analytics
        let level = level(state, data)
        // Provinces: every column for every row (34 rows). Communes: the value, and the sorted column, for all.
        let needChange = level == .provinces || state.compareSort == .change
        let needShare = level == .provinces || state.compareSort == .share
        func row(_ u: Province) -> Row {
            Row(unit: u, value: a.value(unit: u, indicator: ind, basis: state.basis, period: state.month),
                change: needChange ? a.change(unit: u, indicator: ind, basis: state.basis, period: state.month) : nil,
                share: needShare ? a.shareOfTarget(unit: u, indicator: ind, period: state.month) : nil, rank: nil,
                complete: needChange && needShare)
        }
        var rows = units(state, data).map(row)
        // Rank among the rows shown, best first; ties share the better rank.
        let ranked = rows.indices.filter { rows[$0].value != nil }.sorted { i, j in
            let x = rows[i].value?.value ?? 0, y = rows[j].value?.value ?? 0
            return ind.higherIsBetter ? x > y : x < y
        }
        var previous: (Double, Int)?
        for (pos, i) in ranked.enumerated() {
            let v = rows[i].value?.value ?? 0
            if let p = previous, p.0 == v { rows[i].rank = p.1 } else { rows[i].rank = pos + 1; previous = (v, pos + 1) }
        }
        let asc = state.compareAscending
        func key(_ r: Row) -> Double? {
            switch state.compareSort {
            case .rank: return r.rank.map(Double.init)
            case .value: return r.value?.value
            case .change: return r.change?.value
            case .share: return r.share?.value
            case .name: return nil
            }
        }
        // Name keys are folded once per row, not once per comparison.
        let names = state.compareSort == .name ? rows.map { TextFold.key($0.unit.label(state.language)) } : []
        rows = rows.enumerated().sorted { l, r in
            if state.compareSort == .name {
                let a = names[l.offset], b = names[r.offset]
                return a != b ? (asc ? a < b : a > b) : l.offset < r.offset
            }
            switch (key(l.element), key(r.element)) {
            case let (x?, y?): return x != y ? (asc ? x < y : x > y) : l.offset < r.offset
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return l.offset < r.offset
            }
        }.map(\.element)
        var national: Row?
        if level == .communesOfProvince, let p = scopeProvince(state, data) {
            national = Row(unit: p, value: a.value(unit: p, indicator: ind, basis: state.basis, period: state.month),
                           change: a.change(unit: p, indicator: ind, basis: state.basis, period: state.month),
                           share: a.shareOfTarget(unit: p, indicator: ind, period: state.month), rank: nil)
        } else if let nat = data.catalogue.national {
            var value = a.value(unit: nat, indicator: ind, basis: state.basis, period: state.month)
            if value == nil, let total = a.nationalTotal(indicator: ind, basis: state.basis, period: state.month) {
                value = DerivedValue(value: total.value, derivation: .sumOfUnits(["\(total.contributing)/\(total.expected)"]), inputs: total.inputs)
            }
            national = Row(unit: nat, value: value, change: a.change(unit: nat, indicator: ind, basis: state.basis, period: state.month),
                           share: a.shareOfTarget(unit: nat, indicator: ind, period: state.month), rank: nil)
        }
        return (national, rows)
    }

    public static func tableArea(_ body: Rect) -> Rect { body.inset(1).dropTop(1).dropBottom(1) }

    /// Data rows that fit in the table at this size.
    public static func visibleRows(_ size: Size) -> Int { max(1, tableArea(Frame.body(size)).height - 1) }

    static func render(_ ctx: inout RenderContext, in body: Rect, to grid: inout Grid) {
        let s = ctx.state
        guard let ind = indicator(s, ctx.data) else {
            Label(ctx.tr("không có chỉ tiêu", "no indicators"), role: .muted).render(in: body.row(0), to: &grid)
            return
        }
        let level = level(s, ctx.data)
        var title = ind.name(ctx.lang) + " · " + Words.basisName(s.basis, ctx.lang) + " · " + Words.month(s.month, ctx.lang)
        if level != .provinces { title += " · " + levelTitle(s, ctx.data) }
        let block = Block(title: title, symbols: ctx.symbols, focused: true)
        block.render(in: body, to: &grid)
        let inner = block.inner(body)
        guard !inner.isEmpty else { return }
        let (national, rows) = Self.rows(s, ctx.data)
        let lang = ctx.lang
        let sparkWidth = inner.width >= 100 ? 24 : 12
        let showSpark = inner.width >= 70
        let isASCII = ctx.symbols.isASCII
        let sortMark = { (c: CompareColumn) -> String in
            s.compareSort == c ? (s.compareAscending ? (isASCII ? " ^" : " ↑") : (isASCII ? " v" : " ↓")) : ""
        }
        var columns = [
            Table.Column((level == .provinces ? ctx.tr("tỉnh, thành", "province") : ctx.tr("xã, phường", "commune")) + sortMark(.name), .fill(1)),
            Table.Column(ctx.tr("hạng", "rank") + sortMark(.rank), .fixed(7), .right),
            Table.Column(ctx.tr("giá trị", "value") + sortMark(.value), .fixed(inner.width >= 90 ? 18 : 14), .right),
            Table.Column(ctx.tr("so cùng kỳ", "vs last yr") + sortMark(.change), .fixed(12), .right),
            Table.Column(ctx.tr("% kế hoạch", "% of plan") + sortMark(.share), .fixed(12), .right),
        ]
        if showSpark { columns.append(Table.Column(ctx.tr("\(sparkWidth) tháng", "\(sparkWidth) months"), .fixed(sparkWidth))) }
        // Summary line: the national row and how many provinces have data.
        let withData = rows.filter { $0.value != nil }.count
        var natText = level == .communesOfProvince ? (national?.unit.displayName(lang) ?? "") + ": " : ctx.tr("Cả nước: ", "Vietnam: ")
        if let n = national, let v = n.value {
            natText += Words.value(v.value, ind, lang) + " " + ctx.markers(v)
            if let c = n.change { natText += "  " + ctx.changeSpan(c.value, ind).text }
        } else {
            natText += ctx.tr("chưa có số liệu", "no figure")
        }
        if level == .provinces {
            natText += "   " + ctx.tr("\(withData)/\(rows.count) tỉnh có số liệu", "\(withData)/\(rows.count) provinces with data")
        } else {
            natText += "   " + ctx.tr("\(withData)/\(rows.count) xã có số liệu", "\(withData)/\(rows.count) communes with data")
        }
        Label(natText, role: .accent).render(in: inner.row(0), to: &grid)
        let area = inner.dropTop(1).dropBottom(1)
        let symbols = ctx.symbols
        var sawSynthetic = false
        let a = ctx.analytics
        let data = ctx.data
        let stats = ctx.stats
        var table = Table(columns: columns, rowCount: rows.count, selected: s.compare.selected, offset: s.compare.offset, focused: true,
                          focusedColumn: s.compareColumn.rawValue, symbols: symbols) { i in
            let r = completed(rows[i], s, data, ind)
            stats?.compareRowsBuilt += 1
            let name = level == .communesOfProvince ? data.nameUnderParent(r.unit, lang) : r.unit.label(lang)
            func marks(_ v: DerivedValue?) -> String {
                guard let v else { return "" }
                return (v.isDerived ? symbols.derived : "") + (v.hasRevisions ? symbols.revised : "") + (v.isSynthetic ? symbols.synthetic : "")
            }
            if r.value?.isSynthetic == true { sawSynthetic = true }
            var spans = [
                Line.Span(name, role: r.value == nil ? .muted : .normal),
                Line.Span(r.rank.map(String.init) ?? symbols.gap, role: .muted),
                Line.Span(r.value.map { Words.value($0.value, ind, lang) + marks($0) } ?? symbols.gap, role: r.value == nil ? .muted : .normal),
                r.change.map { c in
                    let sp = RenderContext.changeSpanStatic(c.value, ind, symbols, lang)
                    return Line.Span(sp.text + marks(c), role: sp.role)
                } ?? Line.Span(symbols.gap, role: .muted),
                Line.Span(r.share.map { Words.percent($0.value, lang, signed: false) + marks($0) } ?? symbols.gap, role: r.share == nil ? .muted : .normal),
            ]
            if showSpark {
                stats?.sparklinesBuilt += 1
                let series = a.series(unit: r.unit, indicator: ind, basis: s.basis, ending: s.month, months: sparkWidth).map { $0?.value }
                spans.append(Line.Span(Sparkline(values: series, symbols: symbols).glyphs().joined(), role: .accent))
            }
            return spans
        }
        table.hintArea = body.bottom(1)
        table.render(in: area, to: &grid)
        if sawSynthetic { ctx.showsSynthetic = true }
        let legend = ctx.tr("Tab cột · s/S sắp xếp · i chỉ tiêu · b tháng/lũy kế · ↵ chi tiết · ",
                            "Tab column · s/S sort · i indicator · b month/ytd · ↵ detail · ")
            + symbols.derived + ctx.tr(" tính toán  ", " derived  ") + symbols.revised + ctx.tr(" có bản khác  ", " revised  ")
            + symbols.gap + ctx.tr(" không có số liệu", " no data")
        Label(legend, role: .muted, ellipsis: symbols.ellipsis).render(in: inner.row(inner.height - 1), to: &grid)
    }
}

extension RenderContext {
    /// `changeSpan` without a context, for row builders.
    static func changeSpanStatic(_ change: Double, _ indicator: Indicator, _ symbols: Symbols, _ lang: Language) -> Line.Span {
        let arrow = change > 0 ? symbols.up : (change < 0 ? symbols.down : symbols.flat)
        let role: Role = change == 0 || !change.isFinite ? .normal : ((change > 0) == indicator.higherIsBetter ? .good : .bad)
        return Line.Span(arrow + " " + Words.percent(change, lang), role: role)
    }
}
