import ChisoCore

/// The bottom line of key hints: as many `key label` pairs as fit, in order.
public struct KeyBar: Widget, Hashable, Sendable {
    public var items: [(key: String, label: String)]
    /// Per item: lower is dropped first when the bar is too narrow; 0 is kept. Default: keep the last two.
    public var priorities: [Int]

    public init(_ items: [(key: String, label: String)], priorities: [Int]? = nil) {
        self.items = items
        self.priorities = priorities ?? items.indices.map { $0 >= items.count - 2 ? 0 : 1 + $0 }
    }

    public static func == (a: KeyBar, b: KeyBar) -> Bool { a.items.map { $0.key + "\u{0}" + $0.label } == b.items.map { $0.key + "\u{0}" + $0.label } }
    public func hash(into hasher: inout Hasher) { for i in items { hasher.combine(i.key); hasher.combine(i.label) } }

    /// Width of the items with `gap` spaces between them.
    static func width(_ items: [(key: String, label: String)], gap: Int) -> Int {
        items.reduce(0) { $0 + DisplayWidth.of($1.key) + 1 + DisplayWidth.of($1.label) } + max(0, items.count - 1) * gap + 1
    }

    public func render(in area: Rect, to grid: inout Grid) {
        guard !area.isEmpty else { return }
        // Keep the last two items (help, quit) and drop from just before them until the bar fits.
        var shown = Array(zip(items, priorities.count == items.count ? priorities : items.map { _ in 1 }))
        var gap = 2
        while KeyBar.width(shown.map(\.0), gap: gap) > area.width {
            if gap == 2 && KeyBar.width(shown.map(\.0), gap: 1) <= area.width { gap = 1; break }
            let droppable = shown.indices.filter { shown[$0].1 > 0 }
            guard let worst = droppable.min(by: { shown[$0].1 < shown[$1].1 }) else { break }
            shown.remove(at: worst)
        }
        var x = area.x + 1
        for (item, _) in shown {
            let w = DisplayWidth.of(item.key) + 1 + DisplayWidth.of(item.label)
            if x + w > area.maxX { break }
            x += grid.write(item.key, x: x, y: area.y, clip: area, role: .accent, attributes: [.bold])
            x += grid.write(" " + item.label, x: x, y: area.y, clip: area, role: .normal)
            x += gap
        }
    }
}
