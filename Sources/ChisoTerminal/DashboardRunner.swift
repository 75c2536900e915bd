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
    public static func run(session start: DashboardSession, theme: Theme, watcher: DataWatcher? = nil, dataFolders: [String] = [],
                           meeting: Meeting? = nil, reload: (_ progress: @escaping (LoadProgress) -> Void) throws -> DashboardData) throws -> Int32 {
        var session = start
        var watcher = watcher
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
        var nextCheck = Date().addingTimeInterval(Double(watcher?.interval ?? 0) / 1000)
        // The background check of a mapped store snapshot, looked at every 50 ms until it ends;
        // when the files differ from the snapshot the data is loaded again (and the snapshot rebuilt).
        var snapshotCheck = session.data.dataset.snapshotCheck
        loop: while true {
            var timeout: Int32 = -1
            if let w = watcher {
                let ms = nextCheck.timeIntervalSinceNow * 1000
                timeout = ms <= 0 ? 0 : Int32(min(ms, Double(w.interval)))
            }
            if snapshotCheck != nil { timeout = timeout < 0 ? 50 : min(timeout, 50) }
            var fds = meeting?.descriptors() ?? []
            if let m = meeting?.timeout(), m >= 0 { timeout = timeout < 0 ? m : min(timeout, m) }
            let event = terminal.nextEvent(timeout: timeout, also: &fds)
            let eventTime = frameLog == nil ? 0 : FrameLog.now()
            var effects: [Effect] = []
            var watcherAsked = false
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
            for e in meeting?.service(fds) ?? [] { session.apply(.meeting(e)) }
            if var w = watcher, Date() >= nextCheck {
                if w.check() {
                    effects.append(.reload)
                    watcherAsked = true
                }
                watcher = w
                nextCheck = Date().addingTimeInterval(Double(w.interval) / 1000)
            }
            for effect in effects {
                switch effect {
                case .quit: break loop
                case .redraw: terminal.redraw()
                case .reload:
                    // A load over half a second shows its progress in the status line (redrawn at
                    // most ten times a second; the load itself runs on this thread).
                    // The files are stamped before they are read: a change made while they are read
                    // is seen by the watcher's next look. (A reload the watcher asked for was
                    // stamped by its check.)
                    if !watcherAsked { watcher?.markLoaded() }
                    let started = Date()
                    var lastDraw = Date.distantPast
                    let shown = session
                    let newData = try reload { p in
                        let now = Date()
                        guard now.timeIntervalSince(started) > 0.5, now.timeIntervalSince(lastDraw) > 0.1 else { return }
                        lastDraw = now
                        var view = shown
                        view.apply(.setMessage(DashboardRunner.progressText(p, view.state)))
                        terminal.present(view.frame())
                    }
                    if session.reloaded(newData), let meeting {
                        meeting.dataHash = DataHash.of(session.data)
                        session.apply(.meeting(.ownData(meeting.dataHash)))
                    }
                    snapshotCheck = newData.dataset.snapshotCheck
                case .export:
                    let grid = session.frame()
                    do {
                        let folder = try Exporter.folder(dataFolders: dataFolders, dataFiles: session.data.dataset.files)
                        let paths = try Exporter.export(text: FrameExport.text(grid), markdown: FrameExport.markdown(grid, session.state, session.data),
                                                        stem: FrameExport.stem(session.state), folder: folder)
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
}
