import ChisoCore

/// A selected row and the first visible row of a list.
public struct Cursor: Hashable, Sendable {
    public var selected: Int
    public var offset: Int
    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }
}

/// The pane that receives ↑ ↓ and Enter (`quarterly`: the Overview's GRDP box above the panels).
public enum Focus: String, Hashable, Sendable {
    case provinces, panels, table, list, items, quarterly
}

/// Where the user was, for Back.
public struct Place: Hashable, Sendable {
    public var screen: ScreenID
    public var province: String
    public var month: Period
    public var indicator: String
    public var resolution: String
    public var focus: Focus
}

/// One search result.
public struct SearchMatch: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable { case province, indicator, resolution, commune }
    public let kind: Kind
    public let id: String
    public let labelVI: String
    public let labelEN: String
    public func label(_ lang: Language) -> String { lang == .vi ? labelVI : labelEN }
}

/// The search prompt and its results.
public struct SearchState: Hashable, Sendable {
    public var query: String = ""
    public var editing: Bool = true
    public var matches: [SearchMatch] = []
    public var index: Int = 0
}

/// Columns of the Compare table that can be focused and sorted.
public enum CompareColumn: Int, CaseIterable, Hashable, Sendable {
    case name, rank, value, change, share
}

/// What the Compare screen ranks: the provinces, the communes of the selected province, or every commune.
public enum CompareLevel: String, CaseIterable, Hashable, Sendable {
    case provinces, communesOfProvince, allCommunes
}

/// Everything the dashboard shows is a function of this plain value and the data.
public struct AppState: Hashable, Sendable {
    public var screen: ScreenID = .overview
    public var province: String = ""
    public var month: Period = Period(year: 2025, month: 1)
    public var indicator: String = ""
    public var basis: Basis = .ytd
    public var resolution: String = ""
    public var focus: Focus = .provinces
    /// Selected headline panel on the Overview.
    public var panel: Int = 0
    public var provinceList = Cursor()
    public var compare = Cursor()
    public var compareColumn: CompareColumn = .value
    public var compareSort: CompareColumn = .rank
    public var compareAscending = true
    /// Provinces, or communes (of the selected province or of all), on the Compare screen.
    public var compareLevel: CompareLevel = .provinces
    /// Provinces whose communes are shown under them in the province list.
    public var expanded: Set<String> = []
    public var detail = Cursor()
    public var resolutionList = Cursor()
    public var items = Cursor()
    /// The selected implementation item is open (Enter on it, Resolutions screen).
    public var itemOpen = false
    /// The whole provenance of the selected month's figures is open (Enter, Detail screen).
    public var provenanceOpen = false
    /// How far the open item or the open provenance is scrolled (first line shown; the layout pass clamps it).
    public var textScroll = 0
    public var helpOffset = 0
    public var search: SearchState?
    /// What has been typed after `m` (nil when the month prompt is closed).
    public var monthPrompt: String?
    /// The history of a figure (`H`), while it is shown.
    public var figureHistory: HistoryState?
    /// The entry form (`a`), while it is open.
    public var entryForm: EntryFormState?
    /// The item form (`a` on the Resolutions screen), while it is open.
    public var itemForm: ItemFormState?
    /// The history of an implementation item (`H` on an item of the Resolutions screen), while it is shown.
    public var itemHistory: ItemHistoryState?
    /// The source and published date of the last figure saved: the next form starts with them
    /// (the figures of one report are entered one after another).
    public var lastEntrySource: String?
    public var lastEntryPublished: String?
    /// Whether entries may be saved (set by the runner from the entries store), and why not.
    public var entryAvailability: EntryAvailability = .none
    /// The last committed search, for `n` / `N`.
    public var lastSearch: SearchState?
    public var history: [Place] = []
    public var language: Language = .vi
    public var message: String?
    public var size = Size(width: 80, height: 24)
    public var ascii = false
    public var mono = false
    /// The screen behind Help, to return to.
    public var beforeHelp: ScreenID?
    /// Why the last reload was refused; while set, what is shown is the last good data.
    public var staleReason: ReloadRefusal?
    /// True when the last reload was refused: what is shown is the last good data.
    public var stale: Bool { staleReason != nil }
    /// Problems of the last load attempt (of the failed reload while `stale`), at most `problemLimit`.
    public var problems: [Diagnostic] = []
    /// How many problems the last load attempt had in all.
    public var problemCount = 0
    /// The problems overlay (`p`) is open.
    public var problemsOpen = false
    public var problemsOffset = 0
    /// Presenting or following a meeting (nil: neither).
    public var meeting: MeetingRole?
    /// The projector layout (`P`, `--big`): the unit's headline figures in large type.
    public var projector = false
    /// The geometry of the current frame, from the layout pass after the last update: what the
    /// next update reads for page sizes and mouse hits.
    public internal(set) var layout = FrameLayout()

    /// The most problems kept in the state for the overlay.
    public static let problemLimit = 500
    /// The most places kept for Back.
    public static let historyLimit = 100

    public init() {}

    public var place: Place {
        Place(screen: screen, province: province, month: month, indicator: indicator, resolution: resolution, focus: focus)
    }

    /// The key mode: search while the prompt is open.
    public var keyMode: KeyMode {
        if entryForm != nil || itemForm != nil { return .form }
        if monthPrompt != nil { return .month }
        return search?.editing == true ? .search : .global
    }

    public var symbols: Symbols { Symbols.of(ascii: ascii) }
    public var theme: Theme { mono ? .mono : .standard }

    /// Picks the Vietnamese or English text.
    /// A word of the glossary in the language of the interface.
    public func tr(_ term: Term, _ args: String...) -> String { Glossary.text(key: term.rawValue, language, args) }
}
