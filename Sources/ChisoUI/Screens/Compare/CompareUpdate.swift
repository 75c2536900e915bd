import ChisoCore

/// What keys and clicks do on the Compare screen: move through the ranked rows, focus and sort
/// columns, switch the level, open a row's detail. A change of month, indicator, basis or sort
/// re-ranks the rows; the cursor stays on the unit it was on.
enum CompareUpdate {
    /// The effects when the action means something here, nil when it goes to the global update.
    static func update(_ state: inout AppState, _ action: Action, _ data: DashboardData) -> [Effect]? {
        let rows = state.layout.compare?.rows ?? ListWindow()
        if let delta = ListMove.delta(action, page: rows.page) {
            move(&state, delta, data)
            return []
        }
        switch action {
        case .focusNext: cycleColumn(&state, 1)
        case .focusPrevious: cycleColumn(&state, -1)
        case .drillDown: drillDown(&state, data)
        case .click(let x, let y): click(&state, x: x, y: y, data)
        case .toggleCompareLevel: toggleLevel(&state, data)
        case .sortAscending, .sortDescending:
            keepingUnit(&state, data) { state in
                state.compareSort = state.compareColumn
                state.compareAscending = action == .sortAscending
            }
        case .previousMonth, .nextMonth, .previousYear, .nextYear, .latestMonth, .monthCommit, .nextIndicator, .previousIndicator, .toggleBasis:
            var effects: [Effect] = []
            keepingUnit(&state, data) { state in effects = GlobalUpdate.update(&state, action, data) }
            return effects
        default: return nil
        }
        return []
    }

    static func move(_ state: inout AppState, _ delta: Int, _ data: DashboardData) {
        state.compare.selected = Reducer.clampIndex(state.compare.selected + delta, CompareTable.rowCount(state, data))
    }

    /// Applies `change`, then puts the cursor back on the unit it was on (the rows may be re-ranked).
    static func keepingUnit(_ state: inout AppState, _ data: DashboardData, _ change: (inout AppState) -> Void) {
        let unit = CompareTable.unitAtCursor(state, data)
        change(&state)
        if let unit { select(unit, &state, data) }
    }

    /// Puts the cursor on `unit`'s row, if the table has one.
    static func select(_ unit: String, _ state: inout AppState, _ data: DashboardData) {
        guard let i = CompareTable.rows(state, data).rows.firstIndex(where: { $0.unit.id == unit }) else { return }
        state.compare.selected = i
    }

    static func cycleColumn(_ state: inout AppState, _ delta: Int) {
        let all = CompareColumn.allCases
        let i = (all.firstIndex(of: state.compareColumn) ?? 0) + delta
        state.compareColumn = all[((i % all.count) + all.count) % all.count]
    }

    /// Enter: the row's unit in Detail.
    static func drillDown(_ state: inout AppState, _ data: DashboardData) {
        if let unit = CompareTable.unitAtCursor(state, data) { state.province = unit }
        Navigation.go(&state, to: .detail, data)
    }

    /// A click selects a row; a click on the selected row opens it.
    static func click(_ state: inout AppState, x: Int, y: Int, _ data: DashboardData) {
        guard let layout = state.layout.compare, !state.layout.isTooSmall, layout.table.contains(x: x, y: y),
              let row = layout.rows.row(atY: y) else { return }
        if state.compare.selected == row { drillDown(&state, data); return }
        state.compare.selected = row
    }

    /// `c`: provinces → communes of the selected province → all communes → provinces.
    static func toggleLevel(_ state: inout AppState, _ data: DashboardData) {
        guard data.hasCommunes else {
            state.message = state.tr(.messageNoCommuneCatalogueLoadedCommunes)
            return
        }
        let hasOwn = CompareTable.scopeProvince(state, data).map { !data.communes(of: $0.id).isEmpty } ?? false
        switch CompareTable.level(state, data) {
        case .provinces: state.compareLevel = hasOwn ? .communesOfProvince : .allCommunes
        case .communesOfProvince: state.compareLevel = .allCommunes
        case .allCommunes: state.compareLevel = .provinces
        }
        // The cursor on the selected unit, or its province at province level.
        var target = state.province
        if CompareTable.level(state, data) == .provinces, let u = data.unit(state.province) { target = data.province(of: u).id }
        state.compare = Cursor()
        select(target, &state, data)
        state.message = CompareTable.levelTitle(state, data)
    }
}
