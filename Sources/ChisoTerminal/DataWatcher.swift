import ChisoCore
import Foundation

/// Watch mode (`--watch`): notices when the data files change, with a cheap poll of their
/// `stat` on a timer. The timer exists only in watch mode; without it the dashboard sleeps in
/// `poll(2)` until input arrives.
public struct DataWatcher {
    /// The `--data` paths (or the bundled folder) to watch.
    public let paths: [String]
    /// How often the files are looked at, in milliseconds.
    public let interval: Int32
    private var seen: [String]
    private var pending: [String]?

    public init(paths: [String], interval: Int32 = 500) {
        self.paths = paths
        self.interval = max(50, interval)
        seen = DataWatcher.fingerprint(paths)
        pending = nil
    }

    /// One look at the files. Returns true when they changed and then stayed the same for one
    /// interval, so a file still being written is not loaded half-way.
    public mutating func check() -> Bool {
        let now = DataWatcher.fingerprint(paths)
        if now == seen { pending = nil; return false }
        if let p = pending, p == now {
            seen = now
            pending = nil
            return true
        }
        pending = now
        return false
    }

    /// Accepts the current state of the files as seen (after a reload the user asked for).
    public mutating func reset() {
        seen = DataWatcher.fingerprint(paths)
        pending = nil
    }

    /// Path, size, modification time, inode and type of every data file and folder.
    static func fingerprint(_ paths: [String]) -> [String] {
        var ignored: [Diagnostic] = []
        let files = DataLoader.expand(paths, diagnostics: &ignored)
        let all = paths + files.catalogues.values.sorted() + files.observations
        return all.map { path in
            var info = stat()
            guard stat(path, &info) == 0 else { return path + " -" }
            return "\(path) \(info.st_ino) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_mode)"
        }
    }
}
