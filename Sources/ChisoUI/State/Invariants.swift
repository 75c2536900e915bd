import ChisoCore

/// Checks the promises the reducer and the renderer make, for fuzzing and tests: every cursor
/// points inside its list, and a frame is exactly the screen (no cell spills, no wide grapheme
/// cut, no control character). Each check returns the broken promises, empty when all hold.
public enum Invariants {
    /// Cursors and selections of `state` against `data`.
    public static func check(_ state: AppState, _ data: DashboardData) -> [String] {
        var problems: [String] = []
        func cursor(_ name: String, _ c: Cursor, count: Int) {
            if c.selected < 0 || c.selected >= max(1, count) { problems.append("\(name).selected \(c.selected) outside 0..<\(count)") }
            if c.offset < 0 || c.offset > max(0, count - 1) { problems.append("\(name).offset \(c.offset) outside 0..<\(count)") }
        }
        if state.size.width < 0 || state.size.height < 0 { problems.append("negative size \(state.size)") }
        if !data.units.isEmpty && data.unit(state.province) == nil { problems.append("unknown province '\(state.province)'") }
        if !data.indicators.isEmpty && data.indicator(state.indicator) == nil { problems.append("unknown indicator '\(state.indicator)'") }
        if state.panel < 0 || state.panel >= max(1, data.panels.count) { problems.append("panel \(state.panel) outside 0..<\(data.panels.count)") }
        cursor("provinceList", state.provinceList, count: UnitTree(state, data).count)
        cursor("compare", state.compare, count: CompareTable.rowCount(state, data))
        cursor("detail", state.detail, count: DetailMonths.periods(state, data).count)
        cursor("resolutionList", state.resolutionList, count: data.resolutions.count)
        let items = data.catalogue.items(for: state.province, resolution: ResolutionsLayout.selected(state, data)?.id).count
        cursor("items", state.items, count: items)
        let helpLines = HelpLines.lines(state.language, ascii: state.ascii).count
        if state.helpOffset < 0 || state.helpOffset > max(0, helpLines - 1) { problems.append("helpOffset \(state.helpOffset) outside 0..<\(helpLines)") }
        for (name, search) in [("search", state.search), ("lastSearch", state.lastSearch)] {
            guard let search else { continue }
            if search.index < 0 || search.index >= max(1, search.matches.count) {
                problems.append("\(name).index \(search.index) outside 0..<\(search.matches.count)")
            }
        }
        if state.history.count > AppState.historyLimit { problems.append("history holds \(state.history.count) places") }
        return problems
    }

    /// The structure of a frame: `size` cells a row, wide graphemes whole, no control characters.
    public static func check(_ grid: Grid, size: Size) -> [String] {
        var problems: [String] = []
        if grid.width != max(0, size.width) || grid.height != max(0, size.height) {
            problems.append("grid is \(grid.width)×\(grid.height), the screen \(size.width)×\(size.height)")
        }
        if grid.cells.count != grid.width * grid.height { problems.append("grid holds \(grid.cells.count) cells, not \(grid.width * grid.height)") }
        guard grid.cells.count == grid.width * grid.height else { return problems }
        for y in 0..<grid.height {
            var x = 0
            while x < grid.width {
                let cell = grid[x, y]
                if cell.isContinuation {
                    problems.append("continuation cell without a wide grapheme at \(x),\(y)")
                    x += 1
                    continue
                }
                if cell.grapheme.unicodeScalars.contains(where: Sanitizer.isDangerous) {
                    problems.append("control character drawn at \(x),\(y)")
                }
                if cell.grapheme.count != 1 { problems.append("cell at \(x),\(y) holds \(cell.grapheme.count) graphemes") }
                let w = DisplayWidth.of(cell.grapheme)
                if w == 2 {
                    if x + 1 >= grid.width || !grid[x + 1, y].isContinuation {
                        problems.append("wide grapheme at \(x),\(y) without its second half")
                        x += 1
                        continue
                    }
                    x += 2
                } else {
                    if w != 1 { problems.append("cell at \(x),\(y) is \(w) columns wide") }
                    x += 1
                }
            }
            if problems.count > 20 { break }
        }
        return problems
    }
}
