import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
import ZIPFoundation

/// `chiso brief` as an office would use it: the Word document's structure read back from its zip and XML (page,
/// margins, font, table, footnotes, charts, no dashboard marks), the same bytes twice for docx, html and md, the
/// office file's blanks and errors, and the round trips through LibreOffice (DOCX → PDF) and headless Chromium
/// (HTML → PDF), read with pdftotext and pdfinfo. A round trip whose tools are missing is skipped, naming the
/// Debian package.
final class BriefDocumentTests: XCTestCase {
    var work = ""

    /// Every headline figure of the 10 June 2025 report, as the Vietnamese brief writes it.
    static let headlineFigures = ["18,4%", "13,89%", "13,69%", "11.360", "64,1%", "8,4%", "30,01%", "8.098,4", "23", "73"]
    static let dateLine = "Nghệ An, ngày 10 tháng 6 năm 2025"
    static let office = """
    parent_body: Đảng bộ tỉnh Nghệ An
    issuing_body: Tỉnh ủy
    place: Nghệ An
    layout: party
    recipients:
      - Ban Thường vụ Tỉnh ủy
    """

    override func setUpWithError() throws {
        try ChisoProcess.requireBinary()
        var template = Array((NSTemporaryDirectory() + "/chiso-brief-test-XXXXXX").replacingOccurrences(of: "//", with: "/").utf8CString)
        let ok = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) != nil }
        XCTAssertTrue(ok)
        work = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let folder = work
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        try Self.office.write(toFile: work + "/office.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: work + "/config", withIntermediateDirectories: true)
    }

    /// Runs `chiso brief` for Nghệ An, May 2025, dated 10 June 2025, with the test's office file.
    @discardableResult
    func brief(_ format: String, out: String?, extra: [String] = [], file: StaticString = #filePath, line: UInt = #line) throws -> ChisoProcess.Output {
        var args = ["brief", "--province", "nghe-an", "--month", "2025-05", "--date", "2025-06-10", "--office", work + "/office.yaml", "--format", format]
        if let out { args += ["--out", out] }
        let result = try ChisoProcess.run(args + extra, environment: ["XDG_CONFIG_HOME": work + "/config"])
        XCTAssertEqual(result.status, 0, "chiso brief --format \(format): \(result.stderr)", file: file, line: line)
        return result
    }

    func entry(_ archive: Archive, _ path: String) throws -> Data {
        guard let e = archive[path] else { throw XCTSkip("no \(path) in the docx") }
        var data = Data()
        _ = try archive.extract(e) { data.append($0) }
        return data
    }

    func xml(_ data: Data) throws -> XMLDocument { try XMLDocument(data: data, options: []) }

    func attr(_ node: XMLNode, _ name: String) -> String? { (node as? XMLElement)?.attribute(forName: name)?.stringValue }

    func testDocxStructureFromItsZipAndXML() throws {
        let path = work + "/brief.docx"
        try brief("docx", out: path)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let archive = try Archive(data: data, accessMode: .read)
        let doc = try xml(try entry(archive, "word/document.xml"))
        // A4 portrait; margins within Decree 30's ranges (twips: 20–25 mm = 1134–1417, 30–35 mm = 1701–1984, 15–20 mm = 850–1134).
        let size = try XCTUnwrap(try doc.nodes(forXPath: "//*[local-name()='pgSz']").first)
        XCTAssertEqual(attr(size, "w:w"), "11906")
        XCTAssertEqual(attr(size, "w:h"), "16838")
        XCTAssertNil(attr(size, "w:orient"))
        let margins = try XCTUnwrap(try doc.nodes(forXPath: "//*[local-name()='pgMar']").first)
        func twips(_ name: String) -> Int { Int(attr(margins, name) ?? "") ?? -1 }
        XCTAssertTrue((1134...1417).contains(twips("w:top")) && (1134...1417).contains(twips("w:bottom")), "top/bottom margins")
        XCTAssertTrue((1701...1984).contains(twips("w:left")), "left margin")
        XCTAssertTrue((850...1134).contains(twips("w:right")), "right margin")
        // Page numbers from page 2: a first-page header of its own (empty) and a PAGE field in the default one.
        XCTAssertEqual(try doc.nodes(forXPath: "//*[local-name()='titlePg']").count, 1)
        XCTAssertTrue(String(decoding: try entry(archive, "word/header1.xml"), as: UTF8.self).contains(" PAGE "))
        XCTAssertFalse(String(decoding: try entry(archive, "word/header2.xml"), as: UTF8.self).contains("PAGE"))
        // Times New Roman, 13–14 pt by default.
        let styles = try xml(try entry(archive, "word/styles.xml"))
        let fonts = try styles.nodes(forXPath: "//*[local-name()='rPrDefault']//*[local-name()='rFonts']")
        XCTAssertEqual(fonts.first.flatMap { attr($0, "w:ascii") }, "Times New Roman")
        let sz = try styles.nodes(forXPath: "//*[local-name()='rPrDefault']//*[local-name()='sz']").first.flatMap { attr($0, "w:val") }
        XCTAssertTrue(["26", "27", "28"].contains(sz ?? ""), "body size \(sz ?? "none") half points")
        // The indicator table with its eight columns, in order.
        let text = try doc.nodes(forXPath: "//*[local-name()='t']").compactMap(\.stringValue).joined()
        let headers = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", "Thực hiện tháng", "Lũy kế", "So cùng kỳ (%)", "So kế hoạch (%)"]
        let rows = try doc.nodes(forXPath: "//*[local-name()='tbl']/*[local-name()='tr']")
        let headerRow = rows.first { row in
            let cells = (try? row.nodes(forXPath: "./*[local-name()='tc']").map { $0.stringValue ?? "" }) ?? []
            return cells == headers
        }
        XCTAssertNotNil(headerRow, "no table row with the columns \(headers)")
        // Every headline figure, the date line and the office's place; "ước" where the report says estimated.
        for figure in Self.headlineFigures { XCTAssertTrue(text.contains(figure), "\(figure) not in the document") }
        XCTAssertTrue(text.contains(Self.dateLine))
        XCTAssertTrue(text.contains("Thu ngân sách nhà nước trên địa bàn 5 tháng đạt 11.360 tỷ đồng, bằng 64,1% dự toán, tăng 8,4% so với cùng kỳ"))
        XCTAssertTrue(text.contains("ĐẢNG BỘ TỈNH NGHỆ AN") && text.contains("ĐẢNG CỘNG SẢN VIỆT NAM"))
        XCTAssertTrue(text.contains("tháng 5 ước tăng 18,4% so với cùng kỳ") && text.contains("lũy kế 5 tháng ước tăng 13,89%"))
        XCTAssertFalse(text.contains("ước tăng 13,69%") || text.contains(" ước đạt"), "only the IIP figures are estimates")
        // The office's own sections are there, and empty of text.
        XCTAssertTrue(text.contains("III. TỒN TẠI, HẠN CHẾ") && text.contains("IV. NHIỆM VỤ, GIẢI PHÁP THÁNG TỚI"))
        // No dashboard marks.
        for mark in ["⚑", "~", "†", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█", "3/8"] {
            XCTAssertFalse(text.contains(mark), "dashboard mark \(mark) in the document")
        }
        // Real footnotes: one per mark, with publisher, address, date, and the earlier publication of a revised figure.
        let marks = try doc.nodes(forXPath: "//*[local-name()='footnoteReference']")
        let notesDoc = try xml(try entry(archive, "word/footnotes.xml"))
        let notes = try notesDoc.nodes(forXPath: "//*[local-name()='footnote'][not(@*[local-name()='type'])]")
        XCTAssertGreaterThan(marks.count, 5)
        XCTAssertEqual(marks.count, notes.count)
        let noteText = notes.compactMap(\.stringValue).joined(separator: "\n")
        XCTAssertTrue(noteText.contains("baonghean.vn, https://baonghean.vn/en/"))
        XCTAssertTrue(noteText.contains("công bố ngày 10/6/2025"))
        XCTAssertTrue(noteText.contains("Số liệu công bố ngày 3/6/2025 (vneconomy.vn): thu ngân sách nhà nước trên địa bàn 5 tháng đạt 10.846 tỷ đồng, bằng 61,2% dự toán, tăng 3,5% so với cùng kỳ."), noteText)
        XCTAssertTrue(noteText.contains("số liệu tính đến ngày 20/5/2025"))
        // One footnote per source: no two footnotes alike; a source cited again is a NOTEREF field to the bookmark
        // around its footnote's first mark, showing that footnote's number as a footnote mark.
        let texts = notes.compactMap(\.stringValue)
        XCTAssertEqual(Set(texts).count, texts.count, "a footnote repeated")
        let instructions = try doc.nodes(forXPath: "//*[local-name()='instrText']").compactMap(\.stringValue)
        let refs = instructions.filter { $0.contains("NOTEREF") }
        XCTAssertGreaterThan(refs.count, 5, "the report's page is cited in many rows")
        let bookmarks = Set(try doc.nodes(forXPath: "//*[local-name()='bookmarkStart']").compactMap { attr($0, "w:name") })
        for ref in refs {
            let name = ref.split(separator: " ").dropFirst().first.map(String.init) ?? ""
            XCTAssertTrue(bookmarks.contains(name), "\(ref) points to no bookmark")
        }
        // Fixed dates and order in the zip: every entry dated 1980-01-01 00:00 UTC, the parts in the writer's order.
        for e in archive {
            let date = e.fileAttributes[.modificationDate] as? Date
            XCTAssertEqual(date?.timeIntervalSince1970, 315_532_800, "\(e.path) dated \(String(describing: date))")
        }
        XCTAssertEqual(Array(archive.map(\.path).prefix(3)), ["[Content_Types].xml", "_rels/.rels", "word/document.xml"])
        // A value that stops before its month ends says so in its cell, on a line of its own: the disbursement to
        // 20 May and the month computed from it.
        let body = String(decoding: try entry(archive, "word/document.xml"), as: UTF8.self)
        for value in ["448", "2.703,973"] {
            XCTAssertTrue(body.contains(value + "</w:t><w:br/><w:t xml:space=\"preserve\">(đến 20/5)</w:t>"), "\(value) without its as-of date in the table")
        }
        // A percentage from the data's texts is written as the document writes its own ("10,5%").
        XCTAssertTrue(text.contains("phấn đấu tăng 10,5% năm 2025"), "item title")
        XCTAssertNil(text.range(of: "[0-9] %", options: .regularExpression), "a percentage with a space in the document")
        // The office's lines are dot leaders to a right tab at the margin (one full line each, never wrapped),
        // not runs of "…" that break onto a second line.
        XCTAssertEqual(body.components(separatedBy: "<w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9355\"/>").count - 1, 6)
        XCTAssertFalse(text.contains(String(repeating: "…", count: 20)))
        // The last section's heading, note and lines and the empty line before the signature are kept with the
        // signature's table, which never stands alone on the last page.
        let beforeSignature = body.components(separatedBy: "<w:tbl>").dropLast().last ?? ""
        let kept = beforeSignature.components(separatedBy: "IV. NHIỆM VỤ, GIẢI PHÁP THÁNG TỚI").last ?? ""
        XCTAssertEqual(kept.components(separatedBy: "<w:p>").count - 1, 5, "note, three lines, empty line")
        XCTAssertEqual(kept.components(separatedBy: "<w:keepNext/>").count - 1, 5, "every paragraph kept with the next")
        // Three native charts.
        for i in 1...3 { XCTAssertNotNil(archive["word/charts/chart\(i).xml"], "chart \(i)") }
        XCTAssertEqual(try doc.nodes(forXPath: "//*[local-name()='chart']").count, 3)
    }

    func testSameBytesTwiceForDocxHtmlAndMarkdown() throws {
        for format in ["docx", "html", "md"] {
            let a = work + "/a." + format, b = work + "/b." + format
            try brief(format, out: a)
            try brief(format, out: b)
            let first = try Data(contentsOf: URL(fileURLWithPath: a))
            XCTAssertGreaterThan(first.count, 1000)
            XCTAssertEqual(first, try Data(contentsOf: URL(fileURLWithPath: b)), "\(format) differs between two runs")
        }
    }

    func testWithoutAnOfficeFileTheOfficesFieldsAndTheDateStayBlank() throws {
        let result = try ChisoProcess.run(["brief", "--province", "nghe-an", "--month", "2025-05", "--format", "md"],
                                          environment: ["XDG_CONFIG_HOME": work + "/config"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("……………, ngày … tháng … năm …"), "date line not blank")
        XCTAssertTrue(result.stdout.contains("Số ……………"))
        XCTAssertFalse(result.stdout.contains("ĐẢNG BỘ TỈNH"), "an issuing body was invented")
        // The default office file is found under XDG_CONFIG_HOME.
        try FileManager.default.createDirectory(atPath: work + "/config/chiso", withIntermediateDirectories: true)
        try Self.office.write(toFile: work + "/config/chiso/office.yaml", atomically: true, encoding: .utf8)
        let found = try ChisoProcess.run(["brief", "--province", "nghe-an", "--month", "2025-05", "--format", "md"],
                                         environment: ["XDG_CONFIG_HOME": work + "/config"])
        XCTAssertTrue(found.stdout.contains("ĐẢNG BỘ TỈNH NGHỆ AN"), found.stderr)
    }

    func testEstimatedOnlyWhereTheDataMarksAnEstimate() throws {
        // Nghệ An's 2024 IIP row says "estimate at the 25 Dec 2024 meeting"; of the May 2025 rows of the 10 June
        // report, the two IIP figures the report calls estimated.
        let december = try ChisoProcess.run(["brief", "--province", "nghe-an", "--month", "2024-12", "--format", "md"],
                                            environment: ["XDG_CONFIG_HOME": work + "/config"])
        XCTAssertTrue(december.stdout.contains("Chỉ số sản xuất công nghiệp (IIP) cả năm ước tăng 15% so với cùng kỳ"), december.stdout)
        let may = try brief("md", out: nil)
        XCTAssertTrue(may.stdout.contains("tháng 5 ước tăng 18,4% so với cùng kỳ"), may.stdout)
        XCTAssertTrue(may.stdout.contains("lũy kế 5 tháng ước tăng 13,89%"), may.stdout)
        for plain in ["tăng 13,69%", "đạt 11.360 tỷ đồng", "tăng 8,4%", "đạt 30,01%", "là 23"] {
            XCTAssertTrue(may.stdout.contains(plain) && !may.stdout.contains("ước " + plain), "\(plain): not marked an estimate")
        }
    }

    /// Every clause of section I has its subject and verb, in both languages: a clause that continues the
    /// previous one's indicator says "it" in English; counts are said as numbers of things.
    func testSectionOneSentencesAreCompleteInBothLanguages() throws {
        let vi = try brief("md", out: nil).stdout
        XCTAssertTrue(vi.contains("Giải ngân vốn đầu tư công tính đến ngày 20/5/2025 đạt 2.703,973 tỷ đồng; 5 tháng đạt 30,01% kế hoạch."), vi)
        XCTAssertTrue(vi.contains("Số dự án được chấp thuận chủ trương đầu tư 5 tháng là 23; số dự án điều chỉnh 5 tháng là 73;"), vi)
        XCTAssertTrue(vi.contains("lũy kế 5 tháng ước tăng 13,89%, trong đó công nghiệp chế biến, chế tạo tăng 13,69%."), vi)
        // The brief of the 10 June 2025 meeting (without the later pages' May manufacturing figure).
        let en = try brief("md", out: nil, extra: ["--lang", "en", "--vintage", "2025-06-10"]).stdout
        // As an English-language report writes it: "the" before "index of …", a verb, "year on year", a part of the
        // index by its own name ("manufacturing", not "IIP, manufacturing"), amounts as "VND 11,360 billion".
        for sentence in ["The index of industrial production (IIP) rose an estimated 18.4% year on year in May; in the first 5 months it rose an estimated 13.89%, with manufacturing up 13.69%.",
                         "State budget revenue collected in the area in the first 5 months reached VND 11,360 billion, 64.1% of the year's estimate, up 8.4% year on year.",
                         "Public investment disbursed as of 20 May 2025 reached VND 2,703.973 billion; in the first 5 months it reached 30.01% of the year's plan.",
                         "The number of projects granted investment approval in the first 5 months was 23; the number of projects adjusted in the first 5 months was 73;",
                         "newly granted and increased investment capital in the first 5 months reached VND 8,098.4 billion.",
                         "| State budget revenue collected in the area[^4] | VND billion |"] {
            XCTAssertTrue(en.contains(sentence), "\(sentence)\n\(en)")
        }
        for wrong in ["VND bn", "IIP, manufacturing was", "on a year earlier", " was up ", "finish quickly"] {
            XCTAssertFalse(en.contains(wrong), "\(wrong)\n\(en)")
        }
        // Nothing Vietnamese in the English brief (without an office file, whose names are the office's own).
        let plain = try ChisoProcess.run(["brief", "--province", "nghe-an", "--month", "2025-05", "--lang", "en", "--format", "md"],
                                         environment: ["XDG_CONFIG_HOME": work + "/config"]).stdout
        XCTAssertTrue(plain.contains("VND 11,360 billion"), plain)
        XCTAssertNil(plain.range(of: "[^\\x{00}-\\x{7F}…–“”’]", options: .regularExpression), "a Vietnamese letter in the English brief")
        // No clause of section I starts with a time and goes straight to a verb ("in the first 5 months reached …").
        let section = en.components(separatedBy: "## I.").last?.components(separatedBy: "**").first ?? ""
        for clause in section.components(separatedBy: "; ") {
            XCTAssertNil(clause.range(of: "^(in the first [0-9]+ months|in [A-Z][a-z]+|as of [0-9]+ [A-Z][a-z]+ [0-9]{4}|over the year as a whole) (reached|rose|fell|up|down|was)\\b", options: .regularExpression),
                         "a clause without a subject: \(clause)")
        }
    }

    /// A figure published with other values earlier gets one sentence per earlier publication, naming each of its
    /// values with what it is, not "Số liệu công bố ngày 3/6/2025: …" once per value.
    func testRevisedFiguresAreOneSentencePerPublicationInBothLanguages() throws {
        let cases = [("vi", "Số liệu công bố ngày 3/6/2025",
                      "Số liệu công bố ngày 3/6/2025 (vneconomy.vn): thu ngân sách nhà nước trên địa bàn 5 tháng đạt 10.846 tỷ đồng, bằng 61,2% dự toán, tăng 3,5% so với cùng kỳ.",
                      "Số liệu công bố ngày 3/6/2025 (vneconomy.vn): giải ngân vốn đầu tư công tính đến ngày 20/5/2025 đạt 27,03% kế hoạch."),
                     ("en", "Figures published 3 June 2025",
                      "Figures published 3 June 2025 (vneconomy.vn): state budget revenue collected in the area in the first 5 months reached VND 10,846 billion, 61.2% of the year's estimate, up 3.5% year on year.",
                      "Figures published 3 June 2025 (vneconomy.vn): public investment disbursed as of 20 May 2025 reached 27.03% of the year's plan.")]
        for (lang, lead, budget, disbursement) in cases {
            let md = try brief("md", out: nil, extra: ["--lang", lang, "--vintage", "2025-06-10"]).stdout
            let notes = md.split(separator: "\n").filter { $0.hasPrefix("[^") }
            XCTAssertGreaterThan(notes.count, 4)
            for note in notes {
                XCTAssertLessThanOrEqual(note.components(separatedBy: lead).count - 1, 1, "\(lang): the earlier publication named twice in \(note)")
            }
            XCTAssertTrue(md.contains(budget), "\(lang)\n\(md)")
            XCTAssertTrue(md.contains(disbursement), "\(lang)\n\(md)")
        }
    }

    /// The disbursement to 20 May, and the month computed from it, say so in the table, in both languages.
    func testATableValueThatStopsBeforeItsMonthEndsSaysSoInItsCell() throws {
        let vi = try brief("md", out: nil).stdout
        XCTAssertTrue(vi.contains("| tỷ đồng | 10.837 | 448 (đến 20/5) | 2.703,973 (đến 20/5) | - | 30,01 |"), vi)
        let en = try brief("md", out: nil, extra: ["--lang", "en"]).stdout
        XCTAssertTrue(en.contains("| 448 (to 20 May) | 2,703.973 (to 20 May) |"), en)
        let html = try brief("html", out: nil).stdout
        XCTAssertTrue(html.contains("<td class=\"n\">448<br>(đến 20/5)</td>"), "html")
    }

    func testABadOfficeFileIsReportedAtItsLineAndColumn() throws {
        try "issuing_body: Tỉnh ủy\nlayout: [party\n".write(toFile: work + "/bad.yaml", atomically: true, encoding: .utf8)
        try "issuing_body: Tỉnh ủy\nlayuot: party\n".write(toFile: work + "/typo.yaml", atomically: true, encoding: .utf8)
        for (file, expected) in [("bad.yaml", "bad.yaml:3:1:"), ("typo.yaml", "typo.yaml:2:1: unknown key 'layuot'")] {
            let result = try ChisoProcess.run(["brief", "--province", "nghe-an", "--month", "2025-05", "--office", work + "/" + file, "--format", "md", "--lang", "en"])
            XCTAssertEqual(result.status, 1)
            XCTAssertTrue(result.stderr.contains(expected), "\(file): \(result.stderr)")
        }
        // In the brief's language, Vietnamese by default.
        let vi = try ChisoProcess.run(["brief", "--province", "nghe-an", "--month", "2025-05", "--office", work + "/typo.yaml", "--format", "md"])
        XCTAssertEqual(vi.status, 1)
        XCTAssertTrue(vi.stderr.contains("typo.yaml:2:1: không có khóa “layuot” (parent_body, issuing_body,"), vi.stderr)
    }

    // MARK: Round trips

    func tool(_ name: String, package: String) throws -> String {
        for dir in ["/usr/bin/", "/usr/local/bin/", "/bin/"] where FileManager.default.isExecutableFile(atPath: dir + name) { return dir + name }
        throw XCTSkip("\(name) is not installed: install the Debian package \(package) (make setup does)")
    }

    /// The height (points) of the box of the first word `word` of a PDF, as pdftotext measures it: for the 14 pt
    /// title, about 16 pt; a browser that shrinks an overflowing page to fit prints it much smaller.
    func height(of word: String, in pdf: String) throws -> Double? {
        let boxes = try ChisoProcess.run(["-bbox", "-f", "1", "-l", "1", pdf, "-"], executable: try tool("pdftotext", package: "poppler-utils")).stdout
        guard let line = boxes.split(separator: "\n").first(where: { $0.hasSuffix(">" + word + "</word>") }) else { return nil }
        func value(_ name: String) -> Double? {
            guard let r = line.range(of: name + "=\"") else { return nil }
            return Double(line[r.upperBound...].prefix { $0 != "\"" })
        }
        guard let top = value("yMin"), let bottom = value("yMax") else { return nil }
        return bottom - top
    }

    /// The text of a PDF with its white space made single spaces, and its page size line.
    func read(pdf: String) throws -> (text: String, info: String) {
        let text = try ChisoProcess.run([pdf, "-"], executable: try tool("pdftotext", package: "poppler-utils"))
        let info = try ChisoProcess.run([pdf], executable: try tool("pdfinfo", package: "poppler-utils"))
        let flat = text.stdout.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return (flat, info.stdout)
    }

    func checkPrinted(_ pdf: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let (text, info) = try read(pdf: pdf)
        XCTAssertTrue(info.contains("(A4)"), "not A4: \(info)", file: file, line: line)
        for figure in Self.headlineFigures { XCTAssertTrue(text.contains(figure), "\(figure) not in the PDF", file: file, line: line) }
        XCTAssertTrue(text.contains(Self.dateLine), "date line not in the PDF", file: file, line: line)
        XCTAssertTrue(text.contains("BÁO CÁO"), file: file, line: line)
        // Printed at its size: the 14 pt title is not shrunk (a line that cannot break, wider than the page, made
        // Chromium scale every page to about 60%).
        let title = try XCTUnwrap(try height(of: "BÁO", in: pdf), "no title on page 1", file: file, line: line)
        XCTAssertGreaterThan(title, 13, "the 14 pt title printed \(title) pt high", file: file, line: line)
        // Every number printed, the charts' axis labels included, in Vietnamese format: no "12,000", no "20.0"
        // (a Vietnamese decimal never ends in 0, so "2.703,973" is Vietnamese and "12,000" or "9,060" English).
        let english = text.split(separator: " ").map(String.init).filter {
            $0.range(of: "^[0-9]{1,3}(,[0-9]{3})*,[0-9]{2}0$", options: .regularExpression) != nil
                || $0.range(of: "^[0-9]+\\.[0-9]{1,2}$", options: .regularExpression) != nil
        }
        XCTAssertEqual(english, [], "numbers in English format in the PDF", file: file, line: line)
    }

    func testLibreOfficeMakesAnA4PdfWithEveryHeadlineFigure() throws {
        _ = try tool("soffice", package: "libreoffice-writer-nogui")
        _ = try tool("pdftotext", package: "poppler-utils")
        let pdf = work + "/brief.pdf"
        try brief("pdf", out: pdf)
        try checkPrinted(pdf)
    }

    func testChromiumPrintsTheHtmlToAnA4PdfWithEveryHeadlineFigure() throws {
        let chromium = try tool("chromium", package: "chromium")
        _ = try tool("pdftotext", package: "poppler-utils")
        let html = work + "/brief.html", pdf = work + "/html.pdf"
        try brief("html", out: html)
        let run = try ChisoProcess.run(["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(work)/chromium",
                                        "--no-pdf-header-footer", "--print-to-pdf=\(pdf)", "file://\(html)"],
                                       environment: ["HOME": work, "TMPDIR": work], executable: chromium)
        XCTAssertTrue(FileManager.default.fileExists(atPath: pdf), "chromium made no PDF: \(run.stderr)")
        try checkPrinted(pdf)
    }
}
