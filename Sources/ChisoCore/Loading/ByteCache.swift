import Foundation

/// Byte-slice interning: maps the bytes of a field (or several) to a small integer without
/// building a String, so repeated names cost a hash and a compare.
struct ByteCache {
    private var arena: [UInt8] = []
    private var offsets: [Int32] = []
    private var lengths: [Int32] = []
    private var hashes: [UInt64] = []
    private(set) var values: [Int32] = []
    private var slots: [Int32]
    private var mask: Int

    init() {
        slots = [Int32](repeating: -1, count: 64)
        mask = 63
    }

    /// An FNV-1a hash of the bytes of several slices, each followed by a 0xFF separator (the
    /// layout `insert` stores them in).
    @inline(__always)
    static func hash(_ p: UnsafeBufferPointer<UInt8>, _ ranges: [(Int, Int)]) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for (a, b) in ranges {
            var i = a
            while i < b { h = (h ^ UInt64(p[i])) &* 0x100_0000_01B3; i += 1 }
            h = (h ^ 0xFF) &* 0x100_0000_01B3
        }
        return h
    }

    /// A quick hash of one slice: its length and its first and last eight bytes (the cache
    /// compares the full bytes on a hit, so collisions cost a compare, never a wrong answer).
    @inline(__always)
    static func hash(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> UInt64 {
        let n = b - a
        var h = UInt64(truncatingIfNeeded: n) &* 0x9E37_79B9_7F4A_7C15
        if n >= 8, let base = p.baseAddress {
            let raw = UnsafeRawPointer(base)
            h = (h ^ raw.loadUnaligned(fromByteOffset: a, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h = (h ^ raw.loadUnaligned(fromByteOffset: b - 8, as: UInt64.self)) &* 0xC4CE_B9FE_1A85_EC53
        } else {
            var i = a
            while i < b { h = (h ^ UInt64(p[i])) &* 0x100_0000_01B3; i += 1 }
        }
        return h ^ (h >> 29)
    }

    private func equal(_ e: Int, _ p: UnsafeBufferPointer<UInt8>, _ ranges: [(Int, Int)]) -> Bool {
        var o = Int(offsets[e])
        let end = o + Int(lengths[e])
        for (a, b) in ranges {
            var i = a
            while i < b {
                if o >= end || arena[o] != p[i] { return false }
                o += 1; i += 1
            }
            if o >= end || arena[o] != 0xFF { return false }
            o += 1
        }
        return o == end
    }

    /// The value stored for the bytes of `ranges`, or nil.
    func find(_ p: UnsafeBufferPointer<UInt8>, _ ranges: [(Int, Int)], hash h: UInt64) -> Int32? {
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[i]
            if s < 0 { return nil }
            if hashes[Int(s)] == h && equal(Int(s), p, ranges) { return values[Int(s)] }
            i = (i + 1) & mask
        }
    }

    /// The value stored for the bytes `a..<b` (one slice, inserted as a one-element `ranges`), or nil.
    @inline(__always)
    func find(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, hash h: UInt64) -> Int32? {
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[i]
            if s < 0 { return nil }
            let e = Int(s)
            if hashes[e] == h && Int(lengths[e]) == b - a + 1 {
                var o = Int(offsets[e]), j = a, same = true
                while j < b { if arena[o] != p[j] { same = false; break }; o += 1; j += 1 }
                if same { return values[e] }
            }
            i = (i + 1) & mask
        }
    }

    /// Stores `value` for the bytes of `ranges`, whose `hash` the caller computed.
    mutating func insert(_ p: UnsafeBufferPointer<UInt8>, _ ranges: [(Int, Int)], hash h: UInt64, value: Int32) {
        if (hashes.count + 1) * 2 > slots.count { grow() }
        let e = Int32(hashes.count)
        offsets.append(Int32(arena.count))
        for (a, b) in ranges {
            arena.append(contentsOf: UnsafeBufferPointer(rebasing: p[a..<b]))
            arena.append(0xFF)
        }
        lengths.append(Int32(arena.count) - offsets[Int(e)])
        hashes.append(h)
        values.append(value)
        place(Int(e))
    }

    private mutating func place(_ e: Int) {
        var i = Int(truncatingIfNeeded: hashes[e]) & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = Int32(e)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for e in 0..<hashes.count { place(e) }
    }
}
