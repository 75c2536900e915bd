import ChisoCore

/// The geometry of one frame — rectangles, visible rows, scroll offsets and hit areas — from the
/// state, the data and the size. Pure. The reducer runs it after every update (`LayoutPass`) and
/// keeps it in `AppState.layout` for the next update to read; `Frame` runs the same function
/// for the state it draws, so a view never computes geometry of its own.
public struct FrameLayout: Hashable, Sendable {
    /// What the body holds: the current screen's layout.
    public enum Screen: Hashable, Sendable {
        case none
        case overview(OverviewLayout)
        case compare(CompareLayout)
        case detail(DetailLayout)
        case resolutions(ResolutionsLayout)
        case help(HelpLayout)
        /// `P` / `--big`: the projector layout, over whichever screen is current (Help stays Help).
        case projector(ProjectorLayout)
    }

    /// Below this the dashboard shows a notice instead of the screens.
    public static let minimumSize = Size(width: 60, height: 18)

    public var size: Size
    public var isTooSmall: Bool
    public var header: Rect
    public var body: Rect
    public var bottom: Rect
    public var screen: Screen
    /// The problems overlay's list, when it is open.
    public var problems: ProblemsLayout?
    /// A figure's history, when it is shown.
    public var history: HistoryLayout?
    /// The entry form, when it is open.
    public var entryForm: EntryFormLayout?
    /// The item form, when it is open.
    public var itemForm: ItemFormLayout?

    /// An empty layout, before the first pass.
    public init() {
        size = Size(width: 0, height: 0)
        isTooSmall = true
        header = Rect(x: 0, y: 0, width: 0, height: 0)
        body = header
        bottom = header
        screen = .none
    }

    /// The layout of `state` at its own size.
    public init(_ state: AppState, _ data: DashboardData) { self.init(state, data, size: state.size) }

    /// The layout of `state` drawn at `size`.
    public init(_ state: AppState, _ data: DashboardData, size: Size) {
        self.init()
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        isTooSmall = FrameLayout.isTooSmall(self.size)
        // Measured also when too small to draw: cursors keep their lists' sizes.
        header = Rect(x: 0, y: 0, width: self.size.width, height: 1)
        body = FrameLayout.body(self.size)
        bottom = Rect(x: 0, y: self.size.height - 1, width: self.size.width, height: 1)
        switch state.screen {
        case .overview: screen = .overview(OverviewLayout(body, state, data))
        case .compare: screen = .compare(CompareLayout(body, state, data))
        case .detail: screen = .detail(DetailLayout(body, state, data))
        case .resolutions: screen = .resolutions(ResolutionsLayout(body, state, data))
        case .help: screen = .help(HelpLayout(body, state))
        }
        if state.projector, state.screen != .help { screen = .projector(ProjectorLayout(body, panelCount: data.panels.count)) }
        if state.problemsOpen { problems = ProblemsLayout(body, state) }
        if state.figureHistory != nil || state.itemHistory != nil { history = HistoryLayout(body) }
        if state.entryForm != nil { entryForm = EntryFormLayout(body, state) }
        if state.itemForm != nil { itemForm = ItemFormLayout(body) }
    }

    public static func isTooSmall(_ size: Size) -> Bool {
        size.width < minimumSize.width || size.height < minimumSize.height
    }

    /// The body area between the header and the bottom line.
    public static func body(_ size: Size) -> Rect {
        Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
    }

    public var overview: OverviewLayout? { if case .overview(let l) = screen { return l }; return nil }
    public var compare: CompareLayout? { if case .compare(let l) = screen { return l }; return nil }
    public var detail: DetailLayout? { if case .detail(let l) = screen { return l }; return nil }
    public var resolutions: ResolutionsLayout? { if case .resolutions(let l) = screen { return l }; return nil }
    public var help: HelpLayout? { if case .help(let l) = screen { return l }; return nil }
}

/// The problems overlay (`p`) over the body: its box, the headline row and the list of problems.
public struct ProblemsLayout: Hashable, Sendable {
    public var box: Rect
    public var inner: Rect
    public var headline: Rect
    public var list: ListWindow

    init(_ body: Rect, _ state: AppState) {
        box = body.inset(1)
        inner = Block().inner(box).inset(left: 1, right: 1)
        headline = inner.row(0)
        list = ListWindow(rows: inner.dropTop(1), count: state.problems.count, offset: state.problemsOffset)
    }
}
