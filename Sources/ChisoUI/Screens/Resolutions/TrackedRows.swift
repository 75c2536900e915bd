import ChisoCore

/// The indicators a document is tracked by, laid out for the tracked box: each indicator on as
/// many lines as it needs — its name wrapped in the names' column, its figures (the value, the
/// change on last year, the share of plan) one after the other and, where the line is full, on the
/// next line under the first, never cut with "…" nor left out. The year's sparkline follows the
/// figures where 12 cells remain on a line; it is the one part left out when there is no room.
struct TrackedRows {
    /// One indicator: its name, its figures in parts (each part kept whole) and a year of values.
    struct Indicator {
        var name: String
        var parts: [[Line.Span]]
        var series: [Double?]
    }

    /// One indicator's lines: names and figures side by side; the sparkline on line `sparkLine`, after `sparkX` cells.
    struct Entry {
        var names: [String]
        var figures: [[Line.Span]]
        var series: [Double?]
        var sparkLine: Int?
        var sparkX = 0
        var height: Int { max(names.count, figures.count, 1) }
    }

    static let sparkWidth = 12
    let nameWidth: Int
    let entries: [Entry]

    /// The lines every indicator takes.
    var lineCount: Int { entries.reduce(0) { $0 + $1.height } }

    init(_ indicators: [Indicator], width: Int) {
        // The names' column: 24 cells or a third of the box, wider (up to half the box) for a longer name.
        let longest = (indicators.map { DisplayWidth.of($0.name) }.max() ?? 0) + 1
        let nameWidth = max(1, min(24, width / 3), min(longest, width / 2))
        self.nameWidth = nameWidth
        let room = max(1, width - nameWidth)
        entries = indicators.map { ind in
            var figures: [[Line.Span]] = []
            var line: [Line.Span] = []
            for part in ind.parts {
                let partWidth = Line(part).width
                if !line.isEmpty, Line(line).width + 2 + partWidth <= room {
                    line += [Line.Span("  ")] + part
                } else {
                    if !line.isEmpty { figures.append(line) }
                    // A part wider than the room (a narrow box) wraps whole over lines of its own.
                    let wrapped = partWidth <= room ? [Line(part)] : SpanWrap.lines(part, width: room, hangingLabel: false)
                    figures += wrapped.dropLast().map(\.spans)
                    line = wrapped.last?.spans ?? []
                }
            }
            if !line.isEmpty { figures.append(line) }
            var entry = Entry(names: TextWrap.lines(ind.name, width: max(1, nameWidth - 1)), figures: figures, series: ind.series)
            // The sparkline after the first line's figures with room for it, two cells after them.
            for (i, f) in figures.enumerated() where Line(f).width + 2 + TrackedRows.sparkWidth <= room {
                entry.sparkLine = i
                entry.sparkX = Line(f).width + 2
                break
            }
            if figures.isEmpty, TrackedRows.sparkWidth <= room { entry.sparkLine = 0 }
            return entry
        }
    }

    /// The entries that fit `rows` lines whole, from the first; how many do not.
    func shown(rows: Int) -> (entries: ArraySlice<Entry>, left: Int) {
        var used = 0, n = 0
        for e in entries {
            if used + e.height > rows { break }
            used += e.height
            n += 1
        }
        // A last line says how many do not fit, in place of the last entry that did when needed.
        if n < entries.count, used == rows, n > 0 { n -= 1 }
        return (entries.prefix(n), entries.count - n)
    }
}
