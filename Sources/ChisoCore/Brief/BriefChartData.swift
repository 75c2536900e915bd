import Foundation

/// The three charts of the brief, from headline figures: industrial production by month this year against last,
/// budget revenue to date against the year's estimate, public-investment disbursement against the plan. A chart
/// without a single figure is left out.
struct BriefChartData {
    let builder: BriefDocumentBuilder
    var lang: Language { builder.lang }
    var period: Period { builder.period }
    func t(_ term: Term, _ args: String...) -> String { Glossary.text(key: term.rawValue, lang, args) }

    func charts() -> [BriefChart] {
        [iip(), budget(), disbursement()].compactMap { $0 }
    }

    var categories: [String] {
        (1...12).map { Glossary.text(.periodChartMonth, lang, "\($0)", Words.monthAbbreviation($0, lang)) }
    }

    /// Values of months 1…12 of `year` (this year: up to the brief's month).
    func months(_ ind: Indicator, _ concept: Concept, _ basis: Basis, year: Int) -> [Double?] {
        (1...12).map { m in
            let p = Period(year: year, month: m)
            guard p <= period else { return nil }
            return builder.headline(ind, concept, basis, p)?.value
        }
    }

    func yearPair(_ ind: Indicator, _ concept: Concept, _ basis: Basis, title: String) -> BriefChart? {
        let now = months(ind, concept, basis, year: period.year)
        let before = months(ind, concept, basis, year: period.year - 1)
        guard now.contains(where: { $0 != nil }) || before.contains(where: { $0 != nil }) else { return nil }
        return BriefChart(title: title, categories: categories, series: [
            .init(name: t(.docSeriesYear, "\(period.year - 1)"), values: before, isLine: false),
            .init(name: t(.docSeriesYear, "\(period.year)"), values: now, isLine: false),
        ], isPercent: true)
    }

    func iip() -> BriefChart? {
        guard let ind = builder.catalogue.indicator(id: "iip_yoy") else { return nil }
        return yearPair(ind, .value, .month, title: t(.docChartIip))
    }

    func budget() -> BriefChart? {
        guard let ind = builder.catalogue.indicator(id: "budget_revenue") else { return nil }
        let now = months(ind, .value, .ytd, year: period.year)
        guard now.contains(where: { $0 != nil }) else { return nil }
        var series = [BriefChart.Series(name: t(.docSeriesYear, "\(period.year)"), values: now, isLine: false)]
        if let name = ind.target, let target = builder.catalogue.target(province: builder.unit.id, year: period.year, target: name) {
            series.append(.init(name: t(.docSeriesEstimate, "\(period.year)"), values: Array(repeating: target.value, count: 12), isLine: true))
        }
        // Without an estimate known (none in the data, or none published by the vintage day) the title says no comparison.
        return BriefChart(title: t(series.count > 1 ? .docChartBudget : .docChartBudgetAlone), categories: categories, series: series, isPercent: false)
    }

    func disbursement() -> BriefChart? {
        guard let ind = builder.catalogue.indicator(id: "pi_disbursed") else { return nil }
        return yearPair(ind, .share, .ytd, title: t(.docChartDisbursement))
    }
}
