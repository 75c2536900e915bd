import ChisoCore

/// The implementation items of the Resolutions screen as rows of several lines, so that no text
/// is cut with "…". Where the items box is wide enough (`tableWidth`), a table of four columns
/// (document, lead unit, due date, status) whose cells wrap inside their column; narrower, each
/// item's document on the whole width and its lead unit, due date and status on the lines under it.
struct ItemRows {
    /// A piece of a line: text placed `x` columns after the pointer's two cells.
    struct Piece {
        var x: Int
        var width: Int
        var span: Line.Span
    }

    /// The narrowest items box that still gets the table; narrower boxes stack each item.
    static let tableWidth = 72

    /// True when the items are a table with one column per field.
    let isTable: Bool
    /// The heading line.
    let heading: [Piece]
    /// Each item's lines.
    let rows: [[[Piece]]]

    /// The lines of `items` in a box `width` columns wide (the pointer's two cells included).
    init(_ items: [ImplementationItem], month: Period, lang: Language, width: Int) {
        let text = max(1, width - 2)
        let overdueWord = Glossary.text(.reportOverdue, lang)
        let none = "—"
        func status(_ it: ImplementationItem) -> Line.Span {
            let overdue = it.isOverdue(at: month)
            return Line.Span(overdue ? "! " + overdueWord : Words.status(it.status, lang),
                             role: overdue ? .bad : (it.status.isComplete ? .good : .warn))
        }
        func document(_ it: ImplementationItem) -> Line.Span {
            let overdue = it.isOverdue(at: month)
            return Line.Span(it.document.text(lang), role: overdue ? .bad : .normal, attributes: overdue ? [.bold] : [])
        }
        func due(_ it: ImplementationItem) -> String { it.due.map { Words.shortDate($0, lang) } ?? none }
        func lead(_ it: ImplementationItem) -> String { it.lead.text(lang).isEmpty ? none : it.lead.text(lang) }
        isTable = width >= ItemRows.tableWidth
        if isTable {
            // Statuses and due dates are never wrapped: their columns are as wide as their longest word.
            let statusWords = ItemStatus.allCases.map { Words.status($0, lang) } + ["! " + overdueWord, Glossary.text(.resolutionsStatus, lang)]
            let statusWidth = statusWords.map(DisplayWidth.of).max() ?? 11
            let dueWidth = ([Glossary.text(.reportDue2, lang), none] + items.map(due)).map(DisplayWidth.of).max() ?? 10
            let columns = Rect(x: 0, y: 0, width: text, height: 1)
                .columns([.fill(3), .fixed(1), .fill(width >= 90 ? 2 : 1), .fixed(1), .fixed(dueWidth), .fixed(1), .fixed(statusWidth)])
            let cells = stride(from: 0, to: columns.count, by: 2).map { columns[$0] }
            let titles: [Term] = [.resolutionsDocument, .reportLead2, .reportDue2, .resolutionsStatus]
            heading = zip(cells, titles).map { Piece(x: $0.x, width: $0.width, span: Line.Span(Glossary.text($1, lang), role: .muted, attributes: [.bold])) }
            rows = items.map { it in
                let fields = [document(it), Line.Span(lead(it), role: .muted), Line.Span(due(it), role: document(it).role), status(it)]
                let wrapped = zip(cells, fields).map { cell, span in TextWrap.lines(span.text, width: max(1, cell.width)).map { Line.Span($0, role: span.role, attributes: span.attributes) } }
                let height = max(1, wrapped.map(\.count).max() ?? 1)
                return (0..<height).map { line in
                    zip(cells, wrapped).compactMap { cell, spans in
                        spans.indices.contains(line) ? Piece(x: cell.x, width: cell.width, span: spans[line]) : nil
                    }
                }
            }
        } else {
            // Stacked: the heading names the fields in the order of the lines under each document.
            let heading = [Term.resolutionsDocument, .reportLead2, .reportDue2, .resolutionsStatus].map { Glossary.text($0, lang) }.joined(separator: " · ")
            self.heading = TextWrap.lines(heading, width: text).prefix(1).map { Piece(x: 0, width: text, span: Line.Span($0, role: .muted, attributes: [.bold])) }
            rows = items.map { it in
                let doc = document(it)
                var lines = TextWrap.lines(doc.text, width: text).map { [Piece(x: 0, width: text, span: Line.Span($0, role: doc.role, attributes: doc.attributes))] }
                // "chủ trì: … · hạn: … · trạng thái": the status is never broken and keeps its colour, on the last line.
                let facts = Glossary.text(.uiLead, lang) + " " + lead(it) + " · " + Glossary.text(.uiDue, lang) + " " + due(it) + " ·"
                let st = status(it)
                var factLines = TextWrap.lines(facts, width: text)
                let last = factLines.last.map(DisplayWidth.of) ?? 0
                let stWidth = DisplayWidth.of(st.text)
                let onLast = !factLines.isEmpty && last + 1 + stWidth <= text
                let statusLine = onLast ? factLines.removeLast() + " " : ""
                for line in factLines { lines.append([Piece(x: 0, width: text, span: Line.Span(line, role: .muted))]) }
                let head = DisplayWidth.of(statusLine)
                lines.append([Piece(x: 0, width: head, span: Line.Span(statusLine, role: .muted)), Piece(x: head, width: text - head, span: st)])
                return lines
            }
        }
    }

    /// The number of lines of each item.
    var heights: [Int] { rows.map(\.count) }

    /// The first item shown when `selected` must be whole in `lines` lines and the list was last
    /// shown from `offset`: the offset moved just enough, and never so far that lines stay empty
    /// while earlier items could fill them.
    static func first(heights: [Int], selected: Int?, offset: Int, lines: Int) -> Int {
        guard !heights.isEmpty else { return 0 }
        var first = max(0, min(offset, heights.count - 1))
        if let s = selected, heights.indices.contains(s) {
            if s < first { first = s }
            while first < s && heights[first...s].reduce(0, +) > lines { first += 1 }
        }
        // Fill the box from the bottom when the last items leave room for earlier ones.
        while first > 0 && heights[(first - 1)...].reduce(0, +) <= lines { first -= 1 }
        return first
    }

    /// One past the last item that is shown whole from `first` in `lines` lines (at least one item).
    static func end(heights: [Int], first: Int, lines: Int) -> Int {
        var used = 0
        var end = first
        while end < heights.count && (end == first || used + heights[end] <= lines) {
            used += heights[end]
            end += 1
        }
        return end
    }
}
