import ChisoCore
import Foundation

/// What a presenter shows, as followers need it: the place (screen, unit, month, indicator,
/// basis, resolution), the selected rows, and a hash of the presenter's data. One JSON object on
/// one line (a few hundred bytes) travels over the meeting socket; a follower draws it with its
/// own data, size, language and theme. Sizes, scroll offsets, language and theme do not travel.
public struct MeetingState: Hashable, Sendable, Codable {
    /// The meeting's name (the socket's).
    public var meeting: String
    public var screen: String
    public var unit: String
    public var month: String
    public var indicator: String
    public var basis: String
    public var resolution: String
    public var focus: String
    /// The selected headline panel on the Overview.
    public var panel: Int
    public var compareLevel: String
    public var compareSort: Int
    public var compareColumn: Int
    public var compareAscending: Bool
    /// The unit of the selected Compare row (on the Compare screen).
    public var compareUnit: String?
    /// The selected implementation item (Resolutions); the other screens' rows follow from the
    /// unit and the month.
    public var itemRow: Int
    public var itemOpen: Bool
    /// The day the presenter's data is as known on (`--vintage`, `Dataset.vintage`), `YYYY-MM-DD`;
    /// nil when it shows the latest data.
    public var vintage: String?
    /// `DataHash` of the presenter's data, in hex: a follower whose own differs says so.
    public var data: String

    /// The shared part of `state`; the vintage is `dashboardData`'s.
    public init(_ state: AppState, _ dashboardData: DashboardData, meeting: String, dataHash: String) {
        self.meeting = meeting
        screen = (state.screen == .help ? (state.beforeHelp ?? .overview) : state.screen).rawValue
        unit = state.province
        month = state.month.description
        indicator = state.indicator
        basis = state.basis.rawValue
        resolution = state.resolution
        focus = state.focus.rawValue
        panel = state.panel
        compareLevel = state.compareLevel.rawValue
        compareSort = state.compareSort.rawValue
        compareColumn = state.compareColumn.rawValue
        compareAscending = state.compareAscending
        compareUnit = state.screen == .compare ? CompareTable.unitAtCursor(state, dashboardData) : nil
        itemRow = state.items.selected
        itemOpen = state.itemOpen
        vintage = dashboardData.dataset.vintage?.description
        data = dataHash
    }

    /// The message: one line of JSON ending in a newline.
    public func line() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard var bytes = try? Array(encoder.encode(self)) else { return [] }
        bytes.append(0x0A)
        return bytes
    }

    /// A message read back (without its newline); nil for anything that is not one.
    public static func parse<S: Sequence>(_ line: S) -> MeetingState? where S.Element == UInt8 {
        try? JSONDecoder().decode(MeetingState.self, from: Data(line))
    }

    /// The same state with `other`'s place: true when nothing a follower draws differs.
    public func samePlace(as other: MeetingState) -> Bool {
        var a = self, b = other
        a.meeting = ""; b.meeting = ""
        a.data = ""; b.data = ""
        return a == b
    }
}
