import ChisoCore

/// Draws a whole frame from the state and the data: header, the screen, and the bottom line.
/// The live terminal, `chiso render`, exports and tests all go through here.
public enum Frame {
    /// Below this the dashboard shows a notice instead of the screens.
    public static var minimumSize: Size { FrameLayout.minimumSize }

    public static func render(_ state: AppState, _ data: DashboardData) -> Grid {
        var grid = Grid(size: state.size)
        render(state, data, into: &grid)
        return grid
    }

    /// Draws the frame of `state.size` at the top left of `grid`; nothing outside that size is
    /// touched (tests render into a larger grid to prove it).
    public static func render(_ state: AppState, _ data: DashboardData, into grid: inout Grid) {
        render(state, data, into: &grid, stats: nil)
    }

    #if DEBUG
    /// Draws the frame and counts what it built into `stats` (a test hook: debug builds only).
    public static func render(_ state: AppState, _ data: DashboardData, stats: RenderStats) -> Grid {
        var grid = Grid(size: state.size)
        render(state, data, into: &grid, stats: stats)
        return grid
    }
    #endif

    static func render(_ state: AppState, _ data: DashboardData, into grid: inout Grid, stats: RenderStats?) {
        let size = Size(width: max(0, min(state.size.width, grid.width)), height: max(0, min(state.size.height, grid.height)))
        let frame = Rect(x: 0, y: 0, width: size.width, height: size.height)
        grid.fill(frame)
        guard size.width > 0, size.height > 0 else { return }
        if FrameLayout.isTooSmall(size) {
            drawTooSmall(state, size: size, into: &grid)
            if state.ascii { grid.mapGraphemes(asciiPunctuation) }
            return
        }
        // Measure, collect, then draw: nothing below reads the analytics or computes geometry.
        let layout = FrameLayout(state, data, size: size)
        let model = FrameModel(state, data, layout, stats: stats)
        let ctx = RenderContext(state: state, data: data)
        switch (model.screen, layout.screen) {
        case (.overview(let m), .overview(let l)): OverviewView.render(m, l, state: state, to: &grid)
        case (.compare(let m), .compare(let l)): CompareView.render(m, l, symbols: state.symbols, to: &grid)
        case (.detail(let m), .detail(let l)): DetailView.render(m, l, lang: state.language, symbols: state.symbols, to: &grid)
        case (.resolutions(let m), .resolutions(let l)): ResolutionsView.render(m, l, focus: state.focus, symbols: state.symbols, to: &grid)
        case (.help, .help(let l)): HelpView.render(ctx, l, to: &grid)
        case (.projector(let m), .projector(let l)): ProjectorView.render(m, l, state: state, to: &grid)
        default: break
        }
        if let problems = layout.problems { ProblemsOverlay.render(ctx, problems, to: &grid) }
        if let history = state.figureHistory, let historyLayout = layout.history { HistoryView.render(ctx, history, historyLayout, to: &grid) }
        if let history = state.itemHistory, let historyLayout = layout.history { ItemHistoryView.render(ctx, history, historyLayout, to: &grid) }
        if let form = state.entryForm, let formLayout = layout.entryForm { EntryFormView.render(ctx, form, formLayout, to: &grid) }
        if let form = state.itemForm, let formLayout = layout.itemForm { ItemFormView.render(ctx, form, formLayout, to: &grid) }
        Header.render(ctx, synthetic: model.showsSynthetic, in: layout.header, to: &grid)
        BottomLine.render(ctx, in: layout.bottom, to: &grid)
        if state.ascii { grid.mapGraphemes(asciiPunctuation) }
    }

    /// Punctuation of labels and drawings, for `--ascii`: the one fallback table.
    static var asciiPunctuation: [String: String] { ASCIIFallback.symbols }

    static func drawTooSmall(_ state: AppState, size: Size, into grid: inout Grid) {
        let frame = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let lang = state.language
        let lines = [
            Glossary.text(.frameTooSmall, lang),
            Glossary.text(.frameTooSmallSize, lang, "\(size.width)×\(size.height)", "\(minimumSize.width)×\(minimumSize.height)"),
            Glossary.text(.frameTooSmallHint, lang),
        ]
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < size.height {
            Label(line, role: i == 0 ? .warn : .normal, attributes: i == 0 ? [.bold] : [], alignment: .center,
                  ellipsis: state.symbols.ellipsis)
                .render(in: frame.row(top + i), to: &grid)
        }
    }
}
