import ChisoCore

/// A vertical bar chart of one series with an optional second series (last year) alongside,
/// a y axis labelled at the top, zero and bottom, and x labels under the slots.
///
/// The two series differ by their marks, not only by colour: the current one in solid blocks
/// (eighths at the top), the previous one in a pattern (`Symbols.barPrevious`) rounded to whole
/// cells; the legend shows the same marks. The highlighted slot's label carries the pointer
/// symbol. A series shorter than the labels stops there: its later slots are left empty (months
/// that have not happened yet), where a missing value inside the series is drawn as a gap.
public struct BarChart: Widget {
    public var labels: [String]
    public var current: [Double?]
    public var previous: [Double?]
    public var format: (Double) -> String
    public var symbols: Symbols
    public var legend: (current: String, previous: String)?
    public var highlight: Int?
    /// Words after the legend saying what the axis counts in ("nghìn tỷ đồng").
    public var caption: String?

    public init(labels: [String], current: [Double?], previous: [Double?] = [], symbols: Symbols = .unicode,
                legend: (current: String, previous: String)? = nil, highlight: Int? = nil, caption: String? = nil,
                format: @escaping (Double) -> String) {
        self.caption = caption
        self.labels = labels
        self.current = current
        self.previous = previous
        self.format = format
        self.symbols = symbols
        self.legend = legend
        self.highlight = highlight
    }

    private static func finite(_ v: Double?) -> Double? {
        guard let v, v.isFinite else { return nil }
        return v
    }

    public func render(in area: Rect, to grid: inout Grid) {
        guard !area.isEmpty else { return }
        let n = max(current.count, previous.count, labels.count)
        guard n > 0 else { return }
        var body = area
        if let legend, body.height >= 4 {
            var spans = [Line.Span(currentMark + " " + legend.current, role: .accent)]
            if !previous.isEmpty { spans.append(Line.Span("  " + symbols.barPrevious + " " + legend.previous, role: .muted)) }
            if let caption, !caption.isEmpty { spans.append(Line.Span("  · " + caption, role: .muted)) }
            let line = Line(spans)
            line.render(in: body.row(0), to: &grid)
            body = body.dropTop(1)
        }
        let xLabelRows = body.height >= 3 ? 1 : 0
        let plotHeight = body.height - xLabelRows
        guard plotHeight > 0 else { return }
        let values = (current + previous).compactMap(Self.finite)
        let lo = min(0, values.min() ?? 0)
        var hi = max(0, values.max() ?? 0)
        if hi / 2 - lo / 2 < 1e-12 { hi = lo + 1 }
        // Y axis labels.
        let topLabel = format(hi), bottomLabel = format(lo)
        let axisWidth = min(body.width / 3, max(DisplayWidth.of(topLabel), DisplayWidth.of(bottomLabel), 1) + 1)
        let plot = Rect(x: body.x + axisWidth, y: body.y, width: body.width - axisWidth, height: plotHeight)
        guard plot.width > 0 else { return }
        let h = Double(plotHeight)
        // Halves first: the span of two extreme finite values (±1.7e308) would overflow to infinity.
        func pos(_ v: Double) -> Double { (hi / 2 - v / 2) / (hi / 2 - lo / 2) * h }
        let zero = pos(0)
        let zeroRow = min(plotHeight - 1, max(0, Int(zero.rounded(.down)) - (zero == h ? 1 : 0)))
        let axisRect = Rect(x: body.x, y: body.y, width: axisWidth - 1, height: plotHeight)
        Label(topLabel, role: .muted, alignment: .right).render(in: axisRect.row(0), to: &grid)
        if plotHeight > 1 { Label(bottomLabel, role: .muted, alignment: .right).render(in: axisRect.row(plotHeight - 1), to: &grid) }
        if lo < 0, hi > 0, zeroRow > 0, zeroRow < plotHeight - 1 {
            Label("0", role: .muted, alignment: .right).render(in: axisRect.row(zeroRow), to: &grid)
        }
        for y in 0..<plotHeight { grid.set(plot.x - 1, plot.y + y, Cell(symbols.vertical, role: .muted)) }
        // Slots.
        let slot = max(1, plot.width / n)
        let twoSeries = !previous.isEmpty && slot >= 3
        let barWidth = twoSeries ? max(1, (slot - 1) / 2) : max(1, slot - 1)
        for i in 0..<n {
            let sx = plot.x + i * slot
            if sx >= plot.maxX { break }
            var bars: [(Double?, Bool, Int)] = []
            if twoSeries, i < previous.count { bars.append((Self.finite(previous[i]), true, sx)) }
            if i < current.count { bars.append((Self.finite(current[i]), false, sx + (twoSeries ? barWidth : 0))) }
            for (value, isPrevious, bx) in bars {
                for k in 0..<barWidth where bx + k < plot.maxX {
                    drawBar(value, x: bx + k, plot: plot, pos: pos, zero: zero, zeroRow: zeroRow, previous: isPrevious, grid: &grid)
                }
            }
        }
        if xLabelRows > 0 { drawLabels(count: n, slot: slot, plot: plot, grid: &grid) }
    }

    /// The mark of the current series in the legend: its full block.
    private var currentMark: String { symbols.barEighths.last ?? symbols.gaugeFull }

    /// The x labels under their slots; the highlighted one as pointer + label (one cell to the
    /// left when that cell is free), labels it would overlap left out.
    private func drawLabels(count n: Int, slot: Int, plot: Rect, grid: inout Grid) {
        var placed: [(x: Int, text: String, selected: Bool)] = []
        for i in 0..<min(n, labels.count) {
            let sx = plot.x + i * slot
            if sx >= plot.maxX { break }
            let w = DisplayWidth.of(labels[i])
            if i == highlight {
                placed.append((sx, labels[i], true))
            } else if w <= slot || (i % 2 == 0 && w <= slot * 2) {
                placed.append((sx, labels[i], false))
            }
        }
        if let s = placed.firstIndex(where: \.selected) {
            // The pointer goes in the cell before the slot when no label ends there.
            let sx = placed[s].x
            let before = sx - 1
            let free = before >= plot.x && !placed.contains { !$0.selected && $0.x + DisplayWidth.of($0.text) > before && $0.x <= before }
            placed[s].x = free ? before : sx
            placed[s].text = symbols.pointer + placed[s].text
            let start = placed[s].x, end = start + DisplayWidth.of(placed[s].text)
            placed.removeAll { !$0.selected && $0.x < end && $0.x + DisplayWidth.of($0.text) > start }
        }
        let clip = Rect(x: plot.x, y: plot.maxY, width: plot.width, height: 1)
        for p in placed {
            grid.write(p.text, x: p.x, y: plot.maxY, clip: clip,
                       role: p.selected ? .accent : .muted, attributes: p.selected ? [.bold, .underline] : [])
        }
    }

    private func drawBar(_ value: Double?, x: Int, plot: Rect, pos: (Double) -> Double, zero: Double, zeroRow: Int, previous: Bool, grid: inout Grid) {
        let role: Role = previous ? .muted : .accent
        guard let value else {
            grid.set(x, plot.y + zeroRow, Cell(symbols.gap, role: .muted))
            return
        }
        let top = pos(value)
        if value >= 0 {
            // Rows from the zero line up to `top`, partial top cell in eighths.
            var row = Int(zero.rounded(.up)) - 1
            if row >= plot.height { row = plot.height - 1 }
            while row >= 0 {
                let cellTop = Double(row), cellBottom = Double(row + 1)
                let filledTop = max(cellTop, top), filledBottom = min(cellBottom, zero)
                let fraction = filledBottom - filledTop
                if fraction <= 0 { break }
                let eighths = Int((fraction * 8).rounded())
                if previous {
                    // Whole cells of the pattern; the bottom cell always, so a small value shows.
                    if eighths >= 4 || (row == zeroRow && value > 0) { grid.set(x, plot.y + row, Cell(symbols.barPrevious, role: role)) }
                } else if eighths > 0 {
                    grid.set(x, plot.y + row, Cell(symbols.barEighths[min(7, eighths - 1)], role: role))
                } else if row == zeroRow {
                    grid.set(x, plot.y + row, Cell(symbols.barEighths[0], role: role))
                }
                row -= 1
            }
            if value == 0 { grid.set(x, plot.y + zeroRow, Cell(previous ? symbols.barPrevious : symbols.barEighths[0], role: role)) }
        } else {
            let start = max(0, Int(zero.rounded(.down)))
            let end = min(plot.height, max(start + 1, Int(top.rounded())))
            for row in start..<end { grid.set(x, plot.y + row, Cell(previous ? symbols.barPrevious : symbols.gaugeFull, role: previous ? .muted : .bad)) }
        }
    }
}
