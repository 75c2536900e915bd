import ChisoCore

/// A horizontal bar filled to a ratio (clamped to 0…1), with a label on its right.
public struct Gauge: Widget, Hashable, Sendable {
    public var ratio: Double?
    public var label: String
    public var symbols: Symbols
    public var role: Role

    public init(ratio: Double?, label: String, symbols: Symbols = .unicode, role: Role = .accent) {
        self.ratio = ratio
        self.label = Sanitizer.clean(label)
        self.symbols = symbols
        self.role = role
    }

    /// The ratio made safe: nil for NaN, clamped to 0…1.
    public var clampedRatio: Double? {
        guard let ratio, !ratio.isNaN else { return nil }
        if ratio == .infinity { return 1 }
        return max(0, min(1, ratio))
    }

    public func render(in area: Rect, to grid: inout Grid) {
        guard !area.isEmpty else { return }
        let labelWidth = DisplayWidth.of(label)
        var barWidth = area.width - (labelWidth > 0 ? labelWidth + 1 : 0)
        if barWidth < 3 { barWidth = 0 }
        if barWidth > 0 {
            let inner = symbols.isASCII ? barWidth - 2 : barWidth
            var x = area.x
            if symbols.isASCII { grid.set(x, area.y, Cell("[", role: .muted)); x += 1 }
            let r = clampedRatio ?? 0
            let exact = r * Double(inner)
            var full = symbols.gaugePartials.isEmpty ? Int(exact.rounded()) : Int(exact)
            let partialsCount = symbols.gaugePartials.count
            var partial = partialsCount > 0 ? Int(((exact - Double(full)) * Double(partialsCount + 1)).rounded(.down)) : 0
            if full >= inner { full = inner; partial = 0 }
            for k in 0..<inner {
                let cell: Cell
                if k < full {
                    cell = Cell(symbols.gaugeFull, role: role)
                } else if k == full && partial > 0 {
                    cell = Cell(symbols.gaugePartials[partial - 1], role: role)
                } else {
                    cell = Cell(clampedRatio == nil ? symbols.gap : symbols.gaugeEmpty, role: .muted)
                }
                grid.set(x + k, area.y, cell)
            }
            if symbols.isASCII { grid.set(x + inner, area.y, Cell("]", role: .muted)) }
            Label(label, role: role == .muted ? .muted : .normal).render(in: area.dropLeft(barWidth + 1), to: &grid)
        } else {
            Label(label).render(in: area, to: &grid)
        }
    }
}
