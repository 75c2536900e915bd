import Foundation

/// Output formats of `chiso report`.
public enum BriefFormat: String, Sendable, CaseIterable {
    case text, markdown, csv, json
}

/// Renders a brief as text, Markdown, CSV or JSON. Every string from data passes the
/// `Sanitizer` gate of its channel: text through `.terminal`, Markdown through `.markdown`,
/// CSV through `.csv` (formula cells neutralised), JSON through `.json` (lossless `\u` escapes).
public struct BriefFormatter {
    public let brief: Brief
    public init(_ brief: Brief) { self.brief = brief }

    var lang: Language { brief.lang }
    var catalogue: Catalogue { brief.catalogue }
    func t(_ term: Term, _ args: String...) -> String { Glossary.text(key: term.rawValue, lang, args) }
    func clean(_ s: String) -> String { Sanitizer.terminal(s) }

    public func render(_ format: BriefFormat) -> String {
        switch format {
        // Each field was cleaned on its way in; a last pass over the whole output holds even
        // where a field was missed.
        case .text, .markdown: return Sanitizer.terminal(text(markdown: format == .markdown), keepingLineBreaks: true)
        case .csv: return csv()
        case .json: return json()
        }
    }

    // MARK: Cells shared by text and Markdown

    struct Cells {
        var name: String, basis: String, value: String, change: String, share: String, rank: String, trend: String, refs: String
    }

    /// Numbered sources, in order of first use.
    final class SourceList {
        var entries: [(source: Source, revisions: [Revision], confirmations: [Source], what: String, period: Period)] = []
        func ref(_ figure: Figure, what: String) -> Int {
            if let i = entries.firstIndex(where: { $0.source == figure.source && $0.what == what }) { return i + 1 }
            entries.append((figure.source, figure.revisions, figure.confirmations, what, figure.period))
            return entries.count
        }
        /// A target's source (its year's December as the period, for the as-of wording).
        func ref(_ target: Target, what: String) -> Int {
            if let i = entries.firstIndex(where: { $0.source == target.source && $0.what == what }) { return i + 1 }
            entries.append((target.source, [], [], what, Period(year: target.year, month: 12)))
            return entries.count
        }
    }

    func marker(_ v: DerivedValue?) -> String {
        guard let v else { return "" }
        var m = ""
        if v.isDerived { m += "~" }
        if v.hasRevisions { m += "⚑" }
        if v.isSynthetic { m += "*" }
        return m
    }

    func formatted(_ v: DerivedValue?, _ indicator: Indicator) -> String {
        guard let v else { return "—" }
        return Words.value(v, indicator, lang) + marker(v) + asOf(v)
    }

    /// " (đến 20/5)" / " (to 20 May)" after a value that covers part of its period, else "".
    func asOf(_ v: DerivedValue?) -> String {
        v?.asOfLabel(lang: lang).map { " (\($0))" } ?? ""
    }

    /// " (công bố 2025-06-03; số liệu đến 20/5)": a source's dates for a source line, else "".
    /// Under a vintage an undated source says so, with the day it counts from.
    func dates(_ source: Source, period: Period, escape esc: (String) -> String) -> String {
        let parts = [source.published.map { t(.reportPublished) + " " + esc(Words.shortDate($0, lang)) },
                     undated(source, period: period),
                     source.asOfLabel(period: period, lang: lang).map { (t(.wordFigures) + " ") + $0 }].compactMap { $0 }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"
    }

    /// "chưa rõ ngày công bố, tính từ 30/6/2025" for a source without a published date when the
    /// brief is of a vintage (the day the rule counts it from), else nil.
    func undated(_ source: Source, period: Period) -> String? {
        guard let known = knownFrom(source, period: period), known.isUndated else { return nil }
        return t(.vintageUndated, known.date.label(lang))
    }

    /// The day a source counts as known from under the brief's vintage; nil without a vintage.
    func knownFrom(_ source: Source, period: Period) -> Vintage.KnownFrom? {
        brief.vintage.map { _ in Vintage.knownFrom(published: source.published, period: period) }
    }

    func cells(_ row: BriefRow, sources: SourceList) -> Cells {
        let ind = row.indicator
        var refs: [Int] = []
        func cite(_ v: DerivedValue?, _ what: String) {
            for f in v?.sources ?? [] {
                let n = sources.ref(f, what: "\(catalogue.units[f.unit].displayName(lang)) · \(catalogue.indicators[f.indicator].shortName(lang)) · \(Words.basis(f.basis, f.period, lang)) \(f.period.year)")
                if !refs.contains(n) { refs.append(n) }
            }
        }
        cite(row.value, "value")
        var value = formatted(row.value, ind)
        if row.value == nil && !row.parts.isEmpty {
            value = row.parts.map { part in
                "\(part.unit.displayName(lang)) \(part.value.map { Words.value($0, ind, lang) + marker($0) + asOf($0) } ?? "—")"
            }.joined(separator: "; ")
            for part in row.parts { cite(part.value, "part") }
        }
        cite(row.change, "change")
        cite(row.share, "share")
        if let target = row.target {
            let what = "\(brief.unit.displayName(lang)) · \(ind.shortName(lang)) · \(t(.reportTargetOfYear, "\(target.target.year)"))"
            let n = sources.ref(target.target, what: what)
            if !refs.contains(n) { refs.append(n) }
        }
        // `†`: the headline comparison comes from another publication than the row's value.
        func other(_ c: DerivedValue) -> String { c.isFromAnotherPublication(than: row.value) ? "†" : "" }
        let change = row.change.map { NumberFormat.format($0.value, lang: lang, maxDecimals: 2, signed: true) + " %" + marker($0) + other($0) + asOf($0) } ?? "—"
        var share = row.share.map { NumberFormat.format($0.value, lang: lang, maxDecimals: 2) + " %" + marker($0) + other($0) + asOf($0) } ?? "—"
        if let target = row.target { share = targetText(target, indicator: ind) }
        let rank = row.rank.map { "\($0.rank)/\($0.of)" } ?? "—"
        return Cells(name: ind.shortName(lang), basis: basisLabel(row), value: value, change: change,
                     share: share, rank: rank, trend: Words.sparkline(row.trend), refs: refs.map { "[\($0)]" }.joined())
    }

    /// The period cell: the brief's words for a month row (`5 tháng`); a quarter row names its
    /// quarter and year (`quý I/2025`, `9 tháng 2025` / `Q1 2025`, `9 months 2025`).
    func basisLabel(_ row: BriefRow) -> String {
        guard row.period.isQuarter else { return Words.basis(row.basis, row.period, lang) }
        if row.basis == .quarter || row.period.quarter == 1 { return Words.quarter(row.period, lang) }
        return t(.reportQuarterYtd, Words.basis(row.basis, row.period, lang), "\(row.period.year)")
    }

    /// `mục tiêu 10,5 %` / `target 10.5 %`, with the date of a revision (`điều chỉnh 23/8/2025`).
    func targetText(_ known: KnownTarget, indicator: Indicator) -> String {
        var text = t(.reportTargetValue, NumberFormat.withUnit(known.target.value, unit: indicator.unit, kind: .share, lang: lang))
        if known.isRevision, let day = known.target.source.published.flatMap(CalendarDate.init) {
            text += " (" + t(.growthRevisedOn, "\(day.day)", "\(day.month)", "\(day.year)", Words.monthAbbreviation(day.month, lang)) + ")"
        }
        return text
    }

    // MARK: Text and Markdown

    func text(markdown md: Bool) -> String {
        // Text from data: visible symbols for controls; in Markdown also HTML and links escaped.
        func esc(_ s: String) -> String { md ? Sanitizer.markdown(s) : Sanitizer.terminal(s) }
        func link(_ s: String) -> String { md ? Sanitizer.markdownLink(s) : Sanitizer.terminal(s) }
        var out = ""
        let unit = brief.unit
        let title = "\(t(.reportBrief)): \(esc(unit.displayName(lang))) — \(Words.month(brief.period, lang))"
        out += md ? "# \(title)\n\n" : "chỉ số · \(title)\n"
        var meta = "\(t(.reportUnit)): \(esc(unit.name)) (\(esc(unit.id)))\(unit.code.map { " · \(t(.reportCode)) \(esc($0))" } ?? "")"
        meta += " · \(t(.reportData)): \(esc(brief.datasetLabel))"
        if unit.wasMerged && brief.period.isBeforeReorganisation {
            let names = catalogue.constituents(of: unit, at: brief.period).map { esc($0.displayName(lang)) }.joined(separator: ", ")
            meta += "\n" + t(.reportBefore1July2025This, "\(names)")
        }
        if let vintage = brief.vintage { meta += "\n" + t(.vintageReport, vintage.label(lang)) }
        out += md ? meta.replacingOccurrences(of: "\n", with: "\n\n") + "\n\n" : meta + "\n"
        if brief.hasSynthetic {
            let warn = t(.reportWarningIncludesSyntheticIllustrativeFigures)
            out += md ? "> **\(warn)**\n\n" : warn + "\n"
        }
        if !md { out += "\n" }
        let sources = SourceList()
        let header = Cells(name: t(.reportIndicator), basis: t(.reportPeriod), value: t(.reportValue),
                           change: t(.reportOnLastYear), share: t(.reportOfTarget), rank: t(.reportRank),
                           trend: t(.reportN12Months), refs: t(.reportSource))
        let rows = brief.rows.map { cells($0, sources: sources) }
        if rows.isEmpty {
            out += t(.reportNoFiguresForThisMonth) + "\n"
        } else if md {
            func line(_ c: Cells) -> String {
                "| " + [c.name, c.basis, c.value, c.change, c.share, c.rank, c.trend, c.refs].map(Sanitizer.markdown).joined(separator: " | ") + " |"
            }
            out += line(header) + "\n|---|---|--:|--:|--:|--:|---|---|\n"
            for r in rows { out += line(r) + "\n" }
        } else {
            let all = ([header] + rows).map { c in
                Cells(name: clean(c.name), basis: clean(c.basis), value: clean(c.value), change: clean(c.change), share: clean(c.share),
                      rank: clean(c.rank), trend: clean(c.trend), refs: clean(c.refs))
            }
            func width(_ k: KeyPath<Cells, String>) -> Int { all.map { DisplayWidth.of($0[keyPath: k]) }.max() ?? 0 }
            let w = (width(\.name), width(\.basis), width(\.value), width(\.change), width(\.share), width(\.rank), width(\.trend))
            for (i, c) in all.enumerated() {
                var l = DisplayWidth.pad(c.name, to: w.0) + "  " + DisplayWidth.pad(c.basis, to: w.1) + "  "
                l += DisplayWidth.pad(c.value, to: w.2, alignRight: i > 0) + "  " + DisplayWidth.pad(c.change, to: w.3, alignRight: i > 0) + "  "
                l += DisplayWidth.pad(c.share, to: w.4, alignRight: i > 0) + "  " + DisplayWidth.pad(c.rank, to: w.5, alignRight: i > 0) + "  "
                l += DisplayWidth.pad(c.trend, to: w.6) + "  " + c.refs
                out += l.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
                if i == 0 { out += String(repeating: "─", count: min(140, DisplayWidth.of(l))) + "\n" }
            }
        }
        if !brief.missing.isEmpty {
            let names = brief.missing.map { esc($0.shortName(lang)) }.joined(separator: ", ")
            out += (md ? "\n" : "") + (t(.reportNoFigures) + " ") + names + "\n"
        }
        out += md ? "\n" : ""
        out += (md ? "" : "") + t(.reportDerivedOtherPublishedValuesExist) + "\n"
        // Sources
        out += md ? "\n## \(t(.reportSources))\n\n" : "\n\(t(.reportSources))\n"
        for (i, e) in sources.entries.enumerated() {
            let label = dates(e.source, period: e.period, escape: esc)
            let cite = link(e.source.citation)
            out += md ? "\(i + 1). \(esc(e.what)): \(cite)\(label)" : "[\(i + 1)] \(esc(e.what)): \(cite)\(label)"
            out += "\n"
            if !e.source.quote.isEmpty {
                let quote = esc(e.source.quote.replacingOccurrences(of: "\n", with: " "))
                out += md ? "   > \(quote)\n" : "    “\(quote)”\n"
            }
            if let by = e.source.enteredBy, !by.isEmpty, let at = e.source.enteredAt {
                out += (md ? "   - " : "    ") + t(.reportEnteredBy, esc(Words.entered(by: by, at: at, lang))) + "\n"
            }
            for c in e.confirmations {
                out += (md ? "   - " : "    = ") + (t(.reportAlso) + " ") + link(c.citation) + (c.published.map { " (\(esc(Words.shortDate($0, lang))))" } ?? "") + "\n"
            }
            for r in e.revisions {
                out += (md ? "   - ⚑ " : "    ⚑ ") + (t(.reportOtherValue) + " ") + NumberFormat.format(r.value, lang: lang)
                out += " — " + link(r.source.citation) + dates(r.source, period: e.period, escape: esc) + "\n"
            }
        }
        // Resolutions
        if !brief.items.isEmpty {
            out += md ? "\n## \(t(.reportResolutionImplementation))\n\n" : "\n\(t(.reportResolutionImplementation))\n"
            if md { out += "| \(t(.reportDocument)) | \(t(.reportItem)) | \(t(.reportLead)) | \(t(.reportDue)) | \(t(.reportStatus)) |\n|---|---|---|---|---|\n" }
            for item in brief.items {
                let res = catalogue.resolutions.first { $0.id == item.resolution }
                let overdue = item.isOverdue(at: brief.period) ? " ⚠ " + t(.statusOverdue) : ""
                let changed = item.source.enteredBy.flatMap { by in
                    item.source.enteredAt.map { " · " + t(.reportEnteredBy, Words.entered(by: by, at: $0, lang)) }
                } ?? ""
                let status = Words.status(item.status, lang) + (item.statusDate.map { " (\(Words.shortDate($0, lang)))" } ?? "") + overdue + changed
                let lead = item.lead.text(lang).isEmpty ? "—" : item.lead.text(lang)
                let doc = (res?.shortName(lang) ?? item.resolution) + " · " + item.document.text(lang)
                if md {
                    out += "| " + [doc, item.title.text(lang), lead, item.due.map { Words.shortDate($0, lang) } ?? "—", status].map(Sanitizer.markdown).joined(separator: " | ") + " |\n"
                } else {
                    out += "- \(clean(doc)): \(clean(item.title.text(lang)))\n    \(t(.reportLead2)): \(clean(lead)) · \(t(.reportDue2)): \(clean(item.due.map { Words.shortDate($0, lang) } ?? "—")) · \(clean(status))\n"
                }
            }
        }
        return out
    }

    // MARK: CSV and JSON

    static let csvColumns = ["province", "province_name", "period", "indicator", "indicator_name", "basis", "value", "unit", "derived", "derivation",
                             "synthetic", "source", "published", "as_of", "quote", "revisions", "confirmations", "change", "change_derived",
                             "change_source", "share_of_target", "share_derived", "share_source", "rank", "rank_of", "trend",
                             "target", "target_published", "target_source", "vintage", "known_from", "undated",
                             "entered_by", "entered_at"]

    struct Record: Codable {
        var province: String
        var province_name: String
        var period: String
        var indicator: String
        var indicator_name: String
        var basis: String
        var value: Double?
        var unit: String
        var derived: Bool
        var derivation: String
        var synthetic: Bool
        var source: String
        var published: String?
        var as_of: String?
        var quote: String
        var revisions: [RevisionRecord]
        var confirmations: [String]
        var inputs: [String]
        var change: Double?
        var change_derived: Bool?
        /// The publication of the headline change (its inputs' when computed): it may differ from the value's.
        var change_source: String?
        var share_of_target: Double?
        var share_derived: Bool?
        /// The publication of the headline share (its inputs' when computed).
        var share_source: String?
        var rank: Int?
        var rank_of: Int?
        var trend: [Double?]
        var parts: [PartRecord]
        /// For a quarterly row: the unit's target for the year (as known at the brief's month), its date and source.
        var target: Double?
        var target_published: String?
        var target_source: String?
        /// Under a vintage: the day the value's publication counts as known from, and whether that
        /// day is the rule's assumption (no published date).
        var known_from: String?
        var undated: Bool?
        /// For a value typed in (the entries journal): who entered it and when (UTC); absent for a data file's.
        var entered_by: String?
        var entered_at: String?
    }
    struct RevisionRecord: Codable { var value: Double; var source: String; var published: String?; var as_of: String? }
    struct PartRecord: Codable { var unit: String; var value: Double?; var source: String? }

    func records() -> [Record] {
        brief.rows.map { row in
            let v = row.value
            let main = v?.figure
            let ind = row.indicator
            return Record(
                province: brief.unit.id, province_name: brief.unit.name, period: row.period.description, indicator: ind.id,
                indicator_name: ind.name(lang), basis: row.basis.rawValue, value: v?.value, unit: ind.unit,
                derived: v?.isDerived ?? true, derivation: v?.explanation(lang, catalogue: catalogue) ?? Glossary.text(.reportPerFormerUnit, lang),
                synthetic: v?.isSynthetic ?? row.parts.contains { $0.value?.isSynthetic ?? false },
                source: main?.source.citation ?? (v?.inputs.map(\.source.citation) ?? []).joined(separator: " | "),
                published: main?.source.published, as_of: v?.asOf, quote: main?.source.quote ?? "",
                revisions: (main?.revisions ?? []).map {
                    RevisionRecord(value: $0.value, source: $0.source.citation, published: $0.source.published, as_of: $0.source.asOf)
                },
                confirmations: (main?.confirmations ?? []).map(\.citation),
                inputs: (v?.inputs ?? []).map { "\(catalogue.units[$0.unit].id) \($0.period) \($0.basis.rawValue)" },
                change: row.change?.value, change_derived: row.change.map(\.isDerived), change_source: row.change.map(BriefFormatter.citation),
                share_of_target: row.share?.value, share_derived: row.share.map(\.isDerived), share_source: row.share.map(BriefFormatter.citation), rank: row.rank?.rank, rank_of: row.rank?.of, trend: row.trend,
                parts: row.parts.map { PartRecord(unit: $0.unit.id, value: $0.value?.value, source: $0.value?.figure.map(\.source.citation)) },
                target: row.target?.target.value, target_published: row.target?.target.source.published, target_source: row.target?.target.source.citation,
                known_from: main.flatMap { knownFrom($0.source, period: $0.period) }?.date.description,
                undated: main.flatMap { knownFrom($0.source, period: $0.period) }?.isUndated,
                entered_by: main?.source.enteredBy, entered_at: main?.source.enteredAt)
        }
    }

    /// The citation of a reported value, or its inputs' citations (distinct, ` | `) when computed.
    static func citation(_ v: DerivedValue) -> String {
        var seen: [String] = []
        for f in v.sources where !seen.contains(f.source.citation) { seen.append(f.source.citation) }
        return seen.joined(separator: " | ")
    }

    static func plain(_ v: Double?) -> String {
        guard let v else { return "" }
        return v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : "\(v)"
    }

    /// Records hold the data's own text; each cell passes the CSV gate here.
    func csv() -> String {
        var out = BriefFormatter.csvColumns.joined(separator: ",") + "\n"
        for r in records() {
            let revisions = r.revisions.map {
                "\(BriefFormatter.plain($0.value)) (\($0.source)\($0.published.map { ", " + $0 } ?? "")\($0.as_of.map { ", as of " + $0 } ?? ""))"
            }.joined(separator: " | ")
            let fields: [String] = [
                r.province, r.province_name, r.period, r.indicator, r.indicator_name, r.basis, BriefFormatter.plain(r.value), r.unit,
                String(r.derived), r.derivation, String(r.synthetic), r.source, r.published ?? "", r.as_of ?? "", r.quote, revisions,
                r.confirmations.joined(separator: " | "), BriefFormatter.plain(r.change), r.change_derived.map(String.init) ?? "",
                r.change_source ?? "", BriefFormatter.plain(r.share_of_target), r.share_derived.map(String.init) ?? "",
                r.share_source ?? "", r.rank.map(String.init) ?? "",
                r.rank_of.map(String.init) ?? "", r.trend.map { BriefFormatter.plain($0) }.joined(separator: ";"),
                BriefFormatter.plain(r.target), r.target_published ?? "", r.target_source ?? "",
                brief.vintage?.description ?? "", r.known_from ?? "", r.undated.map(String.init) ?? "",
                r.entered_by ?? "", r.entered_at ?? "",
            ]
            out += fields.map(Sanitizer.csvField).joined(separator: ",") + "\n"
        }
        return out
    }

    struct Document: Codable {
        var province: String
        var province_name: String
        var period: String
        var lang: String
        var dataset: String
        /// `--vintage`: the day the data is as known on; absent for everything loaded.
        var vintage: String?
        var synthetic: Bool
        var figures: [Record]
        var missing: [String]
        var items: [ItemRecord]
    }
    struct ItemRecord: Codable {
        var resolution: String, document: String, title: String, lead: String, due: String?, status: String, status_date: String?, overdue: Bool, source: String
        /// For an item changed from the entries journal: who entered the last change and when.
        var entered_by: String?
        var entered_at: String?
    }

    /// The brief as JSON; the empty object only if encoding fails, which `jsonText` reports instead.
    func json() -> String { (try? jsonText()) ?? "{}\n" }

    /// The brief as JSON, or the encoder's error: JSON is the records or an error, never a
    /// document that silently lost them.
    public func jsonText() throws -> String {
        let doc = Document(
            province: brief.unit.id, province_name: brief.unit.name, period: brief.period.description, lang: lang.rawValue,
            dataset: brief.datasetLabel, vintage: brief.vintage?.description, synthetic: brief.hasSynthetic, figures: records(), missing: brief.missing.map(\.id),
            items: brief.items.map { ItemRecord(resolution: $0.resolution, document: $0.document.text(lang), title: $0.title.text(lang), lead: $0.lead.text(lang),
                                                due: $0.due, status: $0.status.rawValue, status_date: $0.statusDate, overdue: $0.isOverdue(at: brief.period),
                                                source: $0.source.citation, entered_by: $0.source.enteredBy, entered_at: $0.source.enteredAt) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(doc)
        // The data's own text, losslessly: what JSONEncoder leaves raw becomes a \u escape.
        return Sanitizer.jsonDocument(String(decoding: data, as: UTF8.self)) + "\n"
    }
}
