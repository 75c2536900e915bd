import ChisoCore

/// Where a figure's or an item's history draws, over the body: its box, the list (`HistoryRows`), the hint.
public struct HistoryLayout: Hashable, Sendable {
    public var box: Rect
    public var inner: Rect
    public var list: Rect
    public var hint: Rect

    init(_ body: Rect) {
        box = body.inset(1)
        inner = Block().inner(box).inset(left: 1, right: 1)
        hint = inner.bottom(1)
        list = inner.dropBottom(1)
    }
}
