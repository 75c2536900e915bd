import Foundation

/// A piece of work run on a thread of its own, waited for with `wait()`: the load's second core.
final class ThreadedWork: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping () -> Void) {
        let thread = Thread { [done] in
            work()
            done.signal()
        }
        thread.start()
    }

    func wait() { done.wait() }
}
