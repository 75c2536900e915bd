import ChisoCore

/// The bottom line of key hints: as many `key label` pairs as fit, in order.
public struct KeyBar: Widget, Hashable, Sendable {
    public var items: [(key: String, label: String)]

    public init(_ items: [(key: String, label: String)]) { self.items = items }

    public static func == (a: KeyBar, b: KeyBar) -> Bool { a.items.map { $0.key + "\u{0}" + $0.label } == b.items.map { $0.key + "\u{0}" + $0.label } }
    public func hash(into hasher: inout Hasher) { for i in items { hasher.combine(i.key); hasher.combine(i.label) } }

    /// Width of the items with `gap` spaces between them.
    static func width(_ items: [(key: String, label: String)], gap: Int) -> Int {
        items.reduce(0) { $0 + DisplayWidth.of($1.key) + 1 + DisplayWidth.of($1.label) } + max(0, items.count - 1) * gap + 1
    }

    public func render(in area: Rect, to grid: inout Grid) {
        guard !area.isEmpty else { return }
        // Keep the last two items (help, quit) and drop from just before them until the bar fits.
        var shown = items
        var gap = 2
        while KeyBar.width(shown, gap: gap) > area.width {
            if gap == 2 { gap = 1; continue }
            if shown.count <= 2 { break }
            shown.remove(at: shown.count - 3)
        }
        var x = area.x + 1
        for item in shown {
            let w = DisplayWidth.of(item.key) + 1 + DisplayWidth.of(item.label)
            if x + w > area.maxX { break }
            x += grid.write(item.key, x: x, y: area.y, clip: area, role: .accent, attributes: [.bold])
            x += grid.write(" " + item.label, x: x, y: area.y, clip: area, role: .normal)
            x += gap
        }
    }
}
