import Foundation

/// An annual plan, estimate or goal for one unit and year (`Data/targets.csv`).
public struct Target: Hashable, Sendable {
    public let province: String
    public let year: Int
    /// Target id: `budget_revenue_estimate`, `pi_plan`, `grdp_growth`, …
    public let target: String
    public let value: Double
    public let unit: String
    /// True when the value is implied by other sourced figures, not stated.
    public let derived: Bool
    public let source: Source

    public init(province: String, year: Int, target: String, value: Double, unit: String, derived: Bool, source: Source) {
        self.province = province
        self.year = year
        self.target = target
        self.value = value
        self.unit = unit
        self.derived = derived
        self.source = source
    }
}
