import Foundation

/// What `stat` says about one watched path: enough to tell a file written in place (same inode,
/// new size or time) from one replaced by a rename (a new inode).
public struct FileStamp: Hashable, Sendable {
    public var inode: UInt64
    public var size: Int64
    /// Modification and status-change times, in nanoseconds since 1970.
    public var modified: Int64
    public var changed: Int64
    public var isFolder: Bool

    public init(inode: UInt64, size: Int64, modified: Int64, changed: Int64, isFolder: Bool = false) {
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
        self.isFolder = isFolder
    }

    /// The stamp of `path`, or nil when it cannot be `stat`ed (gone). A folder's size and times
    /// are left out: what matters is the files in it, which are stamped one by one.
    public static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        if info.st_mode & S_IFMT == S_IFDIR { return FileStamp(inode: UInt64(info.st_ino), size: 0, modified: 0, changed: 0, isFolder: true) }
        func ns(_ t: timespec) -> Int64 { Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec) }
        return FileStamp(inode: UInt64(info.st_ino), size: Int64(info.st_size), modified: ns(info.st_mtim), changed: ns(info.st_ctim))
    }
}

/// When changed data files may be read (watch mode), so that a file still being written is never
/// loaded half-way:
///
/// - a file changed in place is read once its stamp (size, times) has stayed the same for
///   `settle` milliseconds;
/// - a file replaced by a rename (`mv`, an editor's atomic save) is read at once: a new inode at
///   the same path whose status changed after its contents did (a rename changes the status
///   time, not the modification time; a file deleted and written anew has both times equal
///   while it is written, so it waits like a file written in place);
/// - a file that appears or disappears waits like a file written in place.
///
/// Pure: the caller gives the stamps and the time, so the rule is tested without files or clocks.
/// The interface is two calls (`observe`, `markLoaded`) and `settlesAt`, whatever tells the caller
/// to look (inotify, in the dashboard's `DataWatcher`).
public struct SettleRule: Sendable {
    /// How long a change must stay the same before it is read, in milliseconds.
    public let settle: Int
    /// The stamps of the files the data shown was read from.
    public private(set) var loaded: [String: FileStamp]
    /// A change seen but not yet read, and when it was first seen as it is now.
    private var candidate: [String: FileStamp]?
    private var since = 0

    public init(settle: Int = 500, loaded: [String: FileStamp]) {
        self.settle = settle
        self.loaded = loaded
    }

    /// When a change seen but not yet read may be read if it stays as it is (milliseconds on the
    /// clock `observe` is given): the time of the next look a watcher should take; nil when no
    /// change is waiting.
    public var settlesAt: Int? { candidate == nil ? nil : since + settle }

    /// One look at the files (`stamps`: every watched path that exists) at `time` (milliseconds on
    /// a monotonic clock). Returns true when they differ from what was loaded and may be read now;
    /// they then count as loaded.
    public mutating func observe(_ stamps: [String: FileStamp], at time: Int) -> Bool {
        if stamps == loaded {
            candidate = nil
            return false
        }
        if stamps != candidate {
            candidate = stamps
            since = time
        }
        let changed = Set(stamps.keys).union(loaded.keys).filter { stamps[$0] != loaded[$0] }
        let renamedOnly = changed.allSatisfy { Self.isReplacedByRename(loaded[$0], stamps[$0]) }
        guard renamedOnly || time - since >= settle else { return false }
        markLoaded(stamps)
        return true
    }

    /// The files were read as `stamps` describes them (a reload the user asked for, stamped just
    /// before it read the files).
    public mutating func markLoaded(_ stamps: [String: FileStamp]) {
        loaded = stamps
        candidate = nil
    }

    /// A new file at a path that had one, whose last change was a rename onto the path.
    static func isReplacedByRename(_ old: FileStamp?, _ new: FileStamp?) -> Bool {
        guard let old, let new, !old.isFolder, !new.isFolder else { return false }
        return new.inode != old.inode && new.changed > new.modified
    }
}
