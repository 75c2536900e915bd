import ChisoCore
import ChisoUI
import Foundation
import Glibc

/// Watch mode (`--watch`, and the entries folder): the kernel says when something in the
/// watched folders changed (inotify), and the dashboard reloads only once the change may be
/// read (`SettleRule`: settled for 500 ms, or a file replaced by a rename).
///
/// The watcher is an `EventSource` of the dashboard's loop: its descriptor is the inotify
/// descriptor, and it has a timer only while a change is settling. An idle dashboard therefore
/// sleeps in `poll(2)` with no timeout and uses no CPU, however many files it watches.
///
/// What is watched: every watched folder and its sub-folders (as deep as the loader looks), and
/// the folder of every watched or loaded file (so a file replaced by a rename is seen). Any event
/// makes the watcher stamp the files again (at most once every 50 ms while events keep coming);
/// the stamps, not the events, decide. Where inotify cannot be had (no instance or watch left)
/// the watcher falls back to looking every `fallbackInterval` milliseconds, as before.
public final class DataWatcher: EventSource {
    /// The `--data` paths (or the bundled folder), and the entries folder, to watch.
    public let paths: [String]
    /// How often the files are looked at when inotify is not available, in milliseconds.
    public let fallbackInterval: Int
    /// The inotify descriptor, or -1 when the watcher polls.
    public private(set) var descriptor: Int32 = -1
    private var rule: SettleRule
    /// When the files were last stamped, and a look asked for while events keep coming.
    private var lastLook = Int.min / 2
    private var lookAgainAt: Int?
    /// The timer of the polling fallback.
    private var nextPoll: Int?
    /// Looks at the files, counted (for tests and the bench).
    public private(set) var looks = 0

    /// The shortest time between two looks while events keep coming, in milliseconds.
    static let minimumGap = 50

    public init(paths: [String], settle: Int = 500, fallbackInterval: Int = 500) {
        self.paths = paths
        self.fallbackInterval = max(50, fallbackInterval)
        let stamps = DataWatcher.stamps(paths)
        rule = SettleRule(settle: settle, loaded: stamps)
        descriptor = inotify_init1(Int32(O_NONBLOCK | O_CLOEXEC))
        if descriptor >= 0, !addWatches(stamps) {
            close(descriptor)
            descriptor = -1
        }
        if descriptor < 0 { nextPoll = EventClock.now + self.fallbackInterval }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// True when the kernel tells the watcher of changes; false when it polls.
    public var usesInotify: Bool { descriptor >= 0 }

    public var deadline: Int? {
        [rule.settlesAt, lookAgainAt, nextPoll].compactMap { $0 }.min()
    }

    public func wake(session: inout DashboardSession, now: Int) -> [Effect] {
        if descriptor >= 0 { drain() }
        if descriptor < 0 { nextPoll = now + fallbackInterval }
        // Events in a burst: one look now, the next no sooner than 50 ms later.
        if now - lastLook < Self.minimumGap {
            lookAgainAt = lastLook + Self.minimumGap
            return []
        }
        return check(now: now) ? [.reload] : []
    }

    /// One look at the files. Returns true when they changed and may be read now; the files as
    /// they were at this look then count as loaded (a change made during the reload is seen by
    /// the next look).
    @discardableResult
    public func check(now: Int = EventClock.now) -> Bool {
        lastLook = now
        lookAgainAt = nil
        looks += 1
        let stamps = DataWatcher.stamps(paths)
        // New sub-folders (and folders of files named anew) are watched from now on.
        if descriptor >= 0 { _ = addWatches(stamps) }
        return rule.observe(stamps, at: now)
    }

    /// Call just before a reload the user asked for (`r`): the files as they are now count as loaded.
    public func willReload() {
        rule.markLoaded(DataWatcher.stamps(paths))
    }

    /// Reads every pending event; what they say does not matter (the stamps decide).
    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if n <= 0 { break }
        }
    }

    /// Watches every folder that holds a watched file or is watched; false when the kernel
    /// refuses one (out of watches), so that the caller falls back to polling.
    private func addWatches(_ stamps: [String: FileStamp]) -> Bool {
        let mask = UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE
                          | IN_DELETE_SELF | IN_MOVE_SELF)
        for folder in DataWatcher.folders(paths, stamps: stamps) where inotify_add_watch(descriptor, folder, mask) < 0 {
            // A folder gone between the stamp and the watch is no failure; running out of watches is.
            if errno == ENOSPC || errno == ENOMEM { return false }
        }
        return true
    }

    /// The folders to watch: the watched folders and their sub-folders, the folder of every
    /// stamped file.
    static func folders(_ paths: [String], stamps: [String: FileStamp]) -> Set<String> {
        var result: Set<String> = []
        for (path, stamp) in stamps {
            result.insert(stamp.isFolder ? path : (path as NSString).deletingLastPathComponent)
        }
        let fm = FileManager.default
        for path in paths where stamps[path]?.isFolder == true {
            guard let enumerator = fm.enumerator(atPath: path) else { continue }
            while let entry = enumerator.nextObject() as? String {
                let attributes = enumerator.fileAttributes
                if (entry as NSString).lastPathComponent.hasPrefix(".") || entry.split(separator: "/").count > 8 {
                    enumerator.skipDescendants()
                    continue
                }
                if attributes?[.type] as? FileAttributeType == .typeDirectory {
                    result.insert((path as NSString).appendingPathComponent(entry))
                }
            }
        }
        // A path not there yet (an entries folder before its first save): its nearest existing
        // folder, so that its making is seen.
        for path in paths where stamps[path] == nil {
            var parent = (path as NSString).deletingLastPathComponent
            while !parent.isEmpty, parent != "/", FileStamp.of(parent) == nil { parent = (parent as NSString).deletingLastPathComponent }
            result.insert(parent)
        }
        result.remove("")
        return result
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
