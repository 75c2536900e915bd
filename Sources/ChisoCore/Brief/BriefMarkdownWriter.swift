import Foundation

/// Writes a `BriefDocument` as Markdown for pasting: the same text, table and footnotes (`[^1]`), no dashboard
/// marks and no charts (the Word and HTML briefs carry them).
public struct BriefMarkdownWriter {
    public let document: BriefDocument
    public init(_ document: BriefDocument) { self.document = document }

    func esc(_ s: String) -> String { Sanitizer.markdown(s) }
    /// A table cell: one line ("\n" in a figure cell becomes a space), "|" escaped.
    func cell(_ s: String) -> String { esc(s.replacingOccurrences(of: "\n", with: " ")).replacingOccurrences(of: "|", with: "\\|") }
    func notes(_ ns: [Int]) -> String { ns.map { "[^\($0 + 1)]" }.joined() }

    public func markdown() -> String {
        let d = document
        var o = ""
        o += [d.parentBody, d.issuingBody].compactMap { $0.map { esc($0.uppercased()) } }.joined(separator: "  \n") + "  \n"
        o += esc(d.numberLine) + "\n\n"
        o += "**" + esc(d.rightTop) + "**" + (d.rightBottom.map { "  \n**" + esc($0) + "**" } ?? "") + "\n\n"
        o += "*" + esc(d.dateLine) + "*\n\n"
        o += "# " + esc(d.documentType) + "\n\n**" + esc(d.summary) + "**\n\n"
        o += "## " + esc(d.resultsHeading) + "\n\n"
        for p in d.results {
            o += p.map { part -> String in
                switch part {
                case .text(let s): return esc(s)
                case .note(let n): return notes([n])
                }
            }.joined() + "\n\n"
        }
        if !d.table.isEmpty {
            o += "**" + esc(d.tableTitle) + "**\n\n"
            o += "| " + d.tableHeader.map(cell).joined(separator: " | ") + " |\n|--:|---|:-:|--:|--:|--:|--:|--:|\n"
            for r in d.table {
                o += "| " + ([r.number, cell(r.indicator) + notes(r.notes)] + r.figures.map(cell)).joined(separator: " | ") + " |\n"
            }
            o += "\n"
        }
        o += "## " + esc(d.resolutionsHeading) + "\n\n"
        if let empty = d.resolutionsEmpty { o += esc(empty) + "\n\n" }
        for (i, res) in d.resolutions.enumerated() {
            o += "**\(i + 1). " + esc(res.title) + "**\n\n"
            o += "| " + d.itemHeader.map(cell).joined(separator: " | ") + " |\n|--:|---|---|:-:|---|\n"
            for (j, item) in res.items.enumerated() {
                o += "| \(j + 1) | " + cell(item.title) + notes(item.notes) + " | " + [item.lead, item.due, item.status].map(cell).joined(separator: " | ") + " |\n"
            }
            o += "\n"
        }
        for section in d.officeSections {
            o += "## " + esc(section) + "\n\n*" + esc(d.officeNote) + "*\n\n" + String(repeating: "…", count: 30) + "\n\n"
        }
        o += "**" + esc(d.recipientsLabel) + "**\n\n" + d.recipients.map { "- " + esc($0) }.joined(separator: "\n") + "\n\n"
        o += d.signer.map { "**" + esc($0.uppercased()) + "**" }.joined(separator: "  \n") + "\n\n**" + esc(d.signerName) + "**\n"
        if !d.footnotes.isEmpty {
            o += "\n"
            for (i, note) in d.footnotes.enumerated() { o += "[^\(i + 1)]: " + esc(note) + "\n" }
        }
        return o
    }
}
