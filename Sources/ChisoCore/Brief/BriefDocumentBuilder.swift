import Foundation

extension BriefDocument {
    /// Builds the brief of `unit` for `period` from the headline figures (`Analytics.headlineValue`), the targets, the
    /// resolutions' items and the office file. `date` is the document's date (`DocumentDate.resolve`); nil leaves the
    /// date line dotted.
    public static func build(_ analytics: Analytics, unit: Province, period: Period, lang: Language,
                             office: OfficeProfile, date: CalendarDate?) -> BriefDocument {
        BriefDocumentBuilder(analytics: analytics, unit: unit, period: period, lang: lang, office: office).document(date: date)
    }
}

/// The footnotes of a document in order of first use; the same text is one footnote.
final class FootnoteBook {
    private(set) var notes: [String] = []

    /// The footnote's index, nil for an empty text.
    func add(_ text: String) -> Int? {
        guard !text.isEmpty else { return nil }
        if let i = notes.firstIndex(of: text) { return i }
        notes.append(text)
        return notes.count - 1
    }
}

/// Puts the document together; the sentences are in `BriefPhrasing`.
struct BriefDocumentBuilder {
    let analytics: Analytics
    let unit: Province
    let period: Period
    let lang: Language
    let office: OfficeProfile
    let book = FootnoteBook()

    var catalogue: Catalogue { analytics.catalogue }
    func t(_ term: Term, _ args: String...) -> String { Glossary.text(key: term.rawValue, lang, args) }

    /// The indicators that report another's change or share: their figures go into that indicator's row and
    /// sentence, not a row of their own.
    var companions: Set<String> {
        var ids = Set<String>()
        for ind in catalogue.indicators {
            if let c = analytics.changeIndicator(for: ind) { ids.insert(c.id) }
            if ind.kind.isAdditive, let s = analytics.shareIndicator(for: ind) { ids.insert(s.id) }
        }
        return ids
    }

    /// The indicators with a row and a sentence, grouped as the catalogue groups them, in catalogue order.
    var groups: [[Indicator]] {
        let skip = companions
        var order: [String] = []
        var byGroup: [String: [Indicator]] = [:]
        for ind in catalogue.indicators where !skip.contains(ind.id) {
            if byGroup[ind.group] == nil { order.append(ind.group) }
            byGroup[ind.group, default: []].append(ind)
        }
        return order.compactMap { byGroup[$0] }
    }

    func headline(_ ind: Indicator, _ concept: Concept, _ basis: Basis, _ p: Period? = nil) -> DerivedValue? {
        analytics.headlineValue(unit: unit, indicator: ind, concept: concept, basis: basis, period: p ?? period)
    }

    func document(date: CalendarDate?) -> BriefDocument {
        let phrasing = BriefPhrasing(builder: self)
        var results: [[DocInline]] = []
        var anySynthetic = false
        for group in groups {
            guard let (text, values) = phrasing.paragraph(group) else { continue }
            anySynthetic = anySynthetic || values.contains { $0.isSynthetic }
            var inlines: [DocInline] = [.text(text)]
            if let n = book.add(noteText(values)) { inlines.append(.note(n)) }
            results.append(inlines)
        }
        if anySynthetic { results.insert([.text(t(.docSynthetic))], at: 0) }
        if results.isEmpty { results.append([.text(t(.docNoFigures))]) }
        let table = tableRows()
        let resolutions = resolutionBlocks()
        let party = office.layout == .party
        let summary: String
        switch period.month {
        case 1: summary = t(.docTitleMonth, "1", "\(period.year)", Words.monthName(1, lang))
        case 12: summary = t(.docTitleYear, "\(period.year)")
        default: summary = t(.docTitleMonthYtd, "\(period.month)", "\(period.year)", Words.monthName(period.month, lang))
        }
        let number = office.number ?? BriefDocument.blank
        return BriefDocument(
            lang: lang, layout: office.layout,
            parentBody: party ? (office.parentBody ?? BriefDocument.blank) : office.parentBody,
            issuingBody: office.issuingBody ?? BriefDocument.blank,
            numberLine: party ? t(.docNumberParty, number) : t(.docNumberState, number),
            rightTop: party ? t(.docPartyName) : t(.docNationalName),
            rightBottom: party ? nil : t(.docMotto),
            dateLine: DocumentDate.line(place: office.place, date: date, lang: lang),
            documentType: t(.docType), summary: summary,
            resultsHeading: t(.docSectionResults), results: results,
            tableTitle: t(.docTableTitle),
            tableHeader: [t(.docColNumber), t(.docColIndicator), t(.docColUnit), t(.docColPlan), t(.docColMonth),
                          t(.docColYtd), t(.docColChange), t(.docColShare)],
            table: table,
            chartsHeading: t(.docChartsTitle), charts: BriefChartData(builder: self).charts(),
            resolutionsHeading: t(.docSectionResolutions),
            itemHeader: [t(.docColNumber), t(.docColItem), t(.docColLead), t(.docColDue), t(.docColStatus)],
            resolutions: resolutions, resolutionsEmpty: resolutions.isEmpty ? t(.docNoItems) : nil,
            officeSections: [t(.docSectionLimits), t(.docSectionTasks)], officeNote: t(.docOfficeNote),
            recipientsLabel: t(.docRecipients),
            recipients: office.recipients.isEmpty ? [BriefDocument.blank] : office.recipients,
            signer: [office.signerAuthority ?? BriefDocument.blank, office.signerTitle ?? BriefDocument.blank],
            signerName: office.signerName ?? BriefDocument.blank,
            footnotes: book.notes)
    }

    // MARK: Numbers in the document's style

    /// "11.360", "2.703,973": the value without a unit.
    func number(_ v: Double, decimals: Int = 3) -> String { NumberFormat.format(v, lang: lang, maxDecimals: decimals) }

    /// "64,1%": a percentage as such documents write it (no space).
    func percent(_ v: Double) -> String { number(abs(v), decimals: 2) + "%" }

    /// "11.360 tỷ đồng" / "VND 11,360 billion", "23 dự án", "18,4%".
    func amount(_ v: Double, _ ind: Indicator) -> String {
        if ind.unit == "%" { return number(v, decimals: 2) + "%" }
        switch ind.unit {
        case "VND bn": return t(.docAmountVndBillion, number(v))
        case "USD m": return t(.docAmountUsdMillion, number(v))
        default:
            let label = unitLabel(ind)
            return label.isEmpty ? number(v) : number(v) + " " + label
        }
    }

    /// `amount(_:_:)` of a figure: one chiso computed is rounded (`Words.number`), a published one as given.
    func amount(_ v: DerivedValue, _ ind: Indicator) -> String {
        guard ind.kind.isAdditive, v.isDerived else { return amount(v.value, ind) }
        let n = Words.number(v, ind, lang)
        switch ind.unit {
        case "VND bn": return t(.docAmountVndBillion, n)
        case "USD m": return t(.docAmountUsdMillion, n)
        default:
            let label = unitLabel(ind)
            return label.isEmpty ? n : n + " " + label
        }
    }

    /// The unit as the table's ĐVT column writes it: "tỷ đồng" / "VND billion", "dự án" / "projects".
    func unitLabel(_ ind: Indicator) -> String {
        if ind.kind == .count { return t(.docUnitCount) }
        switch ind.unit {
        case "VND bn": return t(.docUnitVndBillion)
        case "USD m": return t(.docUnitUsdMillion)
        default: return NumberFormat.unitLabel(ind.unit, lang: lang)
        }
    }

    // MARK: Footnotes

    /// The footnote of a set of values: for each publication its publisher, address, date and as-of date, then the
    /// other values published for the same figures, and how a derived value was obtained.
    func noteText(_ values: [DerivedValue], extra: [String] = []) -> String {
        var parts: [String] = []
        var revised: [RevisedFigure] = []
        func add(_ s: String) { if !s.isEmpty && !parts.contains(s) { parts.append(s) } }
        for v in values {
            if v.isDerived { add(derivation(v)) }
            for f in v.sources {
                add(sourceText(f.source))
                for r in f.revisions {
                    let figure = RevisedFigure(indicator: catalogue.indicators[f.indicator], basis: f.basis, period: f.period, revision: r)
                    if !revised.contains(figure) { revised.append(figure) }
                }
            }
        }
        BriefPhrasing(builder: self).revisionSentences(revised).forEach(add)
        extra.forEach(add)
        return parts.joined(separator: " ")
    }

    /// How a computed value was obtained, as a sentence: a month from two year-to-date totals with both figures
    /// ("Số tháng 5 là hiệu của lũy kế 5 tháng (11.360 tỷ đồng) và lũy kế 4 tháng (8.980 tỷ đồng)."), else the
    /// dashboard's explanation after the value's time.
    func derivation(_ v: DerivedValue) -> String {
        if case .monthFromYearToDate = v.derivation, v.inputs.count == 2 {
            let totals = v.inputs.sorted { $0.period > $1.period }
            let ind = catalogue.indicators[totals[0].indicator]
            return t(.docMonthFromYtd, "\(totals[0].period.month)", amount(totals[0].value, ind),
                     "\(totals[1].period.month)", amount(totals[1].value, ind), Words.monthName(totals[0].period.month, lang))
        }
        return t(.docDerived, Self.capitalised(Words.basis(basis(of: v), period, lang)), v.explanation(lang, catalogue: catalogue)) + "."
    }

    /// How a plan was obtained, after its source: an implied one (amount ÷ share) says so in the document's
    /// language; a stated one adds the data's note.
    func planExplanation(_ target: Target) -> String {
        if target.derived { return " " + t(.docPlanDerived) }
        return target.source.note.isEmpty ? "" : " " + target.source.note
    }

    /// The basis of a value: a month's value computed from two totals is the month's.
    func basis(of v: DerivedValue) -> Basis {
        switch v.derivation {
        case .monthFromYearToDate: return .month
        case .yearToDateFromMonths: return .ytd
        default: return v.sources.first?.basis ?? .ytd
        }
    }

    static func capitalised(_ s: String) -> String { BriefPhrasing.capitalised(s) }

    /// "baonghean.vn, https://…, công bố ngày 10/6/2025; số liệu tính đến ngày 20/5/2025."
    func sourceText(_ s: Source) -> String {
        var text = Self.publisher(s.citation)
        if text != s.citation { text += ", " + s.citation }
        if let p = s.published { text += ", " + t(.docPublished, DocumentDate.short(p, lang: lang)) }
        // Under `--vintage` a source without a published date says so (it counts from the end of the next month).
        if s.published == nil, analytics.data.vintage != nil, !s.isSynthetic { text += ", " + t(.vintageUndatedShort) }
        if let a = s.asOf { text += "; " + t(.docAsOf, DocumentDate.short(a, lang: lang)) }
        text += "."
        if !s.quote.isEmpty { text += " “" + s.quote.replacingOccurrences(of: "\n", with: " ") + "”" }
        return text
    }

    /// The publisher of a source: the host of its address without "www." (`baonghean.vn`), else the citation.
    static func publisher(_ citation: String) -> String {
        guard let range = citation.range(of: "://") else { return citation }
        var host = String(citation[range.upperBound...])
        if let slash = host.firstIndex(of: "/") { host = String(host[..<slash]) }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host
    }

    /// A text from the data as the document writes it. The data's texts follow the dashboard's convention, a space
    /// before the percent sign ("tăng 10,5 %", as the dashboard writes "64,1 %"); the brief writes "10,5%" as such
    /// reports do, like its own figures.
    static func documentText(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var out = ""
        var pendingSpace: Character?
        var afterDigit = false
        for c in text {
            if let space = pendingSpace {
                pendingSpace = nil
                if c != "%" { out.append(space) }
            }
            if afterDigit, c == " " || c == "\u{00A0}" || c == "\u{202F}" {
                pendingSpace = c
                afterDigit = false
                continue
            }
            out.append(c)
            afterDigit = c.isASCII && c.isNumber
        }
        if let space = pendingSpace { out.append(space) }
        return out
    }

    // MARK: Table and resolutions

    func tableRows() -> [BriefTableRow] {
        var rows: [BriefTableRow] = []
        let none = BriefDocument.noFigure
        for ind in groups.joined() {
            let month = headline(ind, .value, .month)
            let ytd = headline(ind, .value, .ytd)
            let change = headline(ind, .change, .ytd)
            let share = headline(ind, .share, .ytd)
            guard month != nil || ytd != nil || change != nil || share != nil else { continue }
            let target = ind.target.flatMap { catalogue.target(province: unit.id, year: period.year, target: $0) }
            let rate = ind.kind == .rate
            // A value that stops before its period ends says so on a second line of its cell ("448" /
            // "(đến 20/5)"): the month of a total as of 20 May covers 1–20 May only.
            func cell(_ v: DerivedValue?) -> String {
                guard let v else { return none }
                let text = rate ? NumberFormat.format(v.value, lang: lang, maxDecimals: 2, signed: true) : Words.number(v, ind, lang)
                return v.asOfLabel(lang: lang).map { text + "\n(" + $0 + ")" } ?? text
            }
            let planNote = target.map { t(.docPlanSource, "\(period.year)", sourceText($0.source) + planExplanation($0)) }
            let note = book.add(noteText([month, ytd, change, share].compactMap { $0 }, extra: planNote.map { [$0] } ?? []))
            rows.append(BriefTableRow(
                number: "\(rows.count + 1)", indicator: ind.name(lang), notes: note.map { [$0] } ?? [],
                unit: rate ? "%" : unitLabel(ind), plan: target.map { number($0.value) } ?? none,
                month: cell(month), ytd: cell(ytd),
                change: change.map { NumberFormat.format($0.value, lang: lang, maxDecimals: 2, signed: true) } ?? none,
                share: share.map { number($0.value, decimals: 2) } ?? none))
        }
        return rows
    }

    func resolutionBlocks() -> [BriefResolution] {
        catalogue.resolutions.compactMap { res in
            let items = catalogue.items(for: unit.id, resolution: res.id)
            guard !items.isEmpty else { return nil }
            return BriefResolution(title: Self.documentText(res.title.text(lang)), items: items.map { item in
                let due = item.due.map { d in d.count == 7 ? (Period(d).map { Words.month($0, lang, full: true) } ?? d) : DocumentDate.short(d, lang: lang) }
                var status = Words.status(item.status, lang)
                if let date = item.statusDate { status += " (" + DocumentDate.short(date, lang: lang) + ")" }
                let lead = Self.documentText(item.lead.text(lang))
                let note = book.add(sourceText(item.source))
                return BriefResolution.Item(title: Self.documentText(item.title.text(lang)), lead: lead.isEmpty ? BriefDocument.noFigure : lead,
                                            due: due ?? BriefDocument.noFigure, status: status, notes: note.map { [$0] } ?? [])
            })
        }
    }
}
