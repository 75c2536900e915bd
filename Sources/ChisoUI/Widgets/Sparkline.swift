/// A one-line chart of a series; missing, NaN and infinite values are drawn as gaps.
///
/// When the series is longer than the area, the most recent values (the end) are shown.
public struct Sparkline: Widget, Hashable, Sendable {
    public var values: [Double?]
    public var symbols: Symbols
    public var role: Role
    /// Index of a value to highlight (the selected month), if any.
    public var highlight: Int?

    public init(values: [Double?], symbols: Symbols = .unicode, role: Role = .accent, highlight: Int? = nil) {
        self.values = values
        self.symbols = symbols
        self.role = role
        self.highlight = highlight
    }

    /// The glyphs for `values`, one per value.
    public func glyphs() -> [String] {
        let finite = values.compactMap { $0 }.filter { $0.isFinite }
        guard let lo = finite.min(), let hi = finite.max() else { return values.map { _ in symbols.gap } }
        let levels = symbols.sparkLevels
        return values.map { v in
            guard let v, v.isFinite else { return symbols.gap }
            // Halves first: the span of two extreme finite values (±1.7e308) would overflow to infinity.
            if hi / 2 - lo / 2 < 1e-12 { return levels[levels.count / 2] }
            let t = (v / 2 - lo / 2) / (hi / 2 - lo / 2)
            let i = Int((t * Double(levels.count - 1)).rounded())
            return levels[max(0, min(levels.count - 1, i))]
        }
    }

    public func render(in area: Rect, to grid: inout Grid) {
        guard !area.isEmpty, !values.isEmpty else { return }
        let g = glyphs()
        let shown = min(g.count, area.width)
        let start = g.count - shown
        for k in 0..<shown {
            let i = start + k
            let isGap = g[i] == symbols.gap
            let r: Role = isGap ? .muted : role
            grid.set(area.x + k, area.y, Cell(g[i], role: r, attributes: i == highlight ? [.underline] : []))
        }
    }
}
