import ArgumentParser
import ChisoCore
import ChisoUI
import Foundation

/// Where the dashboard opens and how it looks; shared by `dashboard` and `render`.
struct ViewOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Province to open at (id or name, accents optional: nghe-an, \"Nghệ An\", nghe an).", valueName: "province"))
    var province: String?
    @Option(help: ArgumentHelp("Month to open at, YYYY-MM (default: the latest month with data).", valueName: "YYYY-MM"))
    var month: String?
    @Option(help: ArgumentHelp("Screen: overview, compare, detail, resolutions or help.", valueName: "screen"))
    var screen: String?
    @Option(help: ArgumentHelp("Indicator id for Compare and Detail (e.g. budget_revenue).", valueName: "id"))
    var indicator: String?
    @Option(help: ArgumentHelp("Resolution id for the Resolutions screen (e.g. 57-NQ/TW).", valueName: "id"))
    var resolution: String?
    @Option(help: ArgumentHelp("Interface language: vi or en.", valueName: "vi|en"))
    var lang: String?
    @Flag(help: "ASCII borders, sparklines and gauges (automatic in a non-UTF-8 locale).")
    var ascii = false
    @Option(help: ArgumentHelp("Colour theme: default or mono (mono is automatic with NO_COLOR).", valueName: "name"))
    var theme: String?

    func startOptions() throws -> StartOptions {
        var o = StartOptions()
        o.province = province
        o.month = month
        o.screen = screen
        o.indicator = indicator
        o.resolution = resolution
        o.language = lang
        o.ascii = ascii
        if let theme {
            guard let t = Theme.named(theme) else { throw ValidationError("unknown --theme '\(theme)': use default or mono") }
            o.mono = !t.usesColor
        }
        return o
    }
}

/// Headless rendering: the exact frame the dashboard would show after some keys.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the frame the dashboard would show, as text, without a terminal.",
        discussion: """
        Same code path as the live screen. --keys takes space-separated keys: a single character stands
        for itself (q ? / L j), and left right up down enter esc tab backtab home end pgup pgdn space
        backspace name the others. Typing into the search prompt: --keys "/ t h a n h space h o a enter".
        Example: chiso render --width 120 --height 40 --province nghe-an --month 2025-05
        """)

    @OptionGroup var data: DataOptions
    @OptionGroup var view: ViewOptions
    @Option(help: "Frame width in columns.") var width: Int = 80
    @Option(help: "Frame height in rows.") var height: Int = 24
    @Option(help: ArgumentHelp("Keys to press before printing (see above).", valueName: "keys")) var keys: String = ""
    @Flag(help: "Add ANSI colours (the theme's; --theme mono gives bold/reverse/underline only).") var color = false

    func validate() throws {
        guard (0...1000).contains(width), (0...1000).contains(height) else { throw ValidationError("--width and --height must be between 0 and 1000") }
    }

    func run() throws {
        let script: [Key]
        do { script = try Key.script(keys) } catch { throw ValidationError("\(error)") }
        let options = try view.startOptions()
        let dataset = data.load()
        var session: DashboardSession
        do {
            session = try DashboardSession(data: DashboardData(dataset), options: options, size: Size(width: width, height: height))
        } catch {
            throw ValidationError("\(error)")
        }
        session.send(script)
        let grid = session.frame()
        let lines = color ? grid.ansiLines(theme: session.state.theme) : grid.lines()
        var out = lines.joined(separator: "\n")
        if !lines.isEmpty { out += "\n" }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
