import Foundation

/// Another value published for the same figure, kept with its source.
public struct Revision: Hashable, Sendable {
    public let value: Double
    public let source: Source
}

/// The figure chiso shows for one unit, month, indicator and basis: the value chosen by the
/// revision rule, its source, the other values published for it, and the sources that confirm it.
public struct Figure: Hashable, Sendable {
    public let unit: Int
    public let period: Period
    public let indicator: Int
    public let basis: Basis
    public let value: Double
    public let source: Source
    /// Other values for the same figure (earlier or less authoritative publications).
    public let revisions: [Revision]
    /// Other sources that give the same value.
    public let confirmations: [Source]

    public var isSynthetic: Bool { source.isSynthetic }
}

/// Packs a figure's identity into one integer for fast hashing.
struct FigureKey: Hashable, Sendable {
    let raw: UInt64
    init(unit: Int, indicator: Int, basis: Basis, period: Period) {
        raw = UInt64(truncatingIfNeeded: unit) << 40 | UInt64(truncatingIfNeeded: indicator & 0xFFFF) << 24
            | UInt64(basis == .ytd ? 1 : 0) << 23 | UInt64(truncatingIfNeeded: period.ordinal & 0x7FFFFF)
    }
}
