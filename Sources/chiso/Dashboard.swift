import ArgumentParser
import ChisoCore
import ChisoTerminal
import ChisoUI
import Foundation

/// The interactive dashboard (default subcommand).
struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the full-screen dashboard (the default).",
        discussion: "Keys: ? in the dashboard, or Docs/keys.md. Example: chiso --province nghe-an --month 2025-05 --lang en")
    @OptionGroup var data: DataOptions
    @OptionGroup var view: ViewOptions
    @Flag(help: "Reload when the data files change (looks at them twice a second); data with errors is not taken, the last good data stays, marked stale.")
    var watch = false

    func run() throws {
        guard Terminal.isInteractive else {
            FileHandle.standardError.write(Data("chiso: the dashboard needs a terminal; use `chiso render --width 120 --height 40` for a frame as text, or `chiso report` for a brief\n".utf8))
            throw ExitCode(2)
        }
        var options = try view.startOptions()
        let env = ProcessInfo.processInfo.environment
        if let v = env["NO_COLOR"], !v.isEmpty { options.mono = true }
        if view.theme == nil, let t = env["TERM"], t == "dumb" || t.hasPrefix("vt") { options.mono = true }
        let dataset = data.load()
        let session: DashboardSession
        do {
            session = try DashboardSession(data: DashboardData(dataset), options: options, size: Size(width: 80, height: 24))
        } catch {
            throw ValidationError("\(error)")
        }
        var watcher: DataWatcher?
        if watch {
            let paths = data.paths.isEmpty ? DataLoader.bundledDataFolder().map { [$0] } ?? [] : data.paths
            let interval = ProcessInfo.processInfo.environment["CHISO_WATCH_INTERVAL_MS"].flatMap { Int32($0) } ?? 500
            watcher = DataWatcher(paths: paths, interval: interval)
        }
        let code: Int32
        do {
            code = try DashboardRunner.run(session: session, theme: options.mono ? .mono : .standard, watcher: watcher) { progress in DashboardData(data.load(progress: progress)) }
        } catch {
            // The terminal is already restored: one line on stderr, exit 1.
            FileHandle.standardError.write(Data("chiso: \(Sanitizer.clean(String(describing: error)))\n".utf8))
            throw ExitCode(1)
        }
        if code != 0 { throw ExitCode(code) }
    }
}
