import CChisoSys
import XCTest
@testable import ChisoCore

/// The store snapshot's checks in CChisoSys/checks.c: the checksum (CRC-32C lanes, with the
/// processor's crc32 instruction or tables) and the vectorised ranges of the id columns.
final class SnapshotChecksTests: XCTestCase {
    private func randomBytes(_ n: Int, seed: UInt64) -> [UInt8] {
        var g = SplitMix(seed)
        return (0..<n).map { _ in UInt8(truncatingIfNeeded: g.next()) }
    }

    func testCRC32CGivesTheStandardCheckValue() {
        let crc = Array("123456789".utf8).withUnsafeBytes { chiso_crc32c_update(0xFFFF_FFFF, $0.baseAddress, $0.count) } ^ 0xFFFF_FFFF
        XCTAssertEqual(crc, 0xE306_9283)
    }

    /// Every length up to 300 (every tail of the 32-byte blocks) and a large buffer, several seeds:
    /// the instruction and the tables agree, and a second call gives the same value.
    func testChecksumIsTheSameWithTheInstructionAndWithTables() {
        let bytes = randomBytes(70_000, seed: 1)
        bytes.withUnsafeBytes { b in
            for n in Array(0...300) + [4096, 69_999, 70_000] {
                for seed: UInt64 in [0, 1, 0xDEAD_BEEF_0123_4567] {
                    let fast = chiso_checksum64(b.baseAddress, n, seed)
                    XCTAssertEqual(fast, chiso_checksum64_portable(b.baseAddress, n, seed), "length \(n) seed \(seed)")
                    XCTAssertEqual(fast, chiso_checksum64(b.baseAddress, n, seed), "repeatable, length \(n)")
                }
            }
        }
    }

    func testChecksumChangesWithEveryBitLengthAndSeed() {
        var bytes = randomBytes(333, seed: 2)
        let base = bytes.withUnsafeBytes { chiso_checksum64($0.baseAddress, $0.count, 7) }
        var missed = 0
        for i in bytes.indices {
            for bit in 0..<8 {
                bytes[i] ^= UInt8(1 << bit)
                if bytes.withUnsafeBytes({ chiso_checksum64($0.baseAddress, $0.count, 7) }) == base { missed += 1 }
                bytes[i] ^= UInt8(1 << bit)
            }
        }
        XCTAssertEqual(missed, 0, "flipped bits the checksum did not see")
        XCTAssertNotEqual(bytes.withUnsafeBytes { chiso_checksum64($0.baseAddress, $0.count - 1, 7) }, base, "one byte shorter")
        XCTAssertNotEqual(bytes.withUnsafeBytes { chiso_checksum64($0.baseAddress, $0.count, 8) }, base, "another seed")
        // Two words swapped between lanes.
        bytes.swapAt(0, 8)
        XCTAssertNotEqual(bytes.withUnsafeBytes { chiso_checksum64($0.baseAddress, $0.count, 7) }, base, "words swapped")
    }

    /// The C ranges against Swift's min and max, for every length up to 70 (the vector loops'
    /// tails) and a long column, with the extremes at the ends and in the middle.
    func testRangesAreThoseOfPlainLoops() {
        var g = SplitMix(3)
        for n in Array(0...70) + [100_003] {
            var ids = (0..<n).map { _ in Int32(truncatingIfNeeded: g.next() % 2_000_001) - 1_000_000 }
            if n > 2 { ids[n - 1] = Int32.max - 1; ids[n / 2] = Int32.min + 1 }
            let r = ids.withUnsafeBufferPointer(FigureStore.range)
            XCTAssertEqual(r.min, ids.min() ?? Int32.max, "n \(n)")
            XCTAssertEqual(r.max, ids.max() ?? Int32.min, "n \(n)")
            var files = (0..<n).map { _ in UInt16(truncatingIfNeeded: g.next() % 300) }
            if n > 1 { files[n - 1] = 65_535 }
            XCTAssertEqual(files.withUnsafeBufferPointer(FigureStore.largest), files.max() ?? 0, "n \(n)")
            var keys = (0..<n).map { _ in
                FigureKeyPacking.pack(unit: Int(g.next() % 5000), indicator: Int(g.next() % 200), basis: .month, ordinal: Int(g.next() % 30_000))
            }
            if n > 3 {
                keys[n - 1] = FigureKeyPacking.pack(unit: 9_999_999, indicator: 1, basis: .ytd, ordinal: 0)
                keys[n / 3] = FigureKeyPacking.pack(unit: 0, indicator: 4095, basis: .month, ordinal: 67_000_000)
            }
            let fields = keys.withUnsafeBufferPointer(FigureStore.keyFieldsMax)
            XCTAssertEqual(fields.unit, keys.map(FigureKeyPacking.unit).max() ?? -1, "n \(n)")
            XCTAssertEqual(fields.indicator, keys.map(FigureKeyPacking.indicator).max() ?? -1, "n \(n)")
        }
    }
}

/// A small deterministic generator for test data.
private struct SplitMix {
    private var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
