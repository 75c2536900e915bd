import Foundation

/// One column of the store: fixed-size values either held in an array (a fresh load) or read in
/// place from a memory-mapped store snapshot (`StoreSnapshot`), whose pages the kernel shares
/// between every process that maps the same file. Reading costs the same either way; writing to
/// a mapped column first copies it into an array (the mapping is read-only).
struct Column<Element: BitwiseCopyable>: @unchecked Sendable {
    private var array: [Element]
    /// The values in the mapping, when mapped; `mapping` keeps them alive.
    private var mapped: UnsafeBufferPointer<Element>?
    private var mapping: MappedFile?

    init(_ array: [Element] = []) {
        self.array = array
    }

    /// A column read in place from `mapping`.
    init(mapped values: UnsafeBufferPointer<Element>, in mapping: MappedFile) {
        array = []
        mapped = values
        self.mapping = mapping
    }

    @inline(__always)
    var count: Int { mapped?.count ?? array.count }

    /// True when the values are read from a mapped snapshot (for tests and benchmarks).
    var isMapped: Bool { mapped != nil }

    @inline(__always)
    subscript(i: Int) -> Element {
        get {
            if let mapped { return mapped[i] }
            return array[i]
        }
        set {
            materialize()
            array[i] = newValue
        }
    }

    mutating func append(_ value: Element) {
        materialize()
        array.append(value)
    }

    mutating func reserveCapacity(_ n: Int) {
        materialize()
        array.reserveCapacity(n)
    }

    var indices: Range<Int> { 0..<count }

    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        if let mapped { return try body(mapped) }
        return try array.withUnsafeBufferPointer(body)
    }

    /// Copies mapped values into an array before a change.
    private mutating func materialize() {
        guard let values = mapped else { return }
        array = Array(values)
        mapped = nil
        mapping = nil
    }
}

/// A file mapped read-only and shared (`PROT_READ`, `MAP_SHARED`): its pages are the page cache's,
/// counted once however many processes map it. Unmapped when the last column using it goes.
final class MappedFile: @unchecked Sendable {
    let base: UnsafeRawPointer
    let length: Int

    /// Maps the whole of the open file `fd` (`length` bytes); nil when mmap fails.
    init?(fd: Int32, length: Int) {
        guard length > 0 else { return nil }
        let p = mmap(nil, length, PROT_READ, MAP_SHARED, fd, 0)
        guard let p, p != MAP_FAILED else { return nil }
        base = UnsafeRawPointer(p)
        self.length = length
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: base), length)
    }

    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: length) }
}
