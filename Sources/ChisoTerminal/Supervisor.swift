import CChisoTTY
import Foundation

/// The supervising parent of the interactive dashboard (Sources/CChisoTTY/guard.c): it owns the
/// terminal's saved modes and the reset sequence, and puts the terminal back when the dashboard
/// dies of anything, SIGKILL and the out-of-memory killer included, then ends the way the
/// dashboard did. Only the dashboard is supervised; `render`, `report` and the rest run alone.
public enum Supervisor {
    /// Splits off the supervising parent; returns in the dashboard process only. True when the
    /// dashboard is supervised; false when it runs alone (stdin or stdout not a terminal,
    /// `CHISO_NO_GUARD=1`, or more than one thread). Call before loading data: the parent keeps
    /// none of it.
    @discardableResult
    public static func start() -> Bool {
        chiso_guard_start(CommandLine.unsafeArgv) == 1
    }

    /// True in a dashboard that a supervising parent watches.
    public static var isActive: Bool { chiso_guard_active() == 1 }
}
