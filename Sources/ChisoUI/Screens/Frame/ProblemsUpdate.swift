/// The problems overlay (`p`) takes the movement keys; Esc or `p` closes it; a key for anything
/// else closes it and goes on to do that.
enum ProblemsUpdate {
    /// The effects when the overlay took the action, nil when the action goes on.
    static func update(_ state: inout AppState, _ action: Action) -> [Effect]? {
        let list = state.layout.problems?.list ?? ListWindow(count: state.problems.count, offset: state.problemsOffset)
        if let delta = ListMove.delta(action, page: list.page) {
            state.problemsOffset = max(0, min(list.lastFirst, list.first + delta))
            return []
        }
        switch action {
        case .back, .toggleProblems:
            state.problemsOpen = false
            return []
        case .resize, .setMessage, .reloadFailed, .dataReloaded, .reload, .export, .writeBrief, .quit, .redraw:
            return nil
        default:
            state.problemsOpen = false
            return nil
        }
    }
}
