import ChisoCore

/// The rows the Compare screen ranks, and what it ranks: the level, the units, the indicator.
/// Values for every unit (ranking and sorting see all of them); other columns only where needed.
public enum CompareTable {
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

    /// The provincial units ranked: the 34 of 1 July 2025; for a quarterly indicator (GRDP growth)
    /// ranked on a quarter before July 2025, the 63 provinces of that time (the former units and the
    /// unchanged ones), as the rankings of that time were published.
    public static func provinces(_ state: AppState, _ data: DashboardData) -> [Province] {
        guard data.isQuarterly(state.indicator), let ind = data.indicator(state.indicator) else { return data.catalogue.provinces2025 }
        return data.catalogue.rankingUnits(at: figurePeriod(state, data, ind).period)
    }

    /// The units ranked, in catalogue order.
    public static func units(_ state: AppState, _ data: DashboardData) -> [Province] {
        switch level(state, data) {
        case .provinces: return provinces(state, data)
        case .communesOfProvince: return scopeProvince(state, data).map { data.communes(of: $0.id) } ?? []
        case .allCommunes: return data.units.flatMap { data.communes(of: $0.id) }
        }
    }

    /// How many rows the table has, without computing any value.
    public static func rowCount(_ state: AppState, _ data: DashboardData) -> Int {
        switch level(state, data) {
        case .provinces: return provinces(state, data).count
        case .communesOfProvince: return scopeProvince(state, data).map { data.communes(of: $0.id).count } ?? 0
        case .allCommunes: return data.communeCount
        }
    }

    /// `xã thuộc Nghệ An (90)`, `mọi xã (3.321)`, or `tỉnh, thành (34)`.
    public static func levelTitle(_ state: AppState, _ data: DashboardData) -> String {
        let n = NumberFormat.format(Double(rowCount(state, data)), lang: state.language)
        switch level(state, data) {
        case .provinces: return state.tr(.compareComparingProvinces1, "\(n)")
        case .communesOfProvince:
            let name = scopeProvince(state, data)?.displayName(state.language) ?? ""
            return state.tr(.compareCommunesOf12, "\(name)", "\(n)")
        case .allCommunes: return state.tr(.compareAllCommunes1, "\(n)")
        }
    }

    /// The period and basis ranked: the state's month and basis; for a quarterly indicator (a
    /// `quarterly` line of panels.csv, GRDP growth) the latest quarter ended by the month that some
    /// unit has a figure for (looking back at most four quarters), on its year to date or, for the
    /// month basis, the quarter alone (`b` switches them as it switches month and year to date).
    public static func figurePeriod(_ state: AppState, _ data: DashboardData, _ ind: Indicator) -> (period: Period, basis: Basis) {
        guard data.quarterlyPanels.contains(where: { $0.primary == ind.id }) else { return (state.month, state.basis) }
        let basis: Basis = state.basis == .ytd ? .ytd : .quarter
        let units = (data.catalogue.national.map { [$0] } ?? []) + data.catalogue.provinces2025
        var q = state.month.latestQuarterEnded
        for _ in 0..<4 {
            if units.contains(where: { data.analytics.value(unit: $0, indicator: ind, basis: basis, period: q) != nil }) { return (q, basis) }
            q = q.previousQuarter
        }
        return (state.month.latestQuarterEnded, basis)
    }

    /// Fills in the columns a commune-level row left out.
    static func completed(_ row: Row, _ state: AppState, _ data: DashboardData, _ ind: Indicator) -> Row {
        guard !row.complete else { return row }
        var r = row
        let (period, basis) = figurePeriod(state, data, ind)
        r.change = data.analytics.change(unit: row.unit, indicator: ind, basis: basis, period: period)
        r.share = data.analytics.shareOfTarget(unit: row.unit, indicator: ind, period: period)
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
        let (period, basis) = figurePeriod(state, data, ind)
        // Provinces: every column for every row (34 rows). Communes: the value, and the sorted column, for all.
        let needChange = level == .provinces || state.compareSort == .change
        let needShare = level == .provinces || state.compareSort == .share
        func row(_ u: Province) -> Row {
            Row(unit: u, value: a.value(unit: u, indicator: ind, basis: basis, period: period),
                change: needChange ? a.change(unit: u, indicator: ind, basis: basis, period: period) : nil,
                share: needShare ? a.shareOfTarget(unit: u, indicator: ind, period: period) : nil, rank: nil,
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
            national = Row(unit: p, value: a.value(unit: p, indicator: ind, basis: basis, period: period),
                           change: a.change(unit: p, indicator: ind, basis: basis, period: period),
                           share: a.shareOfTarget(unit: p, indicator: ind, period: period), rank: nil)
        } else if let nat = data.catalogue.national {
            var value = a.value(unit: nat, indicator: ind, basis: basis, period: period)
            if value == nil, let total = a.nationalTotal(indicator: ind, basis: basis, period: period) {
                value = DerivedValue(value: total.value, derivation: .sumOfUnits(["\(total.contributing)/\(total.expected)"]), inputs: total.inputs)
            }
            national = Row(unit: nat, value: value, change: a.change(unit: nat, indicator: ind, basis: basis, period: period),
                           share: a.shareOfTarget(unit: nat, indicator: ind, period: period), rank: nil)
        }
        return (national, rows)
    }

    /// The unit at the cursor.
    public static func unitAtCursor(_ state: AppState, _ data: DashboardData) -> String? {
        let rows = rows(state, data).rows
        return rows.indices.contains(state.compare.selected) ? rows[state.compare.selected].unit.id : nil
    }
}
