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
        let code = DashboardRunner.run(session: session, theme: options.mono ? .mono : .standard) { DashboardData(data.load()) }
        if code != 0 { throw ExitCode(code) }
    }
}
