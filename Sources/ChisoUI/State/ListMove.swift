/// How far a movement action moves a list's cursor.
enum ListMove {
    /// Further than any list is long: `g` / `G` move this far, which clamps to the first or last row.
    static let toEnd = 1 << 40

    /// The rows `action` moves in a list with pages of `page` rows; nil when the action is not a movement.
    static func delta(_ action: Action, page: Int) -> Int? {
        switch action {
        case .up: return -1
        case .down: return 1
        case .pageUp: return -page
        case .pageDown: return page
        case .top: return -toEnd
        case .bottom: return toEnd
        case .scroll(let n): return n
        default: return nil
        }
    }
}
