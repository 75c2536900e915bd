import ArgumentParser
import ChisoCore
import Foundation

extension BriefFormat: ExpressibleByArgument {}

/// `chiso report`: the meeting brief for one province and month.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the meeting brief for one province and month.",
        discussion: """
        Every headline figure with its basis (month / year to date), change on last year, share of target, \
        rank among units with data, a 12-month trend, its source and other published values; then the \
        implementation items of the resolutions.

        Example: chiso report --province nghe-an --month 2025-05 --format markdown
        """)

    @Option(help: ArgumentHelp("Province: id, official or ASCII name (nghe-an, \"Nghệ An\", vietnam).", valueName: "province"))
    var province: String

    @Option(help: ArgumentHelp("Month as YYYY-MM. Default: the latest month with data for the province.", valueName: "YYYY-MM"))
    var month: String?

    @Option(name: .customLong("indicator"), help: "Only these indicator ids (repeatable).")
    var indicators: [String] = []

    @Option(help: ArgumentHelp("Language: vi or en.", valueName: "vi|en"))
    var lang = "vi"

    @Option(help: "Output format: text, markdown, csv or json.")
    var format: BriefFormat = .text

    @OptionGroup var data: DataOptions

    func run() throws {
        let language = try ArgumentCheck.language(lang)
        OutputLanguage.current = language
        let requested = try month.map(ArgumentCheck.month)
        let dataset = try data.loadChecked()
        let errors = dataset.errorCount
        if errors > 0 {
            Output.note("chiso: \(errors) data error(s); rows with errors were skipped. Run `chiso validate` for the list.")
        }
        let overflows = dataset.diagnostics.filter(Analytics.isOverflowWarning).count
        if overflows > 0 {
            Output.note("chiso: \(overflows) value(s) make derived figures not finite numbers; those are shown as missing. Run `chiso validate` for the list.")
        }
        let unit = try ArgumentCheck.province(province, in: dataset.catalogue)
        let ids = try indicators.map { try ArgumentCheck.indicator($0, in: dataset.catalogue).id }
        let analytics = Analytics(dataset)
        guard let period = requested ?? analytics.latestPeriod(unit: unit) else {
            throw CommandFailure(Phrase(.cliNoFiguresForUnitReport, "\(unit.id)", "\(dataset.label)"))
        }
        let brief = Brief.build(analytics, unit: unit, period: period, lang: language, indicators: ids)
        let formatter = BriefFormatter(brief)
        let text: String
        if format == .json {
            do {
                text = try formatter.jsonText()
            } catch {
                throw CommandFailure(Phrase(.cliCannotWriteJSON, "\(CommandRunner.describe(error))"))
            }
        } else {
            text = formatter.render(format)
        }
        try Output.write(text)
    }
}
