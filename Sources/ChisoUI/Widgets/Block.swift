import ChisoCore

/// A box with a border and an optional title in the top edge.
public struct Block: Widget, Hashable, Sendable {
    public var title: String
    public var symbols: Symbols
    public var borderRole: Role
    public var titleRole: Role
    public var focused: Bool

    public init(title: String = "", symbols: Symbols = .unicode, borderRole: Role = .muted, titleRole: Role = .accent, focused: Bool = false) {
        self.title = Sanitizer.clean(title)
        self.symbols = symbols
        self.borderRole = borderRole
        self.titleRole = titleRole
        self.focused = focused
    }

    /// The area inside the border (empty when there is no room for one).
    public func inner(_ area: Rect) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        return area.inset(1)
    }

    public func render(in area: Rect, to grid: inout Grid) {
        guard !area.isEmpty else { return }
        let role: Role = focused ? .accent : borderRole
        if area.width < 2 || area.height < 2 {
            grid.fill(area, with: Cell(symbols.horizontal, role: role))
            return
        }
        let s = symbols
        let hLine = String(repeating: s.horizontal, count: area.width - 2)
        grid.write(s.topLeft + hLine + s.topRight, x: area.x, y: area.y, clip: area, role: role)
        grid.write(s.bottomLeft + hLine + s.bottomRight, x: area.x, y: area.maxY - 1, clip: area, role: role)
        for y in (area.y + 1)..<(area.maxY - 1) {
            grid.set(area.x, y, Cell(s.vertical, role: role))
            grid.set(area.maxX - 1, y, Cell(s.vertical, role: role))
        }
        if !title.isEmpty, area.width > 4 {
            let room = area.width - 4
            let cut = DisplayWidth.truncate(title, to: room, ellipsis: s.ellipsis)
            let clip = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: 1)
            grid.write(" " + cut + " ", x: area.x + 1, y: area.y, clip: clip, role: focused ? .accent : titleRole,
                       attributes: focused ? [.bold] : [])
        }
    }
}
