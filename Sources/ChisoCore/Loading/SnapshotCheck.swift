import Foundation

/// The background check of a mapped snapshot: hashes the inputs' bytes on its own thread and
/// compares them with the hash the snapshot was built with. On a difference (a file rewritten
/// keeping its size and modification time) it removes the snapshot, so the next load builds the
/// store again; the command or the dashboard then reloads (`DataOptions`, `DashboardRunner`).
/// When they match and the inputs had settled before the check began, the snapshot is marked
/// settled, so later one-shot commands use it on its key alone (`StoreCache.Key.settled`).
public final class SnapshotCheck: @unchecked Sendable {
    public enum Outcome: Sendable, Equatable {
        /// The inputs hash as the snapshot says.
        case matches
        /// They do not (or could not be read): the snapshot was removed; load again.
        case differs
    }

    private let condition = NSCondition()
    private var outcome: Outcome?

    init(cache: StoreCache, key: StoreCache.Key, hit: StoreCache.Hit) {
        let thread = Thread { [self] in
            let began = StoreCache.now()
            let hash = StoreCache.contentHash(of: key.inputs)
            let result: Outcome = hash == hit.contentHash ? .matches : .differs
            if result == .differs { cache.remove(key, device: hit.device, inode: hit.inode) }
            if result == .matches, hit.settledChanges != key.changes, key.settled(at: began) {
                cache.markSettled(key, device: hit.device, inode: hit.inode)
            }
            condition.lock()
            outcome = result
            condition.broadcast()
            condition.unlock()
        }
        thread.start()
    }

    /// The outcome when the check has finished, else nil (does not wait).
    public var result: Outcome? {
        condition.lock()
        defer { condition.unlock() }
        return outcome
    }

    /// Waits for the check to finish.
    public func wait() -> Outcome {
        condition.lock()
        defer { condition.unlock() }
        while outcome == nil { condition.wait() }
        return outcome ?? .differs
    }
}
