import ArgumentParser
import ChisoCore
import Foundation

extension BriefFormat: ExpressibleByArgument {}

/// `chiso report`: the meeting brief for one province and month.
struct Report: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "report",
            abstract: Help.text(.cmdReportAbstract),
            discussion: Help.discussion([Help.text(.cmdReportDiscussion)],
                                        examples: ["chiso report --province nghe-an --month 2025-05 --format markdown"]))
    }

    @Option(help: Help.option(.optUnitProvince, value: .valProvince))
    var province: String

    @Option(help: Help.option(.optBriefMonth, valueName: "YYYY-MM"))
    var month: String?

    @Option(name: .customLong("indicator"), help: Help.option(.optReportIndicators, value: .valIndicator))
    var indicators: [String] = []

    @Option(help: Help.option(.optLanguage, valueName: "vi|en"))
    var lang = "vi"

    @Option(help: Help.option(.optReportFormat, value: .valFormat))
    var format: BriefFormat = .text

    @OptionGroup var data: DataOptions

    func run() throws {
        let language = try ArgumentCheck.language(lang)
        OutputLanguage.current = language
        let requested = try month.map(ArgumentCheck.month)
        let dataset = try data.loadChecked()
        let errors = dataset.errorCount
        if errors > 0 {
            Output.note("chiso: " + Glossary.text(.cliDataErrorsSkipped, language, "\(errors)"))
        }
        let overflows = dataset.diagnostics.filter(Analytics.isOverflowWarning).count
        if overflows > 0 {
            Output.note("chiso: " + Glossary.text(.cliNotFiniteShownMissing, language, "\(overflows)"))
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
        KeptUntilExit.keep(dataset, analytics, brief)
    }
}
