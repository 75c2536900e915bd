/// Something that draws itself into a rectangle of a grid, and nowhere else.
public protocol Widget {
    func render(in area: Rect, to grid: inout Grid)
}

/// Horizontal alignment of text in its area.
public enum Alignment: Hashable, Sendable {
    case left, right, center
}
