import Foundation
import ChisoUI

/// Something besides the terminal that the dashboard's loop waits for in the same `poll(2)`: a
/// file descriptor that becomes readable (inotify for `--watch`, later a meeting socket) and,
/// only while it needs one, a timer. An idle dashboard therefore sleeps until a key, a signal,
/// a readable descriptor or a due timer, and uses no CPU.
///
/// The loop gives each source the session to change (the source may apply actions) and carries
/// out the effects it returns (`.reload`, `.redraw`, …) exactly as for a key.
public protocol EventSource: AnyObject {
    /// The descriptor to wait on for input; negative for none (a source with only a timer).
    var descriptor: Int32 { get }
    /// When the source wants to be woken without input, in milliseconds on `EventClock`; nil
    /// for no timer (the loop then waits for ever).
    var deadline: Int? { get }
    /// The descriptor is readable, or the deadline has passed (`now`, on `EventClock`).
    func wake(session: inout DashboardSession, now: Int) -> [Effect]
    /// The loop is about to reload the data for another reason (the user pressed `r`).
    func willReload()
}

extension EventSource {
    public func willReload() {}
}

/// The monotonic clock of the event loop, in milliseconds.
public enum EventClock {
    public static var now: Int { Int(ProcessInfo.processInfo.systemUptime * 1000) }
}
