import ChisoCore

/// Where the item form draws, over the body: its box, the line saying where entries go (or why
/// they cannot), one row per field, the rows for problems, and the key hints at the bottom (the editing keys, then the others).
public struct ItemFormLayout: Hashable, Sendable {
    public var box: Rect
    public var inner: Rect
    public var status: Rect
    /// One row per field, in `ItemFormState.Field` order (empty rects when the body is too short).
    public var fields: [Rect]
    /// The rows below the fields: the reason a save failed, the problems.
    public var messages: Rect
    public var hint: Rect
    /// The row above the key hint: the editing keys of the text fields (`LineEdit`).
    public var editHint: Rect
    /// Width of the labels' column.
    public var labelWidth: Int

    init(_ body: Rect) {
        let count = ItemFormState.Field.allCases.count
        let width = min(body.width - 2, 96)
        let height = min(body.height, 3 + count + 10)
        box = Rect(x: body.x + (body.width - width) / 2, y: body.y + max(0, (body.height - height) / 2), width: width, height: height)
        inner = Block().inner(box).inset(left: 1, right: 1)
        status = inner.row(0)
        let area = inner
        fields = (0..<count).map { i in i + 1 < area.height ? area.row(i + 1) : .zero }
        let below = inner.dropTop(count + 1)
        hint = below.bottom(1)
        editHint = below.dropBottom(1).bottom(1)
        messages = below.dropBottom(2)
        labelWidth = min(14, inner.width / 3)
    }
}
