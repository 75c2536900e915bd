/// The screens of the dashboard.
public enum ScreenID: String, CaseIterable, Hashable, Sendable {
    case overview, compare, detail, resolutions, help

    /// The four screens reached with `1`–`4`.
    public static let numbered: [ScreenID] = [.overview, .compare, .detail, .resolutions]
}

/// What a key (or mouse, or resize) asks the dashboard to do.
import ChisoCore

public enum Action: Hashable, Sendable {
    case previousMonth, nextMonth, previousYear, nextYear, latestMonth
    case up, down, top, bottom, pageUp, pageDown
    case focusNext, focusPrevious
    case show(ScreenID)
    case help
    case drillDown, back
    case startSearch, searchInput(Character), searchDelete, searchCommit, searchCancel
    case nextMatch, previousMatch
    /// `m`: a prompt for a month typed as 2025-05 or 5/2025.
    case startMonthPrompt, monthInput(Character), monthDelete, monthCommit, monthCancel
    /// `a`: the form that adds a figure for the selected unit and month; typing, Tab / Shift-Tab
    /// between fields, ← → to choose (in a text field: the cursor), the editing keys of `LineEdit`,
    /// Enter to save, Esc to close.
    case openEntryForm, formInput(Character), formEdit(LineEdit), formNext, formPrevious, formChoose(Int), formSave, formCancel
    /// `H`: the history of the figure under the cursor (every value, who, when, source, quote).
    case showHistory
    /// The entries store saved the figure (it is on disk), or refused with a reason.
    case entrySaved(EntryDraft), entrySaveFailed(String)
    /// The entries store saved a change to an implementation item (it is on disk, the data read again).
    case itemChangeSaved(ItemChange)
    case sortAscending, sortDescending
    case nextIndicator, previousIndicator, toggleBasis
    /// Opens or closes the communes of the selected province in the province list.
    case toggleExpand
    /// Compare: provinces → communes of the selected province → all communes.
    case toggleCompareLevel
    case toggleLanguage
    case export, reload, quit
    /// `B`: write the brief to sign (docx and md) for the unit and month on screen.
    case writeBrief
    /// Repaint the whole terminal (Ctrl-L), for a screen garbled by other output or a lossy link.
    case redraw
    case resize(Size)
    case click(x: Int, y: Int)
    case scroll(Int)
    case setMessage(String?)
    case dataReloaded
    /// A reload was refused (errors, a file gone, no figures): the data shown stays, marked stale;
    /// the reason, the problems and their total.
    case reloadFailed(ReloadRefusal, [Diagnostic], total: Int)
    /// Opens or closes the list of data problems.
    case toggleProblems
    /// `P` / `--big`: the projector layout (the unit's headline figures in large type) on or off.
    case toggleProjector
    /// `f`: a follower that looked around shows the presenter's place again.
    case snapBack
    /// News from the meeting socket (the runner's `Meeting` turns it into these).
    case meeting(MeetingEvent)
}

/// Work the reducer asks the runner to do; results come back as actions.
public enum Effect: Hashable, Sendable {
    case quit
    /// Write the current frame to files.
    case export
    /// Write the brief to sign (`chiso brief`) for the unit and month on screen into the export folder.
    case brief
    /// Load the data again.
    case reload
    /// Clear the terminal and send the whole frame again.
    case redraw
    /// Save a figure in the entries store; the runner answers with `entrySaved` or `entrySaveFailed`.
    case saveEntry(EntryDraft)
    /// Save a change to an implementation item; the runner answers with `itemChangeSaved` or `entrySaveFailed`.
    case saveItemChange(ItemChange)
}

/// What the meeting socket tells the dashboard.
public enum MeetingEvent: Hashable, Sendable {
    /// This dashboard's part in a meeting (nil: none).
    case role(MeetingRole?)
    /// A presenter: how many followers are connected.
    case followers(Int)
    /// A follower: connected to the presenter, or not (gone, not started yet, taken over).
    case connected(Bool)
    /// A follower: the presenter's latest state.
    case state(MeetingState)
    /// A follower: the hash of its own data (at start and after every reload).
    case ownData(String)
}
