import ChisoCore

/// The current frame as plain text and as Markdown, for `e` and bug reports.
public enum FrameExport {
    /// A file name stem for the frame (`chiso-nghe-an-2025-05-overview`).
    public static func stem(_ state: AppState) -> String {
        "chiso-\(state.province)-\(state.month)-\(state.screen.rawValue)"
    }

    public static func text(_ grid: Grid) -> String { grid.lines().joined(separator: "\n") + "\n" }

    public static func markdown(_ grid: Grid, _ state: AppState, _ data: DashboardData) -> String {
        let unit = data.unit(state.province)?.displayName(state.language) ?? state.province
        var out = "# chiso — \(unit), \(Words.month(state.month, state.language)) — \(Words.screen(state.screen, state.language))\n\n"
        out += state.tr("Dữ liệu: ", "Data: ") + data.dataset.label + " · " + String(data.dataset.store.count) + state.tr(" số liệu", " figures") + "\n\n"
        out += "```text\n" + grid.lines().joined(separator: "\n") + "\n```\n"
        return out
    }
}
