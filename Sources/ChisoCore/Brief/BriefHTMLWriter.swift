import Foundation

/// Writes a `BriefDocument` as one self-contained HTML file: the same heading, sections, tables and footnotes as
/// the Word document, charts as inline SVG, and print CSS for A4 with the Decree 30 margins, so a browser prints
/// the same document. Footnotes are numbered as in the Word document and listed at the end.
public struct BriefHTMLWriter {
    public let document: BriefDocument
    public init(_ document: BriefDocument) { self.document = document }

    func esc(_ s: String) -> String { XMLText.escape(s) }

    static let css = """
    @page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page); font: 13pt "Times New Roman", "Liberation Serif", serif; } }
    @page :first { @top-center { content: none; } }
    body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 14pt; line-height: 1.2; color: #000; margin: 0; }
    @media screen { body { max-width: 165mm; margin: 10mm auto; } }
    p { margin: 0 0 6pt 0; text-align: justify; }
    p.body { text-indent: 1.27cm; }
    table.head { width: 100%; border-collapse: collapse; font-size: 13pt; }
    table.head td { vertical-align: top; text-align: center; padding: 0; }
    table.head p { text-align: center; margin: 0; }
    .rule { width: 30%; margin: 2pt auto 0 auto; border-top: 1px solid #000; height: 0; }
    .motto-rule { width: 62%; }
    .date { font-style: italic; font-size: 14pt; }
    h1 { font-size: 14pt; text-align: center; margin: 18pt 0 0 0; }
    h2.summary { font-size: 14pt; text-align: center; margin: 0 0 12pt 0; }
    h3 { font-size: 14pt; margin: 12pt 0 6pt 0; page-break-after: avoid; }
    h4 { font-size: 14pt; font-style: italic; margin: 6pt 0 6pt 1.27cm; page-break-after: avoid; }
    table.grid { width: 100%; border-collapse: collapse; font-size: 11pt; margin: 6pt 0 10pt 0; }
    table.grid { table-layout: fixed; }
    table.grid th, table.grid td { border: 1px solid #000; padding: 2pt 3pt; overflow-wrap: break-word; }
    table.grid th { background: #f2f2f2; text-align: center; }
    table.grid th:first-child { white-space: nowrap; }
    table.grid td.n { text-align: right; }
    table.grid td.c { text-align: center; }
    table.grid tr { page-break-inside: avoid; }
    .caption { text-align: center; font-weight: bold; margin: 6pt 0 0 0; }
    figure { margin: 6pt 0; text-align: center; page-break-inside: avoid; }
    .dots { text-align: left; white-space: nowrap; overflow: hidden; }
    table.sign { width: 100%; margin-top: 12pt; page-break-inside: avoid; }
    .end { page-break-inside: avoid; break-inside: avoid; }
    table.sign td { vertical-align: top; }
    .recipients { font-size: 11pt; text-align: left; }
    .recipients b { font-size: 12pt; font-style: italic; }
    .signer { text-align: center; font-weight: bold; }
    .notes { font-size: 10pt; border-top: 1px solid #000; margin-top: 12pt; padding-top: 4pt; }
    .notes p { margin: 0 0 2pt 0; overflow-wrap: anywhere; text-align: left; }
    sup { font-size: 0.7em; }
    """

    public func html() -> String {
        let d = document
        var o = "<!DOCTYPE html>\n<html lang=\"\(Glossary.text(.docHtmlLanguage, d.lang))\">\n<head>\n<meta charset=\"utf-8\">\n"
        o += "<title>\(esc(d.documentType + " " + d.summary))</title>\n<style>\n\(Self.css)\n</style>\n</head>\n<body>\n"
        // Heading
        o += "<table class=\"head\"><tr><td style=\"width:39%\">"
        if let parent = d.parentBody { o += "<p>\(esc(parent.uppercased()))</p>" }
        o += "<p><b>\(esc(d.issuingBody.uppercased()))</b></p>"
        o += d.layout == .party ? "<p>*</p>" : "<div class=\"rule\"></div>"
        o += "</td><td>"
        o += d.layout == .party ? "<p><b><u>\(esc(d.rightTop))</u></b></p>" : "<p><b>\(esc(d.rightTop))</b></p>"
        if let motto = d.rightBottom { o += "<p><b>\(esc(motto))</b></p><div class=\"rule motto-rule\"></div>" }
        o += "</td></tr>\n<tr><td><p>\(esc(d.numberLine))</p></td><td><p class=\"date\">\(esc(d.dateLine))</p></td></tr></table>\n"
        o += "<h1>\(esc(d.documentType))</h1>\n<h2 class=\"summary\">\(esc(d.summary))</h2>\n<div class=\"rule\" style=\"width:18%\"></div>\n"
        // I.
        o += "<h3>\(esc(d.resultsHeading))</h3>\n"
        for p in d.results { o += "<p class=\"body\">\(inlines(p))</p>\n" }
        if !d.table.isEmpty {
            o += "<p class=\"caption\">\(esc(d.tableTitle))</p>\n<table class=\"grid\">\n\(Self.columns(DocxWriter.tableWidths))<thead><tr>"
            o += d.tableHeader.map { "<th>\(esc($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for r in d.table {
                o += "<tr><td class=\"c\">\(esc(r.number))</td><td>\(esc(r.indicator))\(notes(r.notes))</td><td class=\"c\">\(esc(r.unit))</td>"
                o += [r.plan, r.month, r.ytd, r.change, r.share].map {
                    "<td class=\"n\">\(esc($0).replacingOccurrences(of: "\n", with: "<br>"))</td>"
                }.joined() + "</tr>\n"
            }
            o += "</tbody></table>\n"
        }
        if !d.charts.isEmpty {
            o += "<p class=\"caption\">\(esc(d.chartsHeading))</p>\n"
            for chart in d.charts { o += "<figure>\(BriefSVGChart(chart: chart, lang: d.lang).svg())</figure>\n" }
        }
        // II.
        o += "<h3>\(esc(d.resolutionsHeading))</h3>\n"
        if let empty = d.resolutionsEmpty { o += "<p class=\"body\">\(esc(empty))</p>\n" }
        for (i, res) in d.resolutions.enumerated() {
            o += "<h4>\(i + 1). \(esc(res.title))</h4>\n<table class=\"grid\">\n\(Self.columns(DocxWriter.itemWidths))<thead><tr>"
            o += d.itemHeader.map { "<th>\(esc($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for (j, item) in res.items.enumerated() {
                o += "<tr><td class=\"c\">\(j + 1)</td><td>\(esc(item.title))\(notes(item.notes))</td><td>\(esc(item.lead))</td>"
                o += "<td class=\"c\">\(esc(item.due))</td><td>\(esc(item.status))</td></tr>\n"
            }
            o += "</tbody></table>\n"
        }
        // The last office section stays on the page of the signature (the signature never stands alone on a page).
        for (i, section) in d.officeSections.enumerated() {
            if i == d.officeSections.count - 1 { o += "<div class=\"end\">\n" }
            o += "<h3>\(esc(section))</h3>\n<p class=\"body\"><i>\(esc(d.officeNote))</i></p>\n"
            o += String(repeating: "<p class=\"dots\">\(String(repeating: "…", count: 50))</p>\n", count: 3)
        }
        // Recipients and signature
        o += "<table class=\"sign\"><tr><td class=\"recipients\" style=\"width:47%\"><b>\(esc(d.recipientsLabel))</b><br>"
        o += d.recipients.map { "- " + esc($0) }.joined(separator: "<br>")
        o += "</td><td class=\"signer\">" + d.signer.map { esc($0.uppercased()) }.joined(separator: "<br>")
        o += "<br><br><br><br>\(esc(d.signerName))</td></tr></table>\n"
        if !d.officeSections.isEmpty { o += "</div>\n" }
        if !d.footnotes.isEmpty {
            o += "<div class=\"notes\">\n"
            for (i, note) in d.footnotes.enumerated() { o += "<p id=\"fn\(i + 1)\"><sup>\(i + 1)</sup> \(esc(note))</p>\n" }
            o += "</div>\n"
        }
        return o + "</body>\n</html>\n"
    }

    /// The columns of a table in the Word document's proportions (fixed layout: a short word such as "tỷ đồng" or
    /// a date is never broken letter by letter).
    static func columns(_ widths: [Int]) -> String {
        let total = widths.reduce(0, +)
        return "<colgroup>" + widths.map { String(format: "<col style=\"width:%.1f%%\">", Double($0) * 100 / Double(total)) }.joined() + "</colgroup>\n"
    }

    func inlines(_ parts: [DocInline]) -> String {
        parts.map { part in
            switch part {
            case .text(let s): return esc(s)
            case .note(let n): return notes([n])
            }
        }.joined()
    }

    func notes(_ ns: [Int]) -> String {
        ns.map { "<sup><a href=\"#fn\($0 + 1)\">\($0 + 1)</a></sup>" }.joined()
    }
}
