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
    @Flag(help: "Projector layout: the unit's headline figures for the month in large type, with their sources (the P key).")
    var big = false

    /// Checks the options that need no data (month, screen, language, theme), so a typo is
    /// reported before any data is loaded.
    func checkWithoutData() throws {
        // The interface language (Vietnamese unless --lang says otherwise) is the messages' too.
        OutputLanguage.current = try lang.map(ArgumentCheck.language) ?? .vi
        if let month { _ = try ArgumentCheck.month(month) }
        if let screen { _ = try ArgumentCheck.screen(screen) }
        if let theme { _ = try ArgumentCheck.theme(theme) }
    }

    /// The starting options, every name checked against `data` (`ArgumentCheck`'s wording) and
    /// handed on as the id it resolved to.
    func startOptions(for data: DashboardData) throws -> StartOptions {
        try checkWithoutData()
        var o = StartOptions()
        o.province = try province.map { try ArgumentCheck.province($0, in: data.catalogue).id }
        o.month = try month.map { try ArgumentCheck.month($0).description }
        o.screen = try screen.map { try ArgumentCheck.screen($0).rawValue }
        o.indicator = try indicator.map { try ArgumentCheck.indicator($0, in: data.catalogue).id }
        o.resolution = try resolution.map { try ArgumentCheck.resolution($0, among: data.resolutions).id }
        o.language = try lang.map { try ArgumentCheck.language($0).rawValue }
        o.ascii = ascii
        o.projector = big
        if let theme { o.mono = try !ArgumentCheck.theme(theme).usesColor }
        return o
    }
}

/// Headless rendering: the exact frame the dashboard would show after some keys.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the frame the dashboard would show, as text, without a terminal.",
        discussion: """
        Same code path as the live screen. --keys takes space-separated keys: a single character stands \
        for itself (q ? / L j), and left right up down enter esc tab backtab home end pgup pgdn space \
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
        let script = try ArgumentCheck.keys(keys)
        try view.checkWithoutData()
        let dashboardData = DashboardData(try data.loadChecked())
        var session = try DashboardSession(data: dashboardData, options: view.startOptions(for: dashboardData), size: Size(width: width, height: height))
        session.send(script)
        let grid = session.frame()
        let lines = color ? grid.ansiLines(theme: session.state.theme) : grid.lines()
        var out = lines.joined(separator: "\n")
        if !lines.isEmpty { out += "\n" }
        try Output.write(out)
    }
}
