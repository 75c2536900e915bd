import ChisoCore

/// The history of one figure (`H`), while it is shown: which figure and the selected line.
public struct HistoryState: Hashable, Sendable {
    public var province: String
    public var month: Period
    public var indicator: String
    public var basis: Basis
    /// The selected line (0: the newest).
    public var selected = 0

    public init(province: String, month: Period, indicator: String, basis: Basis) {
        self.province = province
        self.month = month
        self.indicator = indicator
        self.basis = basis
    }
}
