import ChisoCore
import ChisoUI
import Foundation

/// The live dashboard: terminal events in, reducer, frames out, effects carried out.
public enum DashboardRunner {
    /// `Đang nạp observations.csv 45% (29 MB / 65 MB)…` in the language of the screen.
    static func progressText(_ p: LoadProgress, _ state: AppState) -> String {
        let mb = { (b: Int) in String(format: "%.0f MB", Double(b) / 1e6) }
        let percent = p.bytesTotal > 0 ? p.bytesDone * 100 / p.bytesTotal : 100
        if p.stage == .indexing { return state.tr(.messageIndexing) }
        let file = (p.file as NSString).lastPathComponent
        return (state.tr(.messageLoading) + " ") + "\(file) \(percent)% (\(mb(p.bytesDone)) / \(mb(p.bytesTotal)))…"
    }

    /// Runs until the user quits, a signal arrives or the input ends; the terminal is restored
    /// on every path, including errors thrown here (which are rethrown after the restore) and
    /// fatal signals (restored by the signal handler). `reload` loads the data again for `r`
    /// and watch mode; `DashboardSession.reloaded` refuses data with errors, without figures or
    /// missing a file, and the last good data stays, marked stale.
    /// `dataFolders` are the folders read as data, where no export may go.
    /// Returns the exit status: 0, or 128 + the signal that ended it.
    /// `meeting`, when presenting or following, is waited on with the terminal (see `Meeting`).
    /// `sources` are waited for in the same `poll(2)` as the terminal (the inotify watcher of
    /// `--watch` and the entries folder); the loop has a timeout only while one has a timer.
    /// `entries` saves what the entry form (`a`) asks to save; without it the form says entry is off.
    public static func run(session start: DashboardSession, theme: Theme, sources: [EventSource] = [], dataFolders: [String] = [],
                           meeting: Meeting? = nil, entries: EntrySaver? = nil,
                           reload: (_ progress: @escaping (LoadProgress) -> Void) throws -> DashboardData) throws -> Int32 {
        var session = start
        session.state.entryAvailability = entries?.availability ?? .none
        let terminal = try Terminal(theme: theme)
        defer { terminal.restore() }
        if !terminal.isUTF8 { session.state.ascii = true }
        session.apply(.resize(terminal.size))
        defer { meeting?.stop() }
        for e in meeting?.startEvents() ?? [] { session.apply(.meeting(e)) }
        terminal.present(session.frame())
        for e in meeting?.publish(session.state, session.data) ?? [] { session.apply(.meeting(e)) }
        #if DEBUG
        let crashHook = CrashHook.fromEnvironment()
        if crashHook == .throwStart { try crashHook?.fire() }
        #endif
        let frameLog = FrameLog.fromEnvironment()
        // The background check of a mapped store snapshot, looked at every 50 ms until it ends;
        // when the files differ from the snapshot the data is loaded again (and the snapshot rebuilt).
        var snapshotCheck = session.data.dataset.snapshotCheck
        loop: while true {
            // Sleep until input, a readable source or the earliest timer of a source (none: for ever).
            let soonest = sources.compactMap(\.deadline).min()
            var timeout = soonest.map { Int32(clamping: max(0, $0 - EventClock.now)) } ?? -1
            if snapshotCheck != nil { timeout = timeout < 0 ? 50 : min(timeout, 50) }
            let meetingFDs = meeting?.descriptors() ?? []
            var fds = meetingFDs + sources.map { pollfd(fd: $0.descriptor, events: Int16(POLLIN), revents: 0) }
            if let m = meeting?.timeout(), m >= 0 { timeout = timeout < 0 ? m : min(timeout, m) }
            let event = terminal.nextEvent(timeout: timeout, also: &fds)
            let eventTime = frameLog == nil ? 0 : FrameLog.now()
            var effects: [Effect] = []
            var sourcesAsked = false
            #if DEBUG
            if event == .key(.char("!")), let crashHook {
                try crashHook.fire()
                continue
            }
            #endif
            switch event {
            case .key(let key): effects = session.send(key)
            case .resize(let size): session.apply(.resize(size))
            case .click(let x, let y): session.apply(.click(x: x, y: y))
            case .wheel(let n): session.apply(.scroll(n))
            case .signal(let sig): return 128 + sig
            case .endOfInput: return 0
            case .tick, .ready: break
            }
            if let outcome = snapshotCheck?.result {
                snapshotCheck = nil
                if outcome == .differs { effects.append(.reload) }
            }
            for e in meeting?.service(Array(fds.prefix(meetingFDs.count))) ?? [] { session.apply(.meeting(e)) }
            // Every source whose descriptor is readable or whose timer is due.
            let now = EventClock.now
            for (i, source) in sources.enumerated() {
                let revents = fds[meetingFDs.count + i].revents
                let readable = source.descriptor >= 0 && revents & Int16(POLLIN | POLLHUP | POLLERR) != 0
                guard readable || (source.deadline.map { $0 <= now } ?? false) else { continue }
                let asked = source.wake(session: &session, now: now)
                sourcesAsked = sourcesAsked || asked.contains(.reload)
                effects += asked
            }
            // Each effect once, however many asked for it (one reload).
            var done: Set<Effect> = []
            for effect in effects where done.insert(effect).inserted {
                switch effect {
                case .quit: break loop
                case .redraw: terminal.redraw()
                case .reload:
                    // A load over half a second shows its progress in the status line (redrawn at
                    // most ten times a second; the load itself runs on this thread).
                    // The files are stamped before they are read: a change made while they are read
                    // is seen by the watcher's next look. (A reload the watcher asked for was
                    // stamped by its check.)
                    if !sourcesAsked { sources.forEach { $0.willReload() } }
                    let newData = try reloadShowingProgress(session, terminal, reload)
                    if session.reloaded(newData), let meeting {
                        meeting.dataHash = DataHash.of(session.data)
                        session.apply(.meeting(.ownData(meeting.dataHash)))
                    }
                    snapshotCheck = newData.dataset.snapshotCheck
                case .saveEntry, .saveItemChange:
                    // Saved (on disk: the store syncs before it returns), then shown: the data is
                    // read again with the new entry, and only then does the status line say saved.
                    guard let entries, entries.availability.isWritable else {
                        session.apply(.entrySaveFailed(session.state.tr(.formNoEntriesFolder)))
                        break
                    }
                    do {
                        if case .saveEntry(let draft) = effect { try entries.save(draft) }
                        if case .saveItemChange(let change) = effect { try entries.saveItem(change) }
                    } catch {
                        session.apply(.entrySaveFailed((session.state.tr(.messageSaveFailed) + " ") + ((error as? EntryStoreError)?.text(session.state.language) ?? "\(error)")))
                        break
                    }
                    sources.forEach { $0.willReload() }
                    let newData = try reloadShowingProgress(session, terminal, reload)
                    if session.reloaded(newData), let meeting {
                        meeting.dataHash = DataHash.of(session.data)
                        session.apply(.meeting(.ownData(meeting.dataHash)))
                    }
                    snapshotCheck = newData.dataset.snapshotCheck
                    if case .saveEntry(let draft) = effect { session.apply(.entrySaved(draft)) }
                    if case .saveItemChange(let change) = effect { session.apply(.itemChangeSaved(change)) }
                case .export:
                    let grid = session.frame()
                    do {
                        let folder = try Exporter.folder(dataFolders: dataFolders, dataFiles: session.data.dataset.files)
                        let paths = try Exporter.export(text: FrameExport.text(grid), markdown: FrameExport.markdown(grid, session.state, session.data),
                                                        stem: FrameExport.stem(session.state, session.data), folder: folder)
                        session.apply(.setMessage((session.state.tr(.messageExported) + " ") + Exporter.summary(paths, and: session.state.tr(.messageAnd))))
                    } catch {
                        session.apply(.setMessage((session.state.tr(.messageExportFailed) + " ") + "\(error)"))
                    }
                case .brief:
                    do {
                        let folder = try Exporter.folder(dataFolders: dataFolders, dataFiles: session.data.dataset.files)
                        let paths = try BriefExport.write(state: session.state, data: session.data, folder: folder)
                        session.apply(.setMessage((session.state.tr(.messageBriefWritten) + " ") + Exporter.summary(paths, and: session.state.tr(.messageAnd))))
                    } catch {
                        session.apply(.setMessage((session.state.tr(.messageBriefFailed) + " ") + "\(error)"))
                    }
                }
            }
            terminal.present(session.frame())
            frameLog?.record(event, at: eventTime, session.state)
            // After the frame: followers never slow the presenter's own screen.
            let news = meeting?.publish(session.state, session.data) ?? []
            for e in news { session.apply(.meeting(e)) }
            if !news.isEmpty { terminal.present(session.frame()) }
        }
        return 0
    }

    /// Loads the data again; a load over half a second shows its progress in the status line
    /// (redrawn at most ten times a second; the load itself runs on this thread).
    static func reloadShowingProgress(_ shown: DashboardSession, _ terminal: Terminal,
                                      _ reload: (_ progress: @escaping (LoadProgress) -> Void) throws -> DashboardData) throws -> DashboardData {
        let started = Date()
        var lastDraw = Date.distantPast
        return try reload { p in
            let now = Date()
            guard now.timeIntervalSince(started) > 0.5, now.timeIntervalSince(lastDraw) > 0.1 else { return }
            lastDraw = now
            var view = shown
            view.apply(.setMessage(DashboardRunner.progressText(p, view.state)))
            terminal.present(view.frame())
        }
    }
}
