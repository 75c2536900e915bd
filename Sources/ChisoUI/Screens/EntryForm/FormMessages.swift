import ChisoCore

/// The lines under a form's fields (a failed save, a question, every problem): each wrapped to
/// the width when all of them fit so, else one row each (the end cut with "…"); what still does
/// not fit ends in a row saying how many more there are.
enum FormMessages {
    static func render(_ lines: [(String, Role)], in area: Rect, _ ctx: RenderContext, to grid: inout Grid) {
        guard area.height > 0, area.width > 0 else { return }
        var rows: [(String, Role)] = []
        for line in lines {
            for (j, part) in TextWrap.lines(line.0, width: area.width).enumerated() { rows.append(((j == 0 ? "" : "  ") + part, line.1)) }
        }
        if rows.count > area.height { rows = lines }
        if rows.count > area.height {
            let kept = area.height - 1
            rows = Array(rows.prefix(kept)) + [(ctx.tr(.problemsN1More, "\(lines.count - kept)"), .bad)]
        }
        for (i, row) in rows.enumerated() {
            Label(row.0, role: row.1, ellipsis: ctx.symbols.ellipsis).render(in: area.row(i), to: &grid)
        }
    }
}
