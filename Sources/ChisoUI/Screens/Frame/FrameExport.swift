import ChisoCore

/// The current frame as plain text and as Markdown, for `e` and bug reports.
public enum FrameExport {
    /// A file name stem that says what the view is: unit, month, screen, and on Compare and Detail the
    /// indicator and basis, on Resolutions the document (`chiso-nghe-an-2025-05-overview`,
    /// `chiso-nghe-an-2025-05-detail-budget-revenue-ytd`, `chiso-nghe-an-2025-05-resolutions-57-nq-tw`).
    public static func stem(_ state: AppState, _ data: DashboardData) -> String {
        var parts = [state.province, state.month.description, state.screen.rawValue]
        switch state.screen {
        case .compare:
            parts += [state.indicator, state.basis.rawValue]
        case .detail:
            if let unit = data.unit(state.province), let indicator = data.indicator(state.indicator) {
                let december = Period(year: state.month.year, month: 12)
                let (basis, _) = RenderContext(state: state, data: data).preferredBasis(unit, indicator, ending: december, months: 24)
                parts += [indicator.id, basis.rawValue]
            }
        case .resolutions:
            if let resolution = ResolutionsLayout.selected(state, data) { parts.append(resolution.id) }
        case .overview, .help: break
        }
        return "chiso-" + parts.map(slug).filter { !$0.isEmpty }.joined(separator: "-")
    }

    /// Lowercase ASCII letters and digits, other runs as one `-` (`57-NQ/TW` → `57-nq-tw`, `budget_revenue` → `budget-revenue`).
    static func slug(_ text: String) -> String {
        var out = ""
        for ch in text.lowercased() {
            if ch.isASCII && (ch.isLetter || ch.isNumber) { out.append(ch) } else if !out.isEmpty && out.last != "-" { out.append("-") }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
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
