import ChisoCore

/// The months the Detail table lists: January of last year to December of the selected month's year.
public enum DetailMonths {
    /// Rows of the table.
    public static let count = 24

    public static func months(_ state: AppState) -> [Period] {
        let start = Period(year: state.month.year - 1, month: 1)
        return (0..<count).map { start.advanced(by: $0) }
    }
}
