import ChisoCore

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

    /// The glyphs for `values`, one per value (the one scale of `SparkScale`).
    public func glyphs() -> [String] {
        SparkScale.glyphs(values, levels: symbols.sparkLevels, gap: symbols.gap)
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
