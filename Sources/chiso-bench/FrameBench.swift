import ChisoUI

/// The work of one key for benchmarks: reduce, then render the whole frame into the grid.
/// A public, never-inlined entry point, so `valgrind --tool=callgrind --toggle-collect=<its
/// symbol>` counts exactly this and nothing of the start-up (see Docs/performance.md).
/// Not optimised itself: in the executable's own module the optimiser would otherwise call a
/// re-signatured local clone (`…Tf4nnnd_n`) and the exported symbol callgrind toggles on would
/// never run (0 instructions counted). The work it calls (ChisoUI) is optimised as usual.
public enum FrameBench {
    @inline(never) @_optimize(none)
    public static func step(_ session: inout DashboardSession, key: Key, into grid: inout Grid) -> Int {
        _ = session.send(key)
        grid = session.frame()
        return grid.size.width
    }
}
