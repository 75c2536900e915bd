import ChisoCore

/// The current frame as plain text and as Markdown, for `e` and bug reports.
public enum FrameExport {
    /// A file name stem for the frame (`chiso-nghe-an-2025-05-overview`).
    public static func stem(_ state: AppState) -> String {
        "chiso-\(state.province)-\(state.month)-\(state.screen.rawValue)"
    }

    /// The frame's lines (the grid's cells are sanitised as they are written; the terminal gate
    /// runs again over the whole file).
    public static func text(_ grid: Grid) -> String {
        Sanitizer.terminal(grid.lines().joined(separator: "\n") + "\n", keepingLineBreaks: true)
    }

    /// A heading and the data label through the Markdown gate (no control character, no HTML,
    /// no link), then the frame in a code fence longer than any run of backticks in it.
    public static func markdown(_ grid: Grid, _ state: AppState, _ data: DashboardData) -> String {
        let unit = Sanitizer.markdown(data.unit(state.province)?.displayName(state.language) ?? state.province)
        var out = "# chiso — \(unit), \(Words.month(state.month, state.language)) — \(Words.screen(state.screen, state.language))\n\n"
        out += (state.tr(.exportData) + " ") + Sanitizer.markdown(data.dataset.label) + " · " + String(data.dataset.store.count)
            + (" " + state.tr(.exportFigures)) + "\n\n"
        let frame = Sanitizer.terminal(grid.lines().joined(separator: "\n"), keepingLineBreaks: true)
        let fence = Sanitizer.markdownFence(for: frame)
        out += fence + "text\n" + frame + "\n" + fence + "\n"
        return out
    }
}
