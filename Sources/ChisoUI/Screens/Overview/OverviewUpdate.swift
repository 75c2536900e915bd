import ChisoCore

/// What keys and clicks do on the Overview: move through the province tree or the panels (the
/// GRDP box above them is reached with ↑ from the first panel), open a panel's or the box's
/// detail, open and close a province's communes.
enum OverviewUpdate {
    /// The effects when the action means something here, nil when it goes to the global update.
    static func update(_ state: inout AppState, _ action: Action, _ data: DashboardData) -> [Effect]? {
        let rows = state.layout.overview?.rows ?? ListWindow()
        if let delta = ListMove.delta(action, page: rows.page) {
            move(&state, delta, data)
            return []
        }
        switch action {
        case .focusNext, .focusPrevious: state.focus = state.focus == .panels || state.focus == .quarterly ? .provinces : .panels
        case .drillDown: drillDown(&state, data)
        case .click(let x, let y): click(&state, x: x, y: y, data)
        case .toggleExpand: toggleExpand(&state, data)
        default: return nil
        }
        return []
    }

    /// Moves the selected panel, or the selected unit in the tree, by `delta`.
    static func move(_ state: inout AppState, _ delta: Int, _ data: DashboardData) {
        let boxShown = state.layout.overview.map { !$0.quarterly.isEmpty } ?? false
        if state.focus == .quarterly {
            guard delta > 0 || !boxShown else { return }
            state.focus = .panels
            state.panel = Reducer.clampIndex(boxShown ? delta - 1 : state.panel, data.panels.count)
            if data.panels.indices.contains(state.panel) { state.indicator = data.panels[state.panel].primary }
        } else if state.focus == .panels {
            if delta < 0, state.panel + delta < 0, boxShown, let box = data.quarterlyPanels.first {
                state.focus = .quarterly
                state.indicator = box.primary
                return
            }
            state.panel = Reducer.clampIndex(state.panel + delta, data.panels.count)
            if data.panels.indices.contains(state.panel) { state.indicator = data.panels[state.panel].primary }
        } else {
            // The tree walked must show the selected unit (a commune's province open).
            LayoutPass.reveal(&state, data)
            let tree = UnitTree(state, data)
            let current = tree.index(of: state.province) ?? 0
            if let row = tree.row(Reducer.clampIndex(current + delta, tree.count)) { state.province = row.unit.id }
        }
    }

    /// Enter: the selected panel's indicator in Detail; on the GRDP box, its quarters in Detail.
    static func drillDown(_ state: inout AppState, _ data: DashboardData) {
        if state.focus == .quarterly, let box = data.quarterlyPanels.first {
            state.indicator = box.primary
        } else if data.panels.indices.contains(state.panel) {
            state.indicator = data.panels[state.panel].primary
        }
        Navigation.go(&state, to: .detail, data)
    }

    /// A click selects a unit of the list or a panel; a second click on the selected panel opens it.
    static func click(_ state: inout AppState, x: Int, y: Int, _ data: DashboardData) {
        guard let layout = state.layout.overview, !state.layout.isTooSmall else { return }
        if layout.list.contains(x: x, y: y) {
            state.focus = .provinces
            guard let i = layout.rows.row(atY: y) else { return }
            if layout.isFiltering, let search = OverviewLayout.filter(state) {
                state.province = OverviewLayout.filteredIDs(search)[i]
            } else if let hit = UnitTree(state, data).row(i) {
                state.province = hit.unit.id
            }
        } else if layout.quarterly.contains(x: x, y: y), let box = data.quarterlyPanels.first {
            if state.focus == .quarterly { drillDown(&state, data); return }
            state.focus = .quarterly
            state.indicator = box.primary
        } else if let i = layout.panels.firstIndex(where: { $0.contains(x: x, y: y) }), data.panels.indices.contains(i) {
            if state.focus == .panels && state.panel == i { drillDown(&state, data); return }
            state.focus = .panels
            state.panel = i
            state.indicator = data.panels[i].primary
        }
    }

    /// `o`: opens or closes the communes of the selected unit's province.
    static func toggleExpand(_ state: inout AppState, _ data: DashboardData) {
        guard data.hasCommunes else {
            state.message = state.tr(.messageNoCommuneCatalogueLoadedCommunes)
            return
        }
        guard let unit = data.unit(state.province) else { return }
        let province = data.province(of: unit)
        let count = data.communes(of: province.id).count
        guard count > 0 else {
            state.message = province.displayName(state.language) + state.tr(.overviewNoCommunesInTheCatalogue)
            return
        }
        state.focus = .provinces
        if state.expanded.contains(province.id) {
            state.province = province.id
            state.expanded.remove(province.id)
            state.message = province.displayName(state.language) + state.tr(.overviewCommunesClosed)
        } else {
            state.expanded.insert(province.id)
            state.message = province.displayName(state.language) + state.tr(.overviewN1Communes, "\(count)")
        }
    }
}
