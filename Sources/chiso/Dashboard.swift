import ArgumentParser
import ChisoCore
import ChisoTerminal
import ChisoUI
import Foundation

/// The interactive dashboard (default subcommand).
struct Dashboard: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "dashboard",
            abstract: Help.text(.cmdDashboardAbstract),
            discussion: Help.discussion([Help.text(.cmdDashboardDiscussion)], examples: ["chiso --province nghe-an --month 2025-05 --lang en"]))
    }
    @OptionGroup var data: DataOptions
    @OptionGroup var view: ViewOptions
    @Flag(help: Help.option(.optWatch))
    var watch = false
    @OptionGroup var meeting: MeetingOptions

    func run() throws {
        try Dashboard.open(data: data, view: view, watch: watch) { dashboardData in
            guard let name = meeting.present else { return nil }
            return try Meeting.present(name, folder: MeetingFolder(path: meeting.meetingDir), takeOver: meeting.takeOver, dataHash: DataHash.of(dashboardData))
        }
    }

    /// Opens the dashboard (also for `chiso follow`): checks, the supervising parent, the data,
    /// then the run loop; `meeting` makes the meeting's end once the data is loaded.
    static func open(data: DataOptions, view: ViewOptions, watch: Bool, meeting makeMeeting: (DashboardData) throws -> Meeting?) throws {
        try view.checkWithoutData()
        let vintage = try data.vintage()
        guard Terminal.isInteractive else {
            throw CommandFailure(Phrase(.cliNeedsTerminal), status: ExitStatus.notATerminal)
        }
        do {
            try Terminal.checkUsable()
        } catch let error as TerminalError {
            throw CommandFailure(error.phrase, status: error.exitCode)
        }
        // From here on a supervising parent restores the terminal however this process ends;
        // it is split off before the data is loaded, and keeps none of it.
        Supervisor.start()
        let dashboardData = DashboardData(try data.loadChecked(waitForCheck: false))
        var options = try view.startOptions(for: dashboardData)
        let env = ProcessInfo.processInfo.environment
        if let v = env["NO_COLOR"], !v.isEmpty { options.mono = true }
        if view.theme == nil, let t = env["TERM"], t.hasPrefix("vt") { options.mono = true }
        let session = try DashboardSession(data: dashboardData, options: options, size: Size(width: 80, height: 24))
        var sources: [EventSource] = []
        // The folders read as data: watched in watch mode, never written into.
        let paths = data.paths.isEmpty ? DataLoader.bundledDataFolder().map { [$0] } ?? [] : data.paths
        // The entries folder is always watched (other dashboards save into it); the data folders with --watch.
        let store = data.entryStore
        sources.append(DataWatcher(paths: (watch ? paths : []) + store.watchedPaths))
        let entries = EntrySaver(availability: Dashboard.availability(store)) { draft in
            let entry = FigureEntry(province: draft.province, period: draft.period, basis: draft.basis, indicator: draft.indicator,
                                    value: draft.value, unit: draft.unit, source: draft.source, published: draft.published,
                                    asOf: draft.asOf, note: draft.note, quote: draft.quote)
            try store.append(entry)
        } saveItem: { change in
            try store.append(change)
        }
        let meeting: Meeting?
        do {
            meeting = try makeMeeting(dashboardData)
        } catch let error as MeetingError {
            throw CommandFailure(error.phrase)
        }
        let code: Int32
        do {
            code = try DashboardRunner.run(session: session, theme: options.mono ? .mono : .standard, sources: sources, dataFolders: paths,
                                           meeting: meeting, entries: entries) { progress in DashboardData(data.load(vintage: vintage, progress: progress, waitForCheck: false)) }
        } catch {
            // The terminal is already restored: one line on stderr, exit 1.
            throw CommandFailure(CommandRunner.describe(error))
        }
        // Ended by a signal: the terminal is restored; die of the same signal.
        if code > 128 { Terminal.die(of: code - 128) }
        if code != 0 { throw ExitCode(code) }
    }

    /// What the entry form says before anything is typed: where entries go, or why they cannot.
    static func availability(_ store: FolderEntryStore) -> EntryAvailability {
        switch store.access() {
        case .writable: return .writable(location: store.location)
        case .readOnly(.requested, _): return .readOnly
        case .readOnly(.permission, _): return .notWritable(location: store.location)
        }
    }
}
