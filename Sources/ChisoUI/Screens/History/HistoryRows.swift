import ChisoCore

/// The entries of a history (a figure's values, an item's states) as rows: each entry's head
/// (value or state, who, when, source) and the text below it (quote, note, title) wrapped to the
/// list's width, nothing cut; the selected entry always in sight, as many around it as fit.
enum HistoryRows {
    /// One entry: its head line, the text below it ("" for none), and the head's role.
    struct Entry {
        let head: String
        let below: String
        let role: Role
    }

    /// The rows of one entry: the head (its continuation indented), then the text below, indented.
    static func rows(_ entry: Entry, width: Int) -> [(String, Role)] {
        let indent = "    "
        let inner = max(1, width - indent.count)
        var out: [(String, Role)] = []
        // The head's mark (`▸ ` or two spaces) stays in front; one width for all its rows, so a URL
        // broken between rows joins again as it was.
        let mark = String(entry.head.prefix { $0 == " " || $0 == "▸" || $0 == ">" })
        let text = String(entry.head.dropFirst(mark.count))
        for (i, row) in TextWrap.lines(text, width: inner).enumerated() { out.append(((i == 0 ? mark : indent) + row, entry.role)) }
        out += TextWrap.lines(entry.below, width: inner).map { (indent + $0, Role.muted) }
        return out
    }

    static func render(_ entries: [Entry], selected: Int, in list: Rect, _ ctx: RenderContext, to grid: inout Grid) {
        guard list.height > 0, list.width > 0, !entries.isEmpty else { return }
        let blocks = entries.map { rows($0, width: list.width) }
        // The first entry shown: from the top, moved down until the selected one fits whole.
        let chosen = min(max(0, selected), blocks.count - 1)
        var first = 0
        while first < chosen, blocks[first...chosen].reduce(0, { $0 + $1.count }) > list.height { first += 1 }
        var y = 0
        for block in blocks[first...] {
            for (text, role) in block {
                guard y < list.height else { return }
                Label(text, role: role, ellipsis: ctx.symbols.ellipsis).render(in: list.row(y), to: &grid)
                y += 1
            }
        }
    }
}
