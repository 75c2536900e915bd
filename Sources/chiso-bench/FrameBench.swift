import ChisoUI

/// The work of one key for benchmarks: reduce, then render the whole frame into the grid.
/// A public, never-inlined entry point, so `valgrind --tool=callgrind --toggle-collect=<its
/// symbol>` counts exactly this and nothing of the start-up (see Docs/performance.md).
public enum FrameBench {
    @inline(never)
    public static func step(_ session: inout DashboardSession, key: Key, into grid: inout Grid) -> Int {
        _ = session.send(key)
        grid = session.frame()
        return grid.size.width
    }
}
