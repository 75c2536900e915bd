import ChisoCore

/// The periods the Detail table lists: January of last year to December of the selected month's
/// year; for a quarterly indicator (GRDP growth) the eight quarters of those two years instead.
public enum DetailMonths {
    /// Rows of the monthly table.
    public static let count = 24
    /// Rows of the quarterly table.
    public static let quarterCount = 8

    public static func months(_ state: AppState) -> [Period] {
        let start = Period(year: state.month.year - 1, month: 1)
        return (0..<count).map { start.advanced(by: $0) }
    }

    /// True when Detail shows the state's indicator by quarter.
    public static func isQuarterly(_ state: AppState, _ data: DashboardData) -> Bool {
        data.isQuarterly(state.indicator)
    }

    /// The rows of the table: the months, or the quarters of a quarterly indicator.
    public static func periods(_ state: AppState, _ data: DashboardData) -> [Period] {
        guard isQuarterly(state, data) else { return months(state) }
        let year = selected(state, data).year
        return (0..<quarterCount).map { Period(year: year - 1 + $0 / 4, quarter: $0 % 4 + 1) }
    }

    /// The row the month selects: the month itself, or the latest quarter that has ended by it
    /// (May 2025 → 2025-Q1, as the Overview's GRDP box).
    public static func selected(_ state: AppState, _ data: DashboardData) -> Period {
        isQuarterly(state, data) ? state.month.latestQuarterEnded : state.month
    }
}
