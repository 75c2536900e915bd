import ArgumentParser
import ChisoCore
import Foundation

/// Where the figures come from, shared by every subcommand.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: Help.option(.optData, value: .valPath))
    var paths: [String] = []

    @Flag(name: .customLong("demo"), help: Help.option(.optDemo))
    var demo = false

    @Option(name: .customLong("entries"), help: Help.option(.optEntries, value: .valFolder))
    var entriesFolder: String?

    @Flag(name: .customLong("read-only"), help: Help.option(.optReadOnly))
    var readOnly = false

    /// The entries store of this command: `--entries`, else the default folder.
    var entryStore: FolderEntryStore {
        FolderEntryStore(folder: entriesFolder ?? FolderEntryStore.defaultFolder(), readOnly: readOnly)
    }

    /// Refuses an entries folder that is a data folder: chiso never writes into its data.
    func checkEntriesFolder() throws {
        if let given = entriesFolder, given.isEmpty { throw UsageError(Phrase(.cliEntriesNamesNothing)) }
        let entries = entryStore.folder
        guard let resolved = realpath(entries, nil).map({ pointer -> String in defer { free(pointer) }; return String(cString: pointer) }) else { return }
        let dataFolders = paths + (paths.isEmpty ? [DataLoader.bundledDataFolder()].compactMap { $0 } : [])
        for path in dataFolders {
            guard let pointer = realpath(path, nil) else { continue }
            defer { free(pointer) }
            let data = String(cString: pointer)
            if resolved == data || resolved.hasPrefix(data + "/") || data.hasPrefix(resolved + "/") {
                throw UsageError(Phrase(.cliEntriesHoldsData, "\(entries)", "\(path)"))
            }
        }
    }

    @Flag(name: .customLong("no-cache"), help: Help.option(.optNoCache))
    var noCache = false

    /// The snapshot cache, unless `--no-cache` or an option that changes the store (`--demo`)
    /// is given: such stores are built from the files every time. (The entries journal's files are
    /// part of the key: `DataLoader.load`. An option added later that changes which figures the
    /// store holds must bypass the cache here too, or be in its key.)
    var cache: StoreCache? {
        noCache || demo || vintageText != nil ? nil : StoreCache.standard()
    }

    @Option(name: .customLong("vintage"), help: Help.option(.optVintage, valueName: "YYYY-MM-DD"))
    var vintageText: String?

    /// Commands that write or list entries do not read the data as of a day: `--vintage` there is
    /// a usage error, not an option silently ignored.
    func refuseVintage(in command: String) throws {
        if vintageText != nil { throw UsageError(Phrase(.cliNoVintageHere, "\(command)")) }
    }

    /// The `--vintage` day, checked: a bad date is a usage error naming the flag.
    func vintage() throws -> Vintage? {
        try vintageText.map(ArgumentCheck.vintage)
    }

    /// Loads the data for a command: a `--data` path that does not exist, or data without a single
    /// figure, ends the command with status 1 and one line naming the path.
    /// `waitForCheck`: a command that prints once uses a settled snapshot on its key alone
    /// (`StoreCache.Key.settled`), else waits for the check of a cached snapshot and loads again
    /// when the files changed under it; the dashboard checks every snapshot, does not wait
    /// (`DashboardRunner` reloads when the check says so).
    func loadChecked(waitForCheck: Bool = true) throws -> Dataset {
        let vintage = try vintage()
        try checkEntriesFolder()
        for path in paths {
            if path.isEmpty { throw UsageError(Phrase(.cliDataNamesNothing)) }
            var info = stat()
            if lstat(path, &info) != 0 {
                throw CommandFailure(Phrase(.cliNoSuchDataPath, "\(path)"))
            }
        }
        let dataset = load(vintage: vintage, waitForCheck: waitForCheck)
        guard dataset.store.count == 0 else { return dataset }
        if let vintage {
            throw CommandFailure(Phrase(.cliNoFiguresByVintage, "\(vintage)"))
        }
        let place: Phrase.Argument = paths.isEmpty
            ? (DataLoader.bundledDataFolder().map { .text($0) } ?? .phrase(Phrase(.cliBundledData))) : .text(paths.joined(separator: ", "))
        let errors = dataset.errorCount
        if errors > 0 {
            let check = paths.isEmpty ? "chiso validate" : "chiso validate " + paths.map { "--data \($0)" }.joined(separator: " ")
            throw CommandFailure(Phrase(.cliNoFiguresLoaded, place, "\(errors)", "\(check)"))
        }
        throw CommandFailure(Phrase(.cliNoFiguresIn, place))
    }

    /// Loads the data. When a load takes longer than half a second and stderr is a terminal,
    /// a progress line is kept up to date there (and erased at the end).
    /// `progress`, when given, receives the progress instead of stderr (the dashboard's reload
    /// draws it in its status line). Values that make a derived figure overflow are warnings
    /// among the data's problems (`validate` lists them, the dashboard's `p` shows them).
    /// `vintage` is the checked `--vintage` (see `vintage()`); a vintage's store is never cached.
    func load(vintage: Vintage? = nil, progress: ((LoadProgress) -> Void)? = nil, waitForCheck: Bool = true) -> Dataset {
        var extra: [RawObservationSource] = []
        if demo { extra.append(DemoGenerator.source(DemoGenerator.Options())) }
        let label = demo ? (paths.isEmpty ? "Data/ + demo (synthetic)" : "demo (synthetic)") : nil
        let cache = cache, entries = entryStore
        let read = { (progress: ((LoadProgress) -> Void)?) -> Dataset in
            // A one-shot command uses a settled snapshot on its key alone; the dashboard always checks in the background.
            if let progress {
                return DataLoader.load(paths: paths, extra: extra, label: label, entries: entries, vintage: vintage, progress: progress,
                                       cache: cache, checkSettledSnapshot: !waitForCheck)
            }
            let meter = ProgressLine()
            defer { meter.finish() }
            return DataLoader.load(paths: paths, extra: extra, label: label, entries: entries, vintage: vintage,
                                   progress: meter.isActive ? meter.update : nil, cache: cache, checkSettledSnapshot: !waitForCheck)
        }
        var dataset = read(progress)
        // A snapshot whose files were rewritten (same size and time) is removed by the check; this load builds it again.
        if waitForCheck, dataset.snapshotCheck?.wait() == .differs { dataset = read(progress) }
        dataset.diagnostics += Analytics(dataset).overflowWarnings()
        return dataset
    }
}

/// A one-line progress meter on stderr, shown only after half a second and only on a terminal.
final class ProgressLine: @unchecked Sendable {
    let isActive = isatty(STDERR_FILENO) == 1
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var shown = false

    func update(_ p: LoadProgress) {
        let now = Date()
        guard now.timeIntervalSince(start) > 0.5, now.timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = now
        shown = true
        let mb = { (b: Int) in String(format: "%.0f MB", Double(b) / 1e6) }
        let percent = p.bytesTotal > 0 ? p.bytesDone * 100 / p.bytesTotal : 100
        let what = p.stage == .indexing ? "indexing…" : "reading \(Sanitizer.terminal((p.file as NSString).lastPathComponent))"
        Output.noteRaw("\r\u{1B}[Kchiso: \(what) \(percent)% (\(mb(p.bytesDone)) of \(mb(p.bytesTotal)))")
    }

    func finish() {
        if shown { Output.noteRaw("\r\u{1B}[K") }
    }
}
