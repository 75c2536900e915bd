import ChisoCore

/// The one layout pass, run by the reducer after every update: it keeps every cursor inside its
/// list, measures every list at the current size (`FrameLayout`), writes the scroll offsets back
/// into the state, and keeps the current screen's layout in `state.layout` for the next update
/// (page sizes, mouse hits). No update repeats this arithmetic.
public enum LayoutPass {
    public static func run(_ state: inout AppState, _ data: DashboardData) {
        if data.hasCommunes || !state.expanded.isEmpty { reveal(&state, data) }
        let size = state.size
        let body = FrameLayout.body(size)
        // Every list, not only the current screen's: a list scrolled while another screen is shown
        // (a search from Compare moves the province list) keeps the offset it would have had.
        let overview = OverviewLayout(body, state, data)
        if !overview.isFiltering {
            state.provinceList = Cursor(selected: overview.rows.selected ?? 0, offset: overview.rows.first)
        }
        state.compare.selected = clampIndex(state.compare.selected, CompareTable.rowCount(state, data))
        state.compare.offset = CompareLayout(body, state, data).rows.first
        let detail = DetailLayout(body, state, data)
        state.detail = Cursor(selected: detail.rows.selected ?? state.detail.selected, offset: detail.rows.first)
        let resolutions = ResolutionsLayout(body, state, data)
        state.resolutionList = Cursor(selected: resolutions.listRows.selected ?? 0, offset: resolutions.listRows.first)
        state.items = Cursor(selected: resolutions.itemRows.selected ?? 0, offset: resolutions.itemRows.first)
        // The open item or provenance keeps a scroll offset that shows a full box of lines.
        state.textScroll = (state.screen == .detail ? detail.provenanceText?.first : resolutions.itemText?.first) ?? 0
        let layout = FrameLayout(state, data)
        if let help = layout.help { state.helpOffset = help.lines.first }
        if let problems = layout.problems { state.problemsOffset = problems.list.first }
        state.layout = layout
    }

    /// Opens the province of a selected commune, so the list shows it; forgets provinces the data lacks.
    static func reveal(_ state: inout AppState, _ data: DashboardData) {
        if state.expanded.contains(where: { data.communesByParent[$0] == nil }) {
            state.expanded = state.expanded.filter { data.communesByParent[$0] != nil }
        }
        if let parent = data.communePosition[state.province]?.parent { state.expanded.insert(parent) }
    }

    /// `i` moved inside `0..<count` (0 for an empty list).
    static func clampIndex(_ i: Int, _ count: Int) -> Int { count <= 0 ? 0 : max(0, min(count - 1, i)) }
}
