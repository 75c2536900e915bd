import CChisoSys
import Foundation

/// The layout of a store snapshot file (see Docs/architecture.md, "The store snapshot"):
///
/// ```
/// header (64 bytes): magic "CHISOSNP", format u32, byte-order mark u32 0x01020304,
///                    file length u64, checksum u64, content hash u64,
///                    settled u64 (1 or 0) and the ctimes it holds for u64 (`StoreCache.Key.settled`), zero padding
/// sections, each:    payload length u64, 8 bytes of padding, payload, padding to 16 bytes
/// ```
///
/// The first section is the key (what the snapshot was built from); the others are the store's
/// (`FigureStore+Snapshot`). The checksum chains `chiso_checksum64` (four CRC-32C lanes, 8 bytes per
/// instruction: CChisoSys/checks.c) over every section's length and payload, so a flipped or
/// missing byte anywhere is found before anything is trusted.
enum SnapshotLayout {
    static let magic: [UInt8] = Array("CHISOSNP".utf8)
    /// Raised whenever the layout or the meaning of a saved field changes.
    /// 2: figure keys carry the period kind (month or quarter) beside a 26-bit month ordinal (FigureKeyPacking).
    /// 4: the catalogue and its diagnostics, and the store's statistics, are saved too (CatalogueSnapshot).
    /// 5: the checksum and the content hash are `chiso_checksum64` (CRC-32C lanes) instead of XXH64;
    ///    the catalogue's folded-name index is length-prefixed (decoded at its first use).
    static let format: UInt32 = 5
    static let byteOrderMark: UInt32 = 0x0102_0304
    static let headerSize = 64
    /// The settled field (`StoreCache.Key.settled`): the one written after the file is in place.
    static let settledOffset = 40

    /// The settled field's 16 bytes: a flag and the ctimes' hash it holds for.
    static func settledField(_ changes: UInt64?) -> (UInt64, UInt64) {
        (UInt64(changes == nil ? 0 : 1).littleEndian, (changes ?? 0).littleEndian)
    }
    static let alignment = 16

    @inline(__always)
    static func padded(_ n: Int) -> Int { (n + alignment - 1) & ~(alignment - 1) }

    @inline(__always)
    static func chain(_ checksum: UInt64, _ payload: UnsafeRawBufferPointer) -> UInt64 {
        chiso_checksum64(payload.baseAddress, payload.count, checksum ^ UInt64(payload.count))
    }
}

/// Why a snapshot was not used (for `chiso validate --verbose`-style notes and tests).
enum SnapshotRejection: Error, Equatable {
    case unreadable, truncated, notASnapshot, otherFormat, checksum, stale, malformed(String)
}

/// Writes sections to an open file descriptor, chaining their checksum.
struct SnapshotWriter {
    private let fd: Int32
    private(set) var offset = SnapshotLayout.headerSize
    private(set) var checksum: UInt64 = 0
    private(set) var failed = false

    init(fd: Int32) { self.fd = fd }

    mutating func section(_ payload: UnsafeRawBufferPointer) {
        var length = UInt64(payload.count).littleEndian
        var head = [UInt8](repeating: 0, count: 16)
        withUnsafeBytes(of: &length) { head.replaceSubrange(0..<8, with: $0) }
        checksum = SnapshotLayout.chain(checksum, payload)
        head.withUnsafeBytes { writeAll($0) }
        writeAll(payload)
        let pad = SnapshotLayout.padded(payload.count) - payload.count
        if pad > 0 { [UInt8](repeating: 0, count: pad).withUnsafeBytes { writeAll($0) } }
    }

    mutating func section(_ encoder: BinaryEncoder) {
        encoder.bytes.withUnsafeBytes { section($0) }
    }

    mutating func column<T: BitwiseCopyable>(_ column: Column<T>) {
        column.withUnsafeBufferPointer { section(UnsafeRawBufferPointer($0)) }
    }

    private mutating func writeAll(_ bytes: UnsafeRawBufferPointer) {
        guard !failed, var p = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let n = pwrite(fd, p, left, off_t(offset))
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { failed = true; return }
            p += n; left -= n; offset += n
        }
    }

    /// Writes the header last, once the checksum is known.
    mutating func finish(contentHash: UInt64, settledChanges: UInt64?) {
        var header = [UInt8](repeating: 0, count: SnapshotLayout.headerSize)
        header.replaceSubrange(0..<8, with: SnapshotLayout.magic)
        func put<T: FixedWidthInteger>(_ v: T, at i: Int) {
            var le = v.littleEndian
            withUnsafeBytes(of: &le) { header.replaceSubrange(i..<(i + MemoryLayout<T>.size), with: $0) }
        }
        put(SnapshotLayout.format, at: 8)
        put(SnapshotLayout.byteOrderMark, at: 12)
        put(UInt64(offset), at: 16)
        put(checksum, at: 24)
        put(contentHash, at: 32)
        put(UInt64(settledChanges == nil ? 0 : 1), at: SnapshotLayout.settledOffset)
        put(settledChanges ?? 0, at: SnapshotLayout.settledOffset + 8)
        let end = offset
        offset = 0
        header.withUnsafeBytes { writeAll($0) }
        offset = end
    }
}

/// Reads the sections of a mapped snapshot in order; every length is checked against the file.
struct SnapshotReader {
    let file: MappedFile
    private var offset = SnapshotLayout.headerSize

    init(file: MappedFile) { self.file = file }

    /// The header's checksum and content hash, after checking magic, format, byte order and length.
    static func header(_ file: MappedFile) throws -> (checksum: UInt64, contentHash: UInt64, settledChanges: UInt64?) {
        let b = file.bytes
        guard b.count >= SnapshotLayout.headerSize else { throw SnapshotRejection.truncated }
        guard Array(b[0..<8]) == SnapshotLayout.magic else { throw SnapshotRejection.notASnapshot }
        func get<T: FixedWidthInteger>(_ type: T.Type, at i: Int) -> T {
            T(littleEndian: b.loadUnaligned(fromByteOffset: i, as: T.self))
        }
        guard get(UInt32.self, at: 12) == SnapshotLayout.byteOrderMark, get(UInt32.self, at: 8) == SnapshotLayout.format else {
            throw SnapshotRejection.otherFormat
        }
        guard get(UInt64.self, at: 16) == UInt64(b.count) else { throw SnapshotRejection.truncated }
        let settled = get(UInt64.self, at: SnapshotLayout.settledOffset) == 1
        return (get(UInt64.self, at: 24), get(UInt64.self, at: 32), settled ? get(UInt64.self, at: SnapshotLayout.settledOffset + 8) : nil)
    }

    /// The next section's payload.
    mutating func section() throws -> UnsafeRawBufferPointer {
        let b = file.bytes
        guard offset + 16 <= b.count else { throw SnapshotRejection.truncated }
        let length = UInt64(littleEndian: b.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        guard length <= UInt64(b.count - offset - 16) else { throw SnapshotRejection.truncated }
        let start = offset + 16, n = Int(length)
        offset = start + SnapshotLayout.padded(n)
        return UnsafeRawBufferPointer(rebasing: b[start..<(start + n)])
    }

    var atEnd: Bool { offset >= file.length }

    /// Walks every section and compares the chained checksum with the header's.
    static func verify(_ file: MappedFile, checksum expected: UInt64) throws {
        var reader = SnapshotReader(file: file)
        var checksum: UInt64 = 0
        while !reader.atEnd { checksum = SnapshotLayout.chain(checksum, try reader.section()) }
        guard checksum == expected else { throw SnapshotRejection.checksum }
    }

    mutating func decoder() throws -> BinaryDecoder { BinaryDecoder(try section(), owner: file) }

    /// The next section as a column read in place (no copy).
    mutating func column<T: BitwiseCopyable>(_ type: T.Type, count: Int) throws -> Column<T> {
        let payload = try section()
        guard payload.count == count * MemoryLayout<T>.stride else { throw SnapshotRejection.malformed("column length") }
        guard count > 0, let base = payload.baseAddress else { return Column() }
        guard Int(bitPattern: base) % MemoryLayout<T>.alignment == 0 else { throw SnapshotRejection.malformed("alignment") }
        let typed = base.assumingMemoryBound(to: T.self)
        return Column(mapped: UnsafeBufferPointer(start: typed, count: count), in: file)
    }
}

/// The last string read for one field, by its bytes (`BinaryDecoder.string(_:)`); the bytes must
/// outlive the memo (they are the mapped snapshot's).
struct StringMemo {
    var bytes = UnsafeRawBufferPointer(start: nil, count: 0)
    var value = ""
}

/// Little-endian integers, doubles and length-prefixed UTF-8 strings, for the small sections.
struct BinaryEncoder {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ v: Int) { var le = Int64(v).littleEndian; withUnsafeBytes(of: &le) { bytes.append(contentsOf: $0) } }
    mutating func double(_ v: Double) { var le = v.bitPattern.littleEndian; withUnsafeBytes(of: &le) { bytes.append(contentsOf: $0) } }
    mutating func string(_ s: String) { int(s.utf8.count); bytes.append(contentsOf: s.utf8) }
    mutating func optional(_ s: String?) {
        if let s { int(1); string(s) } else { int(0) }
    }
    mutating func append(_ other: BinaryEncoder) { bytes.append(contentsOf: other.bytes) }
}

/// Reads what `BinaryEncoder` wrote; every read is bounds-checked and throws on a short section.
struct BinaryDecoder {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0
    /// What keeps `bytes` valid (the mapped snapshot), for a reader that keeps a part for later.
    let owner: MappedFile?

    init(_ bytes: UnsafeRawBufferPointer, owner: MappedFile? = nil) {
        self.bytes = bytes
        self.owner = owner
    }

    /// The next `n` bytes, in place (valid while `owner` is).
    mutating func bytes(_ n: Int) throws -> UnsafeRawBufferPointer {
        guard n >= 0, n <= bytes.count - offset else { throw SnapshotRejection.truncated }
        defer { offset += n }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + n)])
    }

    mutating func int() throws -> Int {
        guard offset + 8 <= bytes.count else { throw SnapshotRejection.truncated }
        let v = Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int64.self))
        offset += 8
        return Int(v)
    }

    /// A count that must fit what is left of the section (each element at least `minimum` bytes).
    mutating func count(minimum: Int = 1) throws -> Int {
        let n = try int()
        guard n >= 0, n <= (bytes.count - offset) / max(minimum, 1) else { throw SnapshotRejection.malformed("count") }
        return n
    }

    mutating func double() throws -> Double { Double(bitPattern: UInt64(bitPattern: Int64(try int()))) }

    mutating func string() throws -> String {
        let n = try count()
        guard n > 0, let base = bytes.baseAddress else { return "" }
        // A typed, contiguous buffer: String's fast path for UTF-8 (validation only).
        let s = String(decoding: UnsafeBufferPointer(start: (base + offset).assumingMemoryBound(to: UInt8.self), count: n), as: UTF8.self)
        offset += n
        return s
    }

    mutating func optional() throws -> String? {
        try int() == 0 ? nil : try string()
    }

    /// The next string; the one in `memo` when the bytes are the same as last time (the 3,321
    /// communes of a data set share their level, region, parent and source in runs), else a new
    /// one, kept in `memo`.
    mutating func string(_ memo: inout StringMemo) throws -> String {
        let n = try count()
        let raw = try bytes(n)
        guard let base = raw.baseAddress else { return "" }
        if n == memo.bytes.count, let before = memo.bytes.baseAddress, memcmp(base, before, n) == 0 { return memo.value }
        let s = String(decoding: UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: n), as: UTF8.self)
        memo = StringMemo(bytes: raw, value: s)
        return s
    }

    /// An optional string through `memo` (see `string(_:)`).
    mutating func optional(_ memo: inout StringMemo) throws -> String? {
        try int() == 0 ? nil : try string(&memo)
    }

    var atEnd: Bool { offset == bytes.count }
}
