import ChisoCore
import Foundation

/// Watch mode (`--watch`): notices when the data files change, with a cheap poll of their
/// `stat` on a timer, and says to reload only once the change may be read (`SettleRule`: settled
/// for 500 ms, or a file replaced by a rename). The timer exists only in watch mode; without it
/// the dashboard sleeps in `poll(2)` until input arrives.
public struct DataWatcher {
    /// The `--data` paths (or the bundled folder) to watch.
    public let paths: [String]
    /// How often the files are looked at, in milliseconds.
    public let interval: Int32
    private var rule: SettleRule

    public init(paths: [String], interval: Int32 = 500, settle: Int = 500) {
        self.paths = paths
        self.interval = max(50, interval)
        rule = SettleRule(settle: settle, loaded: DataWatcher.stamps(paths))
    }

    /// One look at the files. Returns true when they changed and may be read now; the files as
    /// they were at this look then count as loaded (a change made during the reload is seen by
    /// the next look).
    public mutating func check() -> Bool {
        rule.observe(DataWatcher.stamps(paths), at: Int(ProcessInfo.processInfo.systemUptime * 1000))
    }

    /// Call just before a reload the user asked for (`r`): the files as they are now count as loaded.
    public mutating func markLoaded() {
        rule.markLoaded(DataWatcher.stamps(paths))
    }

    /// The stamp of every watched path and of every data file in the watched folders.
    static func stamps(_ paths: [String]) -> [String: FileStamp] {
        var ignored: [Diagnostic] = []
        let files = DataLoader.expand(paths, diagnostics: &ignored)
        var result: [String: FileStamp] = [:]
        for path in paths + files.catalogues.values + files.observations {
            if let stamp = FileStamp.of(path) { result[path] = stamp }
        }
        return result
    }
}
