import Foundation

/// Which unit a name means around the reorganisation of 1 July 2025, when a row says so in its
/// `scope` column: pages of mid-2025 give a province's figure both for the unit as it was
/// (63-unit basis) and for the merged unit (34-unit basis). Without a scope the period decides.
public enum UnitScope: String, Sendable, CaseIterable {
    /// The unit as it was before 1 July 2025 (one of the 63).
    case former
    /// The unit in force from 1 July 2025 (one of the 34).
    case merged

    /// A period on the side of the reorganisation this scope means, for name resolution.
    var resolutionPeriod: Period {
        self == .former ? Period.reorganisation.advanced(by: -1) : Period.reorganisation
    }
}

/// Why a row's scope does not fit the unit its name resolved to.
public struct ScopeProblem: Sendable, Equatable {
    public let message: Phrase
    public let hint: Phrase
}
