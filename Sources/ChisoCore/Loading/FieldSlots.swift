import Foundation

/// Field positions of the current record, in manually managed memory: the tokenizer writes
/// millions of them, and array bookkeeping (uniqueness checks, retains) dominated the profile.
final class FieldSlots {
    private(set) var start: UnsafeMutablePointer<Int>
    private(set) var end: UnsafeMutablePointer<Int>
    private(set) var escaped: UnsafeMutablePointer<Bool>
    private(set) var count = 0
    private var capacity = 64

    init() {
        start = .allocate(capacity: capacity)
        end = .allocate(capacity: capacity)
        escaped = .allocate(capacity: capacity)
    }

    deinit {
        start.deallocate()
        end.deallocate()
        escaped.deallocate()
    }

    /// Forgets the fields of the previous record (the memory is kept).
    @inline(__always) func reset() { count = 0 }

    /// Adds a field whose content is bytes `a..<b`; `e` when it holds doubled quotes to undo.
    @inline(__always) func append(_ a: Int, _ b: Int, _ e: Bool) {
        if count == capacity { grow() }
        start[count] = a
        end[count] = b
        escaped[count] = e
        count += 1
    }

    private func grow() {
        let newCapacity = capacity * 2
        let s2 = UnsafeMutablePointer<Int>.allocate(capacity: newCapacity)
        let e2 = UnsafeMutablePointer<Int>.allocate(capacity: newCapacity)
        let x2 = UnsafeMutablePointer<Bool>.allocate(capacity: newCapacity)
        s2.update(from: start, count: count)
        e2.update(from: end, count: count)
        x2.update(from: escaped, count: count)
        start.deallocate(); end.deallocate(); escaped.deallocate()
        start = s2; end = e2; escaped = x2
        capacity = newCapacity
    }
}
