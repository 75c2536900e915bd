import ChisoCore

/// Where the Help screen draws: its box, one or two columns of lines, and the scroll window.
public struct HelpLayout: Hashable, Sendable {
    public var box: Rect
    public var inner: Rect
    /// The columns the lines flow through (two on wide terminals when one is not enough).
    public var columns: [Rect]
    /// The help lines; `first` is the first line shown.
    public var lines: ListWindow
    /// Width of the keys column.
    public var keyWidth: Int
    /// Width of the text beside the keys (longer texts wrap onto rows of their own).
    public var textWidth: Int

    init(_ body: Rect, _ state: AppState) {
        box = body
        inner = Block().inner(body).inset(left: 1, right: 1)
        keyWidth = min(22, inner.width / 3)
        let twoColumns = inner.width >= 140 && HelpLines.lines(state.language, ascii: state.ascii).count > inner.height
        columns = twoColumns ? inner.columns([.fill(1), .fixed(2), .fill(1)]).enumerated().filter { $0.offset != 1 }.map(\.element) : [inner]
        textWidth = max(1, (columns.map(\.width).min() ?? inner.width) - keyWidth)
        let count = HelpLines.lines(state.language, ascii: state.ascii, width: textWidth).count
        lines = ListWindow(rows: inner, count: count, offset: state.helpOffset)
    }
}
