import Foundation

/// The loader's working memory: bytes read but not yet parsed, reused for every chunk.
final class WorkBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    var count = 0

    init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    /// Moves the bytes after `n` to the front.
    func dropFront(_ n: Int) {
        let rest = count - n
        if rest > 0 { (base).update(from: base + n, count: rest) }
        count = max(0, rest)
    }

    /// Makes room for `n` more bytes after `count`.
    func ensureRoom(_ n: Int) {
        guard count + n > capacity else { return }
        var newCapacity = capacity * 2
        while count + n > newCapacity { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}
