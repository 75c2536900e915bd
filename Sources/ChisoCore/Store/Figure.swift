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

/// An open-addressing hash index from packed figure keys to figure numbers: one 32-bit slot
/// per entry (keys live in the store's column), so lookups cost the same at 500 or 4 million figures.
struct HashIndex: Sendable {
    private(set) var slots: Column<Int32>
    private let mask: Int

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Column([Int32](repeating: -1, count: size))
        mask = size - 1
    }

    /// An index read from a snapshot: `slots.count` must be a power of two.
    init?(slots: Column<Int32>) {
        guard slots.count >= 16, slots.count & (slots.count - 1) == 0 else { return nil }
        self.slots = slots
        mask = slots.count - 1
    }

    @inline(__always)
    static func hash(_ key: UInt64) -> Int {
        var h = key &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 29
        return Int(truncatingIfNeeded: h)
    }

    /// The figure number for `key`, or nil.
    @inline(__always)
    func find(_ key: UInt64, keys: Column<UInt64>) -> Int? {
        var i = HashIndex.hash(key) & mask
        while true {
            let s = slots[i]
            if s < 0 { return nil }
            if keys[Int(s)] == key { return Int(s) }
            i = (i + 1) & mask
        }
    }

    /// Inserts `figure` for `key` unless present; returns the existing figure number when present.
    @inline(__always)
    mutating func insert(_ key: UInt64, figure: Int32, keys: UnsafeBufferPointer<UInt64>) -> Int? {
        var i = HashIndex.hash(key) & mask
        while true {
            let s = slots[i]
            if s < 0 { slots[i] = figure; return nil }
            if keys[Int(s)] == key { return Int(s) }
            i = (i + 1) & mask
        }
    }
}
