import ArgumentParser
import ChisoCore
import ChisoUI
import Foundation

/// Where the dashboard opens and how it looks; shared by `dashboard` and `render`.
struct ViewOptions: ParsableArguments {
    @Option(help: Help.option(.optViewProvince, value: .valProvince))
    var province: String?
    @Option(help: Help.option(.optViewMonth, valueName: "YYYY-MM"))
    var month: String?
    @Option(help: Help.option(.optViewScreen, value: .valScreen))
    var screen: String?
    @Option(help: Help.option(.optViewIndicator, value: .valId))
    var indicator: String?
    @Option(help: Help.option(.optViewResolution, value: .valId))
    var resolution: String?
    @Option(help: Help.option(.optViewLang, valueName: "vi|en"))
    var lang: String?
    @Flag(help: Help.option(.optAscii))
    var ascii = false
    @Option(help: Help.option(.optTheme, value: .valName))
    var theme: String?
    @Flag(help: Help.option(.optBig))
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
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "render",
            abstract: Help.text(.cmdRenderAbstract),
            discussion: Help.discussion([Help.text(.cmdRenderDiscussion)],
                                        examples: ["chiso render --width 120 --height 40 --province nghe-an --month 2025-05"]))
    }

    @OptionGroup var data: DataOptions
    @OptionGroup var view: ViewOptions
    @Option(help: Help.option(.optRenderWidth, value: .valWidth)) var width: Int = 80
    @Option(help: Help.option(.optRenderHeight, value: .valHeight)) var height: Int = 24
    @Option(help: Help.option(.optRenderKeys, value: .valKeys)) var keys: String = ""
    @Flag(help: Help.option(.optRenderColor)) var color = false

    func validate() throws {
        guard (0...1000).contains(width), (0...1000).contains(height) else { throw UsageError(Phrase(.cliSizeOutOfRange)) }
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
        KeptUntilExit.keep(session, grid)
    }
}
