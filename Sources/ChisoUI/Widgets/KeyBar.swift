import ChisoCore

/// The bottom line of key hints: as many `key label` pairs as fit, in order.
public struct KeyBar: Widget, Hashable, Sendable {
    public var items: [(key: String, label: String)]

    public init(_ items: [(key: String, label: String)]) { self.items = items }

    public static func == (a: KeyBar, b: KeyBar) -> Bool { a.items.map { $0.key + "\u{0}" + $0.label } == b.items.map { $0.key + "\u{0}" + $0.label } }
    public func hash(into hasher: inout Hasher) { for i in items { hasher.combine(i.key); hasher.combine(i.label) } }

    public func render(in area: Rect, to grid: inout Grid) {
        guard !area.isEmpty else { return }
        var x = area.x + 1
        for item in items {
            let w = DisplayWidth.of(item.key) + 1 + DisplayWidth.of(item.label)
            if x + w > area.maxX { break }
            x += grid.write(item.key, x: x, y: area.y, clip: area, role: .accent, attributes: [.bold])
            x += grid.write(" " + item.label, x: x, y: area.y, clip: area, role: .normal)
            x += 2
        }
    }
}
