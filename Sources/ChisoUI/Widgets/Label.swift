import ChisoCore

/// One line of text: sanitised, cut to the area's width by display width, aligned.
public struct Label: Widget, Hashable, Sendable {
    public var text: String
    public var role: Role
    public var attributes: Attributes
    public var alignment: Alignment
    public var ellipsis: String

    public init(_ text: String, role: Role = .normal, attributes: Attributes = [], alignment: Alignment = .left, ellipsis: String = "…") {
        self.text = Sanitizer.clean(text)
        self.role = role
        self.attributes = attributes
        self.alignment = alignment
        self.ellipsis = ellipsis
    }

    public func role(_ role: Role) -> Label { var c = self; c.role = role; return c }
    public func aligned(_ alignment: Alignment) -> Label { var c = self; c.alignment = alignment; return c }
    public func bold() -> Label { var c = self; c.attributes.insert(.bold); return c }

    public func render(in area: Rect, to grid: inout Grid) {
        guard !area.isEmpty else { return }
        let cut = DisplayWidth.truncate(text, to: area.width, ellipsis: ellipsis)
        let w = DisplayWidth.of(cut)
        let x: Int
        switch alignment {
        case .left: x = area.x
        case .right: x = area.maxX - w
        case .center: x = area.x + (area.width - w) / 2
        }
        grid.write(cut, x: x, y: area.y, clip: area, role: role, attributes: attributes)
    }
}

/// A run of styled text pieces on one line, drawn left to right and cut at the area's edge.
public struct Line: Widget, Hashable, Sendable {
    public struct Span: Hashable, Sendable {
        public var text: String
        public var role: Role
        public var attributes: Attributes
        public init(_ text: String, role: Role = .normal, attributes: Attributes = []) {
            self.text = Sanitizer.clean(text)
            self.role = role
            self.attributes = attributes
        }
    }

    public var spans: [Span]
    public init(_ spans: [Span]) { self.spans = spans }

    public var width: Int { spans.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    public func render(in area: Rect, to grid: inout Grid) {
        guard !area.isEmpty else { return }
        var x = area.x
        let total = width
        for (i, span) in spans.enumerated() {
            let room = area.maxX - x
            if room <= 0 { break }
            var text = span.text
            let last = i == spans.count - 1
            if total > area.width && DisplayWidth.of(text) >= room || (last && DisplayWidth.of(text) > room) {
                text = DisplayWidth.truncate(text, to: room)
            }
            x += grid.write(text, x: x, y: area.y, clip: area, role: span.role, attributes: span.attributes)
        }
    }
}
