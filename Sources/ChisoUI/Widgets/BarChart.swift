import ChisoCore

/// A vertical bar chart of one series with an optional second series (last year) alongside,
/// a y axis labelled at the top, zero and bottom, and x labels under the slots.
public struct BarChart: Widget {
    public var labels: [String]
    public var current: [Double?]
    public var previous: [Double?]
    public var format: (Double) -> String
    public var symbols: Symbols
    public var legend: (current: String, previous: String)?
    public var highlight: Int?

    public init(labels: [String], current: [Double?], previous: [Double?] = [], symbols: Symbols = .unicode,
                legend: (current: String, previous: String)? = nil, highlight: Int? = nil, format: @escaping (Double) -> String) {
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
            let line = Line([Line.Span(symbols.gaugeFull + " " + legend.current + "  ", role: .accent),
                             Line.Span(symbols.gaugeFull + " " + legend.previous, role: .muted)])
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
            var bars: [(Double?, Role, Int)] = []
            if twoSeries { bars.append((i < previous.count ? Self.finite(previous[i]) : nil, .muted, sx)) }
            bars.append((i < current.count ? Self.finite(current[i]) : nil, .accent, sx + (twoSeries ? barWidth : 0)))
            for (value, role, bx) in bars {
                for k in 0..<barWidth where bx + k < plot.maxX {
                    drawBar(value, x: bx + k, plot: plot, pos: pos, zero: zero, zeroRow: zeroRow, role: role, grid: &grid)
                }
            }
            if xLabelRows > 0, i < labels.count {
                let lx = sx
                let label = labels[i]
                let w = DisplayWidth.of(label)
                if w <= slot || (i % 2 == 0 && w <= slot * 2) {
                    grid.write(label, x: lx, y: plot.maxY, clip: Rect(x: plot.x, y: plot.maxY, width: plot.width, height: 1),
                               role: i == highlight ? .accent : .muted, attributes: i == highlight ? [.bold, .underline] : [])
                }
            }
        }
    }

    private func drawBar(_ value: Double?, x: Int, plot: Rect, pos: (Double) -> Double, zero: Double, zeroRow: Int, role: Role, grid: inout Grid) {
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
                if eighths > 0 {
                    grid.set(x, plot.y + row, Cell(symbols.barEighths[min(7, eighths - 1)], role: role))
                } else if row == zeroRow {
                    grid.set(x, plot.y + row, Cell(symbols.barEighths[0], role: role))
                }
                row -= 1
            }
            if value == 0 { grid.set(x, plot.y + zeroRow, Cell(symbols.barEighths[0], role: role)) }
        } else {
            let start = max(0, Int(zero.rounded(.down)))
            let end = min(plot.height, max(start + 1, Int(top.rounded())))
            for row in start..<end { grid.set(x, plot.y + row, Cell(symbols.gaugeFull, role: role == .accent ? .bad : .muted)) }
        }
    }
}
