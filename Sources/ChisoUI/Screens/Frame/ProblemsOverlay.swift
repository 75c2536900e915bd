import ChisoCore

/// The list of data problems of the last load (`p`), over the screen.
enum ProblemsOverlay {
    /// The indent of a problem's following lines.
    static let indent = 2

    static func render(_ ctx: RenderContext, _ layout: ProblemsLayout, to grid: inout Grid) {
        let s = ctx.state
        let area = layout.box
        guard !area.isEmpty else { return }
        grid.fill(area)
        let title = ctx.tr(.problemsDataProblems1EscOr, "\(s.problemCount)")
        let block = Block(title: title, symbols: ctx.symbols, borderRole: .bad, titleRole: .bad, focused: false)
        block.render(in: area, to: &grid)
        let inner = layout.inner
        guard !inner.isEmpty else { return }
        var y = 0
        let headline: String
        if let reason = s.staleReason {
            headline = reason.explanation(ctx.lang)
        } else if s.problems.isEmpty {
            headline = ctx.tr(.problemsTheDataLoadedWithoutProblems)
        } else if !s.problems.contains(where: { $0.severity == .error }), s.problems.count == s.problemCount {
            // Every problem is listed and none is an error: nothing was skipped.
            headline = ctx.tr(.problemsWarningsOnly)
        } else {
            headline = ctx.tr(.problemsRowsWithErrorsWereSkipped)
        }
        Label(headline, role: s.stale ? .bad : .normal, attributes: [.bold], ellipsis: ctx.symbols.ellipsis).render(in: inner.row(y), to: &grid)
        y += 1
        // Each problem wrapped whole (its following lines indented), never cut with "…"; a problem
        // that does not fit below the others waits for the next scroll, and the last row is kept
        // for the count of those below.
        var i = layout.list.first
        while i < s.problems.count {
            let d = s.problems[i]
            let lines = TextWrap.lines(d.description(ctx.lang), width: max(1, inner.width - ProblemsOverlay.indent))
            let limit = i == s.problems.count - 1 ? inner.height : inner.height - 1
            if y + lines.count > limit, i > layout.list.first || y >= limit { break }
            for (k, line) in lines.enumerated() where y < limit {
                Label(line, role: d.severity == .error ? .bad : .warn, ellipsis: ctx.symbols.ellipsis)
                    .render(in: inner.row(y).inset(left: k == 0 ? 0 : ProblemsOverlay.indent), to: &grid)
                y += 1
            }
            i += 1
        }
        if i < s.problemCount, inner.height > 1 {
            let more = ctx.tr(.problemsN1More, "\(s.problemCount - i)")
            Label(more, role: .muted, alignment: .right).render(in: inner.row(inner.height - 1), to: &grid)
        }
    }
}
