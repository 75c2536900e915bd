import CChisoSys
import Foundation

/// The folder of store snapshots (`$XDG_CACHE_HOME/chiso`, else `~/.cache/chiso`): one file per
/// set of inputs, written by the first load and mapped read-only by later ones, so every session
/// on the same data shares the store's pages (Docs/performance.md, "The shared store snapshot").
///
/// A snapshot is used only when its key matches the inputs exactly (format, the chiso executable,
/// and each input's path, device, inode, size and modification time), its length and checksum are
/// right and every id in it is in range; anything else is ignored and the store is built again.
/// The content of the inputs is hashed (`SnapshotCheck`) against the hash the snapshot carries,
/// which catches a file rewritten with the same size and modification time: in the background in
/// the dashboard, and before a one-shot command uses a snapshot unless it is settled for the
/// inputs' present status-change times (`Key.settled`).
public struct StoreCache: Sendable {
    public let folder: String
    /// Snapshots kept in the folder; the least recently written go first.
    static let keep = 8
    /// How long before a key was taken its inputs must have last changed for the key alone to be
    /// trusted (`Key.settled`); 5 s (tests choose their own).
    let trustMargin: Int64

    public init(folder: String) { self.init(folder: folder, trustMargin: 5_000_000_000) }

    init(folder: String, trustMargin: Int64) {
        self.folder = folder
        self.trustMargin = trustMargin
    }

    /// `$XDG_CACHE_HOME/chiso` when set to an absolute path, else `$HOME/.cache/chiso`; nil without either.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> StoreCache? {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return StoreCache(folder: xdg + "/chiso") }
        if let home = environment["HOME"], home.hasPrefix("/") { return StoreCache(folder: home + "/.cache/chiso") }
        return nil
    }

    /// What a snapshot was built from. `bytes` is compared whole; `file` names the snapshot by the
    /// inputs' paths alone, so a changed input replaces its old snapshot instead of adding one.
    /// `stamped` is when the key was taken (before the inputs were stat'ed and read), `changes` a
    /// hash of the inputs' status-change times (ctime) and `newestChange` the latest of them, in
    /// nanoseconds since 1970; `margin` is the cache's `trustMargin`.
    ///
    /// When may the key alone be trusted, without hashing the inputs' content? A file's ctime is
    /// set by the kernel to its clock's time at every change of content or status and cannot be set
    /// back (utimensat sets only mtime and atime), so an input changed after a moment T has another
    /// ctime than before T — unless the change falls within the same tick of the filesystem's
    /// timestamps as the change before it (milliseconds locally; 1 s on ext3, 2 s on FAT). So when
    /// every input had last changed at least `margin` before T, and the snapshot's content was taken
    /// (or checked) after T, inputs with the same ctimes have the same content. This is git's answer
    /// to "racily clean" files. The margin also leaves room for a file server whose clock is a little
    /// behind this machine's; one further behind than the margin, changing a file twice within one
    /// of its timestamp ticks, could defeat the rule.
    struct Key: Sendable {
        let inputs: [String]
        let bytes: [UInt8]
        let file: String
        var stamped: Int64 = 0
        var changes: UInt64 = 0
        var newestChange: Int64 = 0
        var margin: Int64 = 0

        /// True when content taken or checked from `time` on may be trusted by these ctimes alone.
        func settled(at time: Int64) -> Bool { time >= newestChange &+ margin }
    }

    /// The current time in nanoseconds since 1970.
    static func now() -> Int64 {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec)
    }

    /// The key of `inputs` as they are now; nil when one cannot be stat'ed.
    func key(for inputs: [String]) -> Key? {
        let stamped = Self.now()
        var newestChange = Int64.min
        var changes = BinaryEncoder()
        var e = BinaryEncoder()
        e.string("chiso store snapshot")
        e.int(Int(SnapshotLayout.format))
        // The executable: a rebuilt chiso may read the same files differently.
        var exe = stat()
        guard stat("/proc/self/exe", &exe) == 0 else { return nil }
        Self.stamp(exe, &e)
        var names = BinaryEncoder()
        for input in inputs {
            let path = Self.absolute(input)
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            e.string(path)
            Self.stamp(info, &e)
            names.string(path)
            let changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
            changes.int(Int(changed))
            newestChange = max(newestChange, changed)
        }
        let name = names.bytes.withUnsafeBytes { chiso_hash64($0.baseAddress, $0.count, 0) }
        let changed = changes.bytes.withUnsafeBytes { chiso_hash64($0.baseAddress, $0.count, 0) }
        return Key(inputs: inputs, bytes: e.bytes, file: folder + "/store-" + String(format: "%016llx", name) + ".snap",
                   stamped: stamped, changes: changed, newestChange: newestChange, margin: trustMargin)
    }

    private static func stamp(_ info: stat, _ e: inout BinaryEncoder) {
        e.int(Int(info.st_dev)); e.int(Int(info.st_ino)); e.int(Int(info.st_size))
        e.int(Int(info.st_mtim.tv_sec)); e.int(Int(info.st_mtim.tv_nsec))
    }

    private static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return FileManager.default.currentDirectoryPath + "/" + path
    }

    /// A snapshot that was mapped: the catalogue as read from its files (before the entries' item
    /// changes) with the diagnostics of reading it, the store with the diagnostics of building it,
    /// and what the background check needs.
    struct Hit {
        let catalogue: Catalogue
        let catalogueDiagnostics: [Diagnostic]
        let store: FigureStore
        let diagnostics: [Diagnostic]
        let contentHash: UInt64
        /// The inputs' ctimes (`Key.changes`) for which the key alone may be trusted: they had
        /// settled when the snapshot was taken, or when a content check since found them as saved
        /// (`Key.settled`, `markSettled`); nil when never.
        let settledChanges: UInt64?
        let device: UInt64
        let inode: UInt64
    }

    /// The snapshot for `key`, mapped and checked, or why it cannot be used.
    func open(_ key: Key) -> Result<Hit, SnapshotRejection> {
        let fd = Glibc.open(key.file, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.unreadable) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return .failure(.unreadable) }
        guard let file = MappedFile(fd: fd, length: Int(info.st_size)) else { return .failure(.truncated) }
        do {
            let header = try SnapshotReader.header(file)
            var reader = SnapshotReader(file: file)
            // The key first: a stale snapshot is found without reading the rest.
            let saved = try reader.section()
            guard saved.elementsEqual(key.bytes) else {
                return .failure(.stale)
            }
            try SnapshotReader.verify(file, checksum: header.checksum)
            let catalogueDiagnostics = try Self.diagnostics(&reader)
            let diagnostics = try Self.diagnostics(&reader)
            var d = try reader.decoder()
            let catalogue = try Catalogue(reading: &d)
            let store = try FigureStore(reading: &reader)
            // Every figure's unit and indicator must be in the catalogue read with it.
            let fields = store.keys.withUnsafeBufferPointer(FigureStore.keyFieldsMax)
            guard store.count == 0 || (fields.unit < catalogue.units.count && fields.indicator < catalogue.indicators.count),
                  store.countByUnit.keys.allSatisfy({ $0 < catalogue.units.count }) else {
                throw SnapshotRejection.malformed("unit or indicator out of range")
            }
            return .success(Hit(catalogue: catalogue, catalogueDiagnostics: catalogueDiagnostics, store: store, diagnostics: diagnostics,
                                contentHash: header.contentHash, settledChanges: header.settledChanges,
                                device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
        } catch let rejection as SnapshotRejection {
            return .failure(rejection)
        } catch {
            return .failure(.unreadable)
        }
    }

    private static func diagnostics(_ reader: inout SnapshotReader) throws -> [Diagnostic] {
        var d = try reader.decoder()
        var diagnostics: [Diagnostic] = []
        for _ in 0..<(try d.count(minimum: 40)) {
            let file = try d.string(), line = try d.int(), column = try d.int()
            guard let severity = Diagnostic.Severity(rawValue: try d.string()) else { throw SnapshotRejection.malformed("severity") }
            diagnostics.append(Diagnostic(file: file, line: line, column: column, severity: severity, try d.phrase(), hint: try d.optionalPhrase()))
        }
        guard d.atEnd else { throw SnapshotRejection.malformed("diagnostics") }
        return diagnostics
    }

    private static func encode(_ diagnostics: [Diagnostic]) -> BinaryEncoder {
        var d = BinaryEncoder()
        d.int(diagnostics.count)
        for x in diagnostics {
            d.string(x.file); d.int(x.line); d.int(x.column); d.string(x.severity.rawValue); d.phrase(x.phrase); d.optionalPhrase(x.hintPhrase)
        }
        return d
    }

    /// Writes the snapshot for `key` beside its final name and renames it into place, so a reader
    /// sees the old file or the whole new one, and two first loads at once cannot mix their bytes.
    /// `catalogue` is the catalogue as read from its files (before the entries' item changes),
    /// `catalogueDiagnostics` what reading it found; `diagnostics` those of building the store.
    /// Returns false (and leaves nothing behind) when the folder or the file cannot be written.
    @discardableResult
    func save(_ store: FigureStore, diagnostics: [Diagnostic], catalogue: Catalogue, catalogueDiagnostics: [Diagnostic],
              key: Key, contentHash: UInt64) -> Bool {
        guard Self.makeFolder(folder) else { return false }
        // Over a file size limit (`ulimit -f`) the write fails with EFBIG and nothing is saved;
        // SIGXFSZ would otherwise end chiso (the dashboard keeps the default while it loads).
        let xfsz = signal(SIGXFSZ, SIG_IGN)
        defer { signal(SIGXFSZ, xfsz) }
        var template = Array((folder + "/.store-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard fd >= 0 else { return false }
        let temp = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var w = SnapshotWriter(fd: fd)
        key.bytes.withUnsafeBytes { w.section($0) }
        w.section(Self.encode(catalogueDiagnostics))
        w.section(Self.encode(diagnostics))
        var c = BinaryEncoder()
        catalogue.write(to: &c)
        w.section(c)
        store.write(to: &w)
        w.finish(contentHash: contentHash, settledChanges: key.settled(at: key.stamped) ? key.changes : nil)
        let ok = !w.failed && close(fd) == 0 && rename(temp, key.file) == 0
        if !ok { unlink(temp); return false }
        prune(except: key.file)
        return true
    }

    /// Marks the snapshot at `key` settled for the inputs' present ctimes (the header's field,
    /// outside the checksum) if it is still the file that was mapped: a content check that began
    /// after the inputs had settled found them as saved, so a later change changes a ctime.
    func markSettled(_ key: Key, device: UInt64, inode: UInt64) {
        let fd = Glibc.open(key.file, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, UInt64(info.st_dev) == device, UInt64(info.st_ino) == inode else { return }
        var field = SnapshotLayout.settledField(key.changes)
        _ = pwrite(fd, &field, 16, off_t(SnapshotLayout.settledOffset))
    }

    /// Removes the snapshot at `key` if it is still the file that was mapped (device and inode):
    /// a newer one written meanwhile by another session stays.
    func remove(_ key: Key, device: UInt64, inode: UInt64) {
        var info = stat()
        if stat(key.file, &info) == 0, UInt64(info.st_dev) == device, UInt64(info.st_ino) == inode { unlink(key.file) }
    }

    /// Keeps the `keep` most recently written snapshots and drops temporary files older than an hour
    /// (left by a load that was killed while writing).
    private func prune(except current: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        var snapshots: [(path: String, mtime: Int)] = []
        let now = Int(Date().timeIntervalSince1970)
        for name in names where name.hasPrefix(".store-") || name.hasPrefix("store-") {
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            if name.hasPrefix(".") {
                if now - Int(info.st_mtim.tv_sec) > 3600 { unlink(path) }
            } else if name.hasSuffix(".snap"), path != current {
                snapshots.append((path, Int(info.st_mtim.tv_sec)))
            }
        }
        for old in snapshots.sorted(by: { $0.mtime > $1.mtime }).dropFirst(Self.keep - 1) { unlink(old.path) }
    }

    private static func makeFolder(_ path: String) -> Bool {
        var info = stat()
        if stat(path, &info) == 0 { return info.st_mode & S_IFMT == S_IFDIR }
        return (try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                          attributes: [.posixPermissions: 0o700])) != nil
    }

    /// The hash of the inputs' bytes, read in 1 MiB pieces (each file's length and bytes chained
    /// through `chiso_checksum64`); nil when one cannot be read.
    static func contentHash(of inputs: [String]) -> UInt64? {
        let size = 1 << 20
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        var h: UInt64 = 0
        for input in inputs {
            let fd = Glibc.open(input, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            var total = 0
            while true {
                let n = read(fd, buffer, size)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { return nil }
                if n == 0 { break }
                h = chiso_checksum64(buffer, n, h)
                total += n
            }
            h = chiso_checksum64(nil, 0, h ^ UInt64(total))
        }
        return h
    }
}
