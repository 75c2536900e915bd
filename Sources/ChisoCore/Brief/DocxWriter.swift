import Foundation

/// Writes a `BriefDocument` as a Word document (WordprocessingML in a zip) laid out as Decree 30/2020/NĐ-CP's
/// appendix asks: A4 portrait, margins 20 mm top and bottom, 30 mm left, 15 mm right, Times New Roman 14 pt body,
/// page numbers centred in the top margin from page 2; real footnotes; charts as native Word charts (DrawingML).
/// The parts are in `DocxParts`, the charts in `DocxChart`; the zip is written by `DocxPackage` with fixed dates
/// and order, so the same document gives the same bytes.
public struct DocxWriter {
    public let document: BriefDocument
    public init(_ document: BriefDocument) { self.document = document }

    /// Width of the text area in twips: A4 (11906) less the left (1701) and right (850) margins.
    static let textWidth = 9355

    /// The indicator table's columns (twips, summing to the text width); "Thực hiện tháng" and "Lũy kế" are wide
    /// enough for a second line "(đến 20/5)".
    static let tableWidths = [640, 2215, 900, 1000, 1250, 1270, 1040, 1040]

    /// The columns of a resolution's items table (twips): STT, content, lead unit, due date, status.
    static let itemWidths = [560, 3855, 1900, 1300, 1740]

    /// The .docx file's bytes.
    public func data() throws -> Data {
        var body = BodyWriter(document: document)
        let xml = body.documentXML()
        var files: [(String, String)] = [
            ("[Content_Types].xml", DocxParts.contentTypes(charts: document.charts.count)),
            ("_rels/.rels", DocxParts.packageRels),
            ("word/document.xml", xml),
            ("word/_rels/document.xml.rels", DocxParts.documentRels(charts: document.charts.count)),
            ("word/styles.xml", DocxParts.styles(lang: document.lang)),
            ("word/settings.xml", DocxParts.settings),
            ("word/footnotes.xml", DocxParts.footnotes(body.footnoteTexts)),
            ("word/header1.xml", DocxParts.pageNumberHeader),
            ("word/header2.xml", DocxParts.emptyHeader),
        ]
        for (i, chart) in document.charts.enumerated() {
            files.append(("word/charts/chart\(i + 1).xml", DocxChart(chart: chart, lang: document.lang).xml()))
        }
        return try DocxPackage.zip(files.map { ($0.0, Data($0.1.utf8)) })
    }
}

/// Builds `word/document.xml`. A source cited in several places is one footnote: its first mark is the footnote
/// reference, inside a bookmark, and every later mark is a `NOTEREF` field to that bookmark, formatted as a footnote
/// mark, whose cached result is the footnote's number (Word has no shared footnotes; this is how Word itself cites a
/// footnote again, Insert › Cross-reference › Footnote number (formatted)).
struct BodyWriter {
    let document: BriefDocument
    private(set) var footnoteTexts: [String] = []
    /// The Word footnote id (1, 2, …, in the order the marks are written, which is their numbering) of each
    /// document footnote already written.
    private var footnoteIDs: [Int: Int] = [:]
    private var out = ""

    init(document: BriefDocument) { self.document = document }

    static let namespaces = """
    xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
    xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
    xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
    xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"
    """

    func esc(_ s: String) -> String { XMLText.escape(s) }

    /// A run of text; `size` in half points.
    func run(_ text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false, size: Int? = nil) -> String {
        var props = ""
        if bold { props += "<w:b/>" }
        if italic { props += "<w:i/>" }
        if underline { props += "<w:u w:val=\"single\"/>" }
        if let size { props += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>" }
        let rPr = props.isEmpty ? "" : "<w:rPr>\(props)</w:rPr>"
        // A "\n" is a line break inside the paragraph.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "<w:t xml:space=\"preserve\">\(esc(String($0)))</w:t>" }.joined(separator: "<w:br/>")
        return "<w:r>\(rPr)\(lines)</w:r>"
    }

    /// The mark of document footnote `index`: the footnote itself the first time, a reference to it afterwards.
    mutating func noteRun(_ index: Int) -> String {
        let style = "<w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr>"
        if let id = footnoteIDs[index] {
            return "<w:r>\(style)<w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r>\(style)<w:instrText xml:space=\"preserve\"> NOTEREF \(Self.bookmark(id)) \\f \\h </w:instrText></w:r>"
                + "<w:r>\(style)<w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r>\(style)<w:t>\(id)</w:t></w:r>"
                + "<w:r>\(style)<w:fldChar w:fldCharType=\"end\"/></w:r>"
        }
        footnoteTexts.append(document.footnotes[index])
        let id = footnoteTexts.count
        footnoteIDs[index] = id
        return "<w:bookmarkStart w:id=\"\(id)\" w:name=\"\(Self.bookmark(id))\"/>"
            + "<w:r>\(style)<w:footnoteReference w:id=\"\(id)\"/></w:r><w:bookmarkEnd w:id=\"\(id)\"/>"
    }

    /// The bookmark around footnote `id`'s first mark.
    static func bookmark(_ id: Int) -> String { "_RefNote\(id)" }

    /// A paragraph; `align` is left, center, right or both.
    func para(_ runs: String, align: String = "both", indent: Bool = false, after: Int = 120, before: Int = 0,
              keepNext: Bool = false, style: String? = nil, border: (left: Int, right: Int)? = nil) -> String {
        var pPr = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        if keepNext { pPr += "<w:keepNext/>" }
        if border != nil { pPr += "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>" }
        pPr += "<w:spacing w:before=\"\(before)\" w:after=\"\(after)\"/>"
        if let border { pPr += "<w:ind w:left=\"\(border.left)\" w:right=\"\(border.right)\"/>" } else if indent { pPr += "<w:ind w:firstLine=\"720\"/>" }
        pPr += "<w:jc w:val=\"\(align)\"/>"
        return "<w:p><w:pPr>\(pPr)</w:pPr>\(runs)</w:p>"
    }

    /// A line of dots across the text width for the office to write on: a tab to a right tab stop at the margin
    /// with a dot leader, so the dots end at the margin and never wrap (Word's own way of drawing such lines).
    func dottedLine(keepNext: Bool = false) -> String {
        "<w:p><w:pPr>" + (keepNext ? "<w:keepNext/>" : "") + "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"\(DocxWriter.textWidth)\"/></w:tabs>"
            + "<w:spacing w:before=\"0\" w:after=\"60\"/><w:jc w:val=\"left\"/></w:pPr><w:r><w:tab/></w:r></w:p>"
    }

    /// A short rule under a heading line, `width` twips long, centred in a space `within` twips wide.
    func rule(width: Int, within: Int) -> String {
        let side = max(0, (within - width) / 2)
        return para("", align: "center", after: 0, border: (side, side))
    }

    mutating func inlines(_ parts: [DocInline]) -> String {
        parts.map { part -> String in
            switch part {
            case .text(let s): return run(s)
            case .note(let n): return noteRun(n)
            }
        }.joined()
    }

    func cell(_ content: String, width: Int, borders: Bool = true, shade: Bool = false, vAlign: String = "center") -> String {
        var tcPr = "<w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
        if !borders {
            tcPr += "<w:tcBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/></w:tcBorders>"
        }
        if shade { tcPr += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F2F2F2\"/>" }
        tcPr += "<w:vAlign w:val=\"\(vAlign)\"/>"
        return "<w:tc><w:tcPr>\(tcPr)</w:tcPr>\(content)</w:tc>"
    }

    func table(_ widths: [Int], rows: [String], borders: Bool = true, header: Bool = false) -> String {
        let grid = widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
        let b = borders
            ? "<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/><w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/><w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/></w:tblBorders>"
            : "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>"
        let total = widths.reduce(0, +)
        let tblPr = "<w:tblPr><w:tblW w:w=\"\(total)\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>\(b)<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
        let body = rows.enumerated().map { i, r in
            i == 0 && header ? r.replacingOccurrences(of: "<w:tr>", with: "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>") : r
        }.joined()
        return "<w:tbl>\(tblPr)<w:tblGrid>\(grid)</w:tblGrid>\(body)</w:tbl>"
    }

    // MARK: The document

    mutating func documentXML() -> String {
        out = ""
        heading()
        out += para(run(document.resultsHeading, bold: true), align: "left", before: 240, keepNext: true)
        for p in document.results { out += para(inlines(p), indent: true) }
        indicatorTable()
        charts()
        resolutions()
        // The last office section is kept on the page of the signature, so the signature never stands alone on a
        // page of its own.
        for (i, section) in document.officeSections.enumerated() {
            let last = i == document.officeSections.count - 1
            out += para(run(section, bold: true), align: "left", before: 240, keepNext: true)
            out += para(run(document.officeNote, italic: true), indent: true, after: 60, keepNext: last)
            for _ in 0..<3 { out += dottedLine(keepNext: last) }
        }
        signature()
        // Page numbers from page 2: the first page has its own, empty header (titlePg).
        out += """
        <w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/><w:headerReference w:type="first" r:id="rIdHeader2"/>\
        <w:pgSz w:w="11906" w:h="16838"/>\
        <w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>\
        <w:titlePg/></w:sectPr>
        """
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document \(Self.namespaces)><w:body>\(out)</w:body></w:document>"
    }

    mutating func heading() {
        let left = 3685, right = DocxWriter.textWidth - 3685
        var l = ""
        if let parent = document.parentBody { l += para(run(parent.uppercased(), size: 26), align: "center", after: 0) }
        l += para(run(document.issuingBody.uppercased(), bold: true, size: 26), align: "center", after: 0)
        l += document.layout == .party ? para(run("*", size: 26), align: "center", after: 0) : rule(width: 1200, within: left)
        var r = para(run(document.rightTop, bold: true, underline: document.layout == .party, size: 26), align: "center", after: 0)
        if let motto = document.rightBottom {
            r += para(run(motto, bold: true, size: 28), align: "center", after: 0)
            r += rule(width: 3300, within: right)
        }
        let number = para(run(document.numberLine, size: 26), align: "center", after: 0, before: 120)
        let date = para(run(document.dateLine, italic: true, size: 28), align: "center", after: 0, before: 120)
        let rows = ["<w:tr>" + cell(l, width: left, borders: false, vAlign: "top") + cell(r, width: right, borders: false, vAlign: "top") + "</w:tr>",
                    "<w:tr>" + cell(number, width: left, borders: false, vAlign: "top") + cell(date, width: right, borders: false, vAlign: "top") + "</w:tr>"]
        out += table([left, right], rows: rows, borders: false)
        out += para(run(document.documentType, bold: true, size: 28), align: "center", after: 0, before: 360)
        out += para(run(document.summary, bold: true, size: 28), align: "center", after: 0)
        out += rule(width: 1600, within: DocxWriter.textWidth)
        out += para("", after: 120)
    }

    mutating func indicatorTable() {
        guard !document.table.isEmpty else { return }
        out += para(run(document.tableTitle, bold: true), align: "center", before: 120, keepNext: true)
        let w = DocxWriter.tableWidths
        func small(_ s: String, bold: Bool = false, align: String = "center") -> String {
            para(run(s, bold: bold, size: 22), align: align, after: 0)
        }
        var rows = ["<w:tr>" + zip(document.tableHeader, w).map { cell(small($0, bold: true), width: $1, shade: true) }.joined() + "</w:tr>"]
        for row in document.table {
            var name = run(row.indicator, size: 22)
            for n in row.notes { name += noteRun(n) }
            var cells = cell(small(row.number), width: w[0]) + cell(para(name, align: "left", after: 0), width: w[1])
            for (i, value) in row.figures.enumerated() {
                cells += cell(small(value, align: i == 0 ? "center" : "right"), width: w[i + 2])
            }
            rows.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>" + cells + "</w:tr>")
        }
        out += table(w, rows: rows, header: true)
        out += para("", after: 60)
    }

    mutating func charts() {
        guard !document.charts.isEmpty else { return }
        out += para(run(document.chartsHeading, bold: true), align: "center", before: 120, keepNext: true)
        let cx = 5_580_000, cy = 2_700_000
        for i in document.charts.indices {
            let drawing = """
            <w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="\(cx)" cy="\(cy)"/>\
            <wp:docPr id="\(i + 1)" name="\(esc(document.charts[i].title))"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">\
            <c:chart r:id="rIdChart\(i + 1)"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>
            """
            out += para(drawing, align: "center", after: 120)
        }
    }

    mutating func resolutions() {
        out += para(run(document.resolutionsHeading, bold: true), align: "left", before: 240, keepNext: true)
        if let empty = document.resolutionsEmpty { out += para(run(empty), indent: true) }
        let w = DocxWriter.itemWidths
        for (i, res) in document.resolutions.enumerated() {
            out += para(run("\(i + 1). " + res.title, bold: true, italic: true), indent: true, keepNext: true)
            func small(_ s: String, bold: Bool = false, align: String = "left") -> String { para(run(s, bold: bold, size: 22), align: align, after: 0) }
            var rows = ["<w:tr>" + zip(document.itemHeader, w).map { cell(small($0, bold: true, align: "center"), width: $1, shade: true) }.joined() + "</w:tr>"]
            for (j, item) in res.items.enumerated() {
                var title = run(item.title, size: 22)
                for n in item.notes { title += noteRun(n) }
                rows.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>" + cell(small("\(j + 1)", align: "center"), width: w[0])
                            + cell(para(title, align: "left", after: 0), width: w[1]) + cell(small(item.lead), width: w[2])
                            + cell(small(item.due, align: "center"), width: w[3]) + cell(small(item.status), width: w[4]) + "</w:tr>")
            }
            out += table(w, rows: rows, header: true)
            out += para("", after: 60)
        }
    }

    mutating func signature() {
        let left = 4400, right = DocxWriter.textWidth - 4400
        var l = para(run(document.recipientsLabel, bold: true, italic: true, size: 24), align: "left", after: 0)
        for r in document.recipients { l += para(run("- " + r, size: 22), align: "left", after: 0) }
        var r = ""
        for line in document.signer { r += para(run(line.uppercased(), bold: true, size: 28), align: "center", after: 0) }
        r += para("", after: 0) + para("", after: 0) + para("", after: 0)
        r += para(run(document.signerName, bold: true, size: 28), align: "center", after: 0)
        out += para("", after: 120, keepNext: true)
        out += table([left, right], rows: ["<w:tr><w:trPr><w:cantSplit/></w:trPr>" + cell(l, width: left, borders: false, vAlign: "top")
                                           + cell(r, width: right, borders: false, vAlign: "top") + "</w:tr>"], borders: false)
    }
}
