import ArgumentParser
import ChisoCore
import Foundation

extension Language: ExpressibleByArgument {}
extension BriefFormat: ExpressibleByArgument {}

/// `chiso report`: the meeting brief for one province and month.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the meeting brief for one province and month.",
        discussion: """
        Every headline figure with its basis (month / year to date), change on last year, share of target,
        rank among units with data, a 12-month trend, its source and other published values; then the
        implementation items of the resolutions.
        Example: chiso report --province nghe-an --month 2025-05 --format markdown
        """)

    @Option(help: "Province: id, official or ASCII name (nghe-an, \"Nghệ An\", vietnam).")
    var province: String

    @Option(help: "Month as YYYY-MM. Default: the latest month with data for the province.")
    var month: String?

    @Option(name: .customLong("indicator"), help: "Only these indicator ids (repeatable).")
    var indicators: [String] = []

    @Option(help: "Language: vi or en.")
    var lang: Language = .vi

    @Option(help: "Output format: text, markdown, csv or json.")
    var format: BriefFormat = .text

    @OptionGroup var data: DataOptions

    func run() throws {
        let dataset = data.load()
        let errors = dataset.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            FileHandle.standardError.write(Data("chiso: \(errors.count) data error(s); rows with errors were skipped. Run `chiso validate` for the list.\n".utf8))
        }
        guard let unit = dataset.catalogue.resolveUnit(province) else {
            let hint = dataset.catalogue.suggestUnit(for: province).map { " Did you mean \"\($0)\"?" } ?? ""
            throw ValidationError("unknown province '\(Sanitizer.clean(province))'.\(hint)")
        }
        for id in indicators where dataset.catalogue.indicator(id: id) == nil {
            let hint = dataset.catalogue.suggestIndicator(for: id).map { " Did you mean \"\($0)\"?" } ?? ""
            throw ValidationError("unknown indicator '\(Sanitizer.clean(id))'.\(hint)")
        }
        let analytics = Analytics(dataset)
        let period: Period
        if let month {
            guard let p = Period(month) else { throw ValidationError("bad month '\(Sanitizer.clean(month))': write YYYY-MM, e.g. 2025-05") }
            period = p
        } else {
            guard let latest = analytics.latestPeriod(unit: unit) else { throw ValidationError("no figures for \(unit.id); give --month") }
            period = latest
        }
        let brief = Brief.build(analytics, unit: unit, period: period, lang: lang, indicators: indicators)
        print(BriefFormatter(brief).render(format), terminator: "")
    }
}
