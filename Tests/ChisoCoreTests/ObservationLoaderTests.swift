import XCTest
@testable import ChisoCore

/// Each problem `chiso validate` must find, as a table: input, expected place and message.
final class ObservationLoaderTests: XCTestCase {
    struct Case {
        let name: String
        let csv: String
        let expect: String  // "LINE:COLUMN: severity: fragment"
        let hint: String?
    }

    let header = "province,period,indicator,basis,value,unit,source\n"
    let asOfHeader = "province,period,indicator,basis,value,unit,source,as_of,note\n"

    var cases: [Case] {
        [
            Case(name: "unknown province", csv: header + "Nge An,2025-05,iip_yoy,month,18.4,%,s\n", expect: "2:1: error: unknown province 'Nge An'", hint: "did you mean \"nghe-an\"?"),
            Case(name: "unknown indicator", csv: header + "nghe-an,2025-05,iip_yo,month,18.4,%,s\n", expect: "2:17: error: unknown indicator 'iip_yo'", hint: "did you mean \"iip_yoy\"?"),
            Case(name: "bad period", csv: header + "nghe-an,2025-13,iip_yoy,month,18.4,%,s\n", expect: "2:9: error: bad period '2025-13'", hint: "write the month as YYYY-MM (e.g. 2025-05) or a quarter as YYYY-Qn (e.g. 2025-Q1)"),
            Case(name: "year out of range", csv: header + "nghe-an,9999-05,iip_yoy,month,18.4,%,s\n", expect: "2:9: error: period 9999-05 is outside", hint: nil),
            Case(name: "vietnamese decimal", csv: header + "nghe-an,2025-05,budget_revenue,ytd,\"11.360,5\",VND bn,s\n", expect: "2:36: error: value '11.360,5' is not a number", hint: "use '.' as the decimal mark: 11360.5"),
            Case(name: "thousands separator", csv: header + "nghe-an,2025-05,budget_revenue,ytd,\"11,360\",VND bn,s\n", expect: "2:36: error: value '11,360' is not a number", hint: "use '.' as the decimal mark: 11.360"),
            Case(name: "nan", csv: header + "nghe-an,2025-05,iip_yoy,month,NaN,%,s\n", expect: "2:31: error: value 'NaN' is not a finite number", hint: nil),
            Case(name: "overflow", csv: header + "nghe-an,2025-05,iip_yoy,month,1e400,%,s\n", expect: "2:31: error: value '1e400' is not a finite number", hint: nil),
            Case(name: "negative count", csv: header + "nghe-an,2025-05,projects_approved,ytd,-3,count,s\n", expect: "2:39: error: a count cannot be negative", hint: nil),
            Case(name: "unit disagrees", csv: header + "nghe-an,2025-05,budget_revenue,ytd,11360,tỷ đồng,s\n", expect: "2:42: error: unit 'tỷ đồng' disagrees with the catalogue's 'VND bn'", hint: nil),
            Case(name: "bad basis", csv: header + "nghe-an,2025-05,iip_yoy,quarter,18.4,%,s\n", expect: "2:25: error: basis 'quarter' does not fit the month 2025-05", hint: "a month's basis is month or ytd; write the period as YYYY-Qn for a quarter"),
            Case(name: "unknown basis", csv: header + "nghe-an,2025-05,iip_yoy,week,18.4,%,s\n", expect: "2:25: error: bad basis 'week'", hint: "use month or ytd"),
            Case(name: "missing column", csv: "province,period,value\nnghe-an,2025-05,1\n", expect: "1:1: error: missing required column 'indicator'", hint: nil),
            Case(name: "empty file", csv: "", expect: "1:1: error: empty file", hint: nil),
            Case(name: "unterminated quote", csv: header + "nghe-an,2025-05,iip_yoy,month,18.4,%,\"open\n", expect: "2:38: error: unterminated quote", hint: nil),
            Case(name: "unknown column warns once", csv: "province,period,indicator,value,colour,size\nnghe-an,2025-05,iip_yoy,1\nnghe-an,2025-04,iip_yoy,1\n", expect: "1:33: warning: unknown columns ignored: colour, size", hint: nil),
            Case(name: "empty value", csv: header + "nghe-an,2025-05,iip_yoy,month,,%,s\n", expect: "2:31: error: empty value", hint: nil),
            Case(name: "header only", csv: "province,period,indicator,value\n\n", expect: "1:1: warning: no figures in obs.csv", hint: "the file has a header row and no row under it"),
            Case(name: "bad as_of", csv: asOfHeader + "nghe-an,2025-05,budget_revenue,ytd,2703.973,VND bn,s,20/5/2025,\n",
                 expect: "2:54: error: bad as_of date '20/5/2025'", hint: "write YYYY-MM-DD: the last day the figure covers"),
            Case(name: "as_of not a day", csv: asOfHeader + "nghe-an,2025-02,budget_revenue,ytd,2703.973,VND bn,s,2025-02-29,\n",
                 expect: "2:54: error: bad as_of date '2025-02-29'", hint: nil),
            Case(name: "as_of before the period", csv: asOfHeader + "nghe-an,2025-05,budget_revenue,ytd,2703.973,VND bn,s,2025-04-30,\n",
                 expect: "2:54: error: as_of 2025-04-30 is before the period 2025-05 starts", hint: nil),
            Case(name: "as_of after the period without a note", csv: asOfHeader + "nghe-an,2025-05,budget_revenue,ytd,2703.973,VND bn,s,2025-06-01,\n",
                 expect: "2:54: error: as_of 2025-06-01 is after the period 2025-05 ends, and no note says why",
                 hint: "say why in the note column (a year's public-investment plan, for example, is disbursed until 31 January of the next year)"),
        ]
    }

    func testEachProblemIsReportedAtItsLineAndColumn() {
        for c in cases {
            let (_, diagnostics) = TestData.load(c.csv)
            let rendered = diagnostics.map { "\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" }
            XCTAssertTrue(rendered.contains { $0.hasPrefix(c.expect) }, "\(c.name): expected \(c.expect), got \(rendered)")
            if let hint = c.hint {
                XCTAssertTrue(diagnostics.contains { $0.hint == hint }, "\(c.name): expected hint \(hint), got \(diagnostics.map { $0.hint ?? "-" })")
            }
        }
    }

    /// Every problem of the table, rendered in Vietnamese, is in Vietnamese: the severity word, the message and the
    /// hint come from the glossary's vi column (ids, values and file names stay as the data wrote them).
    func testEachProblemSpeaksVietnameseWhenAskedTo() {
        let english = [" is not ", "unknown ", "missing ", "empty ", "bad ", "did you mean", "write ", "use ", "error:", "warning:"]
        for c in cases {
            let (_, diagnostics) = TestData.load(c.csv)
            XCTAssertFalse(diagnostics.isEmpty, c.name)
            for d in diagnostics {
                let vi = d.description(.vi)
                XCTAssertNotEqual(vi, d.description(.en), c.name)
                XCTAssertTrue(vi.contains(": lỗi: ") || vi.contains(": cảnh báo: "), "\(c.name): \(vi)")
                for word in english { XCTAssertFalse(vi.contains(word), "\(c.name): '\(word)' in \(vi)") }
            }
        }
        let (_, unknown) = TestData.load(header + "Nge An,2025-05,iip_yoy,month,18.4,%,s\n")
        XCTAssertEqual(unknown.first?.description(.vi), "obs.csv:2:1: lỗi: tỉnh không rõ “Nge An” (có phải “nghe-an”?)")
    }

    func testUnknownColumnWarningIsGivenOncePerFile() {
        let (_, d) = TestData.load("province,period,indicator,value,colour\nnghe-an,2025-05,iip_yoy,1\nnghe-an,2025-04,iip_yoy,2\n")
        XCTAssertEqual(d.filter { $0.message.contains("unknown column") }.count, 1)
    }

    func testAsOfIsKeptWithTheFigureWhenItFallsInTheMonthOrANoteSaysWhyItIsLater() {
        let (rows, d) = TestData.load(asOfHeader
            + "nghe-an,2025-05,budget_revenue,ytd,2703.973,VND bn,s,2025-05-20,\n"
            + "nghe-an,2025-12,budget_revenue,ytd,1099.96,VND bn,s,2026-01-28,2025 plan; disbursed until 31 January of the next year\n"
            + "nghe-an,2025-04,budget_revenue,ytd,1,VND bn,s,,\n")
        XCTAssertEqual(d.map(\.description), [])
        XCTAssertEqual(rows.map(\.source.asOf), ["2025-05-20", "2026-01-28", nil])
        XCTAssertEqual(rows.map { $0.source.asOfLabel(period: $0.period, lang: .vi) }, ["đến 20/5", "đến 28/1/2026", nil])
        XCTAssertEqual(rows.map { $0.source.asOfLabel(period: $0.period, lang: .en) }, ["to 20 May", "to 28 Jan 2026", nil])
    }

    func testQuoteIsOptionalAndTheURLColumnMayBeCalledSourceOrSourceURL() {
        for urlColumn in ["source", "source_url"] {
            let (rows, d) = TestData.load("province,period,indicator,value,\(urlColumn),published,as_of,note\n"
                                          + "nghe-an,2025-05,iip_yoy,18.4,https://example.org/a,2025-06-10,,ours\n")
            XCTAssertEqual(d.map(\.description), [], urlColumn)
            XCTAssertEqual(rows.first?.source.citation, "https://example.org/a", urlColumn)
            XCTAssertEqual(rows.first?.source.quote, "", urlColumn)
            XCTAssertEqual(rows.first?.source.note, "ours", urlColumn)
        }
        let (quoted, _) = TestData.load("province,period,indicator,value,source,quote\nnghe-an,2025-05,iip_yoy,18.4,s,\"a user's own words\"\n")
        XCTAssertEqual(quoted.first?.source.quote, "a user's own words")
    }

    func testBadRowsAreSkippedAndGoodRowsKept() {
        let (rows, d) = TestData.load(header + "nghe-an,2025-05,iip_yoy,month,18.4,%,s\nNowhere,2025-05,iip_yoy,month,1,%,s\nnghe-an,2025-04,iip_yoy,month,7,%,s\n")
        XCTAssertEqual(rows.map(\.value), [18.4, 7])
        XCTAssertEqual(d.filter { $0.severity == .error }.count, 1)
    }

    func testProvinceNamesMatchIgnoringCaseDiacriticsAndPrefix() {
        for name in ["Nghệ An", "nghe an", "NGHE-AN", "Tỉnh Nghệ An", "nghe-an", "Nghe An"] {
            let (rows, d) = TestData.load("province,period,indicator,value\n\"\(name)\",2025-05,iip_yoy,1\n")
            XCTAssertEqual(rows.count, 1, "\(name): \(d)")
            XCTAssertEqual(rows.first.map { TestData.catalogue.units[$0.unit].id }, "nghe-an")
        }
        let (national, _) = TestData.load("province,period,indicator,value\nnational,2025-05,iip_yoy,1\nVietnam,2025-04,iip_yoy,1\n")
        XCTAssertEqual(national.map { TestData.catalogue.units[$0.unit].id }, ["vietnam", "vietnam"])
    }

    func testDecomposedUnicodeNamesMatchTheirComposedForm() {
        let decomposed = "Nghệ An".decomposedStringWithCanonicalMapping
        let (rows, _) = TestData.load("province,period,indicator,value\n\(decomposed),2025-05,iip_yoy,1\n")
        XCTAssertEqual(rows.count, 1)
    }

    func testAFormerNameBeforeJuly2025MeansTheFormerUnit() {
        let (rows, _) = TestData.load("province,period,indicator,value\nBac Ninh,2024-05,iip_yoy,1\nBac Ninh,2025-09,iip_yoy,2\nbac-ninh,2024-06,iip_yoy,3\n")
        XCTAssertEqual(rows.map { TestData.catalogue.units[$0.unit].id }, ["bac-ninh-former", "bac-ninh", "bac-ninh-former"])
    }

    func testColumnsInAnyOrderCaseInsensitiveWithBOMAndCRLF() {
        let text = "\u{FEFF}VALUE,Indicator,PERIOD,Province,Basis\r\n18.4,iip_yoy,2025-05,nghe-an,ytd\r\n"
        let (rows, d) = TestData.load(text)
        XCTAssertEqual(rows.count, 1, "\(d)")
        XCTAssertEqual(rows.first?.basis, .ytd)
        XCTAssertEqual(rows.first?.value, 18.4)
    }

    func testBasisDefaultsToMonth() {
        let (rows, _) = TestData.load("province,period,indicator,value\nnghe-an,2025-05,iip_yoy,1\n")
        XCTAssertEqual(rows.first?.basis, .month)
    }

    func testInvalidUTF8IsReportedWithByteOffsetAndTheRowSkipped() {
        var bytes = Array("province,period,indicator,value\nnghe-an,2025-05,iip_yoy,1\n".utf8)
        let offset = bytes.count + 3
        bytes += Array("ngh".utf8) + [0xFF] + Array("e,2025-04,iip_yoy,1\n".utf8)
        var rows: [RawObservation] = []
        var d: [Diagnostic] = []
        ObservationLoader.load(bytes: bytes, file: "x.csv", catalogue: TestData.catalogue, into: &rows, diagnostics: &d)
        XCTAssertEqual(rows.count, 1)
        XCTAssertTrue(d.contains { $0.line == 3 && $0.column == 4 && $0.message == "invalid UTF-8 at byte offset \(offset)" }, "\(d)")
    }

    func testConflictingDuplicateFromTheSameSourceNamesTheFirstLine() {
        let data = TestData.dataset(header + "nghe-an,2025-05,budget_revenue,ytd,11360,VND bn,s\nnghe-an,2025-05,budget_revenue,ytd,10846,VND bn,s\n")
        let error = data.diagnostics.first { $0.severity == .error }
        XCTAssertEqual(error?.line, 3)
        XCTAssertTrue(error?.message.contains("at line 2, which gave it first") ?? false, "\(String(describing: error))")
        XCTAssertEqual(data.figure("nghe-an", "budget_revenue", .ytd, Period(year: 2025, month: 5))?.value, 11360)
    }

    func testLaterPublicationWinsAndTheOtherIsKeptAsRevision() {
        let text = "province,period,indicator,basis,value,source,published\n"
            + "nghe-an,2025-05,budget_revenue,ytd,11360,report-10-june,2025-06-10\n"
            + "nghe-an,2025-05,budget_revenue,ytd,10846,report-3-june,2025-06-03\n"
        let data = TestData.dataset(text)
        let f = data.figure("nghe-an", "budget_revenue", .ytd, Period(year: 2025, month: 5))
        XCTAssertEqual(f?.value, 11360)
        XCTAssertEqual(f?.revisions.map(\.value), [10846])
        XCTAssertEqual(f?.revisions.first?.source.citation, "report-3-june")
        XCTAssertTrue(data.diagnostics.isEmpty, "\(data.diagnostics)")
    }

    func testUndatedConflictWarnsAndKeepsBoth() {
        let data = TestData.dataset(header + "nghe-an,2025-05,budget_revenue,ytd,11360,VND bn,a\nnghe-an,2025-05,budget_revenue,ytd,10846,VND bn,b\n")
        let f = data.figure("nghe-an", "budget_revenue", .ytd, Period(year: 2025, month: 5))
        XCTAssertEqual(f?.value, 10846)
        XCTAssertEqual(f?.revisions.map(\.value), [11360])
        XCTAssertTrue(data.diagnostics.contains { $0.severity == .warning && $0.message.contains("has another value") })
    }

    func testSameValueFromTwoSourcesIsAConfirmation() {
        let data = TestData.dataset(header + "nghe-an,2025-05,iip_yoy,month,18.4,%,a\nnghe-an,2025-05,iip_yoy,month,18.4,%,b\n")
        let f = data.figure("nghe-an", "iip_yoy", .month, Period(year: 2025, month: 5))
        XCTAssertEqual(f?.confirmations.map(\.citation), ["a"])
        XCTAssertTrue(f?.revisions.isEmpty ?? false)
    }

    func testRealFigureWinsOverSynthetic() {
        let data = TestData.dataset(header + "nghe-an,2025-05,iip_yoy,month,18.4,%,real\nnghe-an,2025-05,iip_yoy,month,3,%,synthetic: demo\n")
        XCTAssertEqual(data.figure("nghe-an", "iip_yoy", .month, Period(year: 2025, month: 5))?.value, 18.4)
    }

    func testYearToDateFlowThatFallsIsFlagged() {
        let data = TestData.dataset(header + "nghe-an,2025-04,budget_revenue,ytd,8980,VND bn,s\nnghe-an,2025-05,budget_revenue,ytd,8000,VND bn,s\n")
        let w = data.diagnostics.first { $0.message.contains("falls") }
        XCTAssertEqual(w?.line, 3)
        XCTAssertTrue(w?.message.contains("(line 2)") ?? false)
    }

    func testMissingFileFolderAndFIFOGiveDiagnostics() {
        let dir = TestData.tempDir(for: self)
        var d: [Diagnostic] = []
        var rows: [RawObservation] = []
        ObservationLoader.load(dir + "/nope.csv", catalogue: TestData.catalogue, into: &rows, diagnostics: &d)
        ObservationLoader.load(dir, catalogue: TestData.catalogue, into: &rows, diagnostics: &d)
        let fifo = dir + "/pipe.csv"
        mkfifo(fifo, 0o600)
        ObservationLoader.load(fifo, catalogue: TestData.catalogue, into: &rows, diagnostics: &d)
        XCTAssertEqual(d.map(\.message), ["cannot read: no such file or folder", "is a folder where a file is expected", "not a regular file (a FIFO, socket or device)"])
    }

    func testPermissionDeniedIsReported() throws {
        try XCTSkipIf(getuid() == 0, "root reads everything")
        let dir = TestData.tempDir(for: self)
        let file = dir + "/locked.csv"
        XCTAssertTrue(FileManager.default.createFile(atPath: file, contents: Data("province,period,indicator,value\n".utf8), attributes: [.posixPermissions: 0]))
        var d: [Diagnostic] = []
        var rows: [RawObservation] = []
        ObservationLoader.load(file, catalogue: TestData.catalogue, into: &rows, diagnostics: &d)
        XCTAssertEqual(d.first?.message, "cannot read: permission denied")
    }

    func testDiagnosticsAreSanitised() {
        let (_, d) = TestData.load("province,period,indicator,value\n\"\u{1B}]0;owned\u{07}\u{202E}x\",2025-05,iip_yoy,1\n")
        let text = d.map(\.description).joined()
        XCTAssertFalse(text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E }, text)
        XCTAssertTrue(text.contains("␛]0;owned␇"))
    }
}

/// The fast path and the careful path must read every row the same way.
final class FastPathEquivalenceTests: XCTestCase {
    func readCarefully(_ text: String, catalogue: Catalogue) -> ([RawObservation], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let table = CSVTable.parse(file: "x.csv", bytes: Array(text.utf8), diagnostics: &diagnostics),
              let header = ObservationLoader.header(from: table.headerFields, file: "x.csv", diagnostics: &diagnostics) else { return ([], diagnostics) }
        var buffer = ObservationBuffer()
        var state = ObservationLoader.FileState(file: "x.csv", fileID: buffer.fileID("x.csv"))
        for row in table.rows {
            ObservationLoader.processRow(row, header: header, state: &state, catalogue: catalogue, into: &buffer, diagnostics: &diagnostics)
        }
        ObservationLoader.finish(state, diagnostics: &diagnostics)
        return (buffer.rows, diagnostics)
    }

    /// Asserts that both paths read `text` alike, and that the fast path read `fastRows` of
    /// its rows (and the careful path `carefulRows` records), so a fast path that takes no row,
    /// or takes rows it should hand over, turns the test red.
    func assertSame(_ text: String, catalogue: Catalogue, fastRows: Int, carefulRows: Int,
                    file: StaticString = #filePath, line: UInt = #line) {
        var fastDiagnostics: [Diagnostic] = []
        var fast: [RawObservation] = []
        let counts = ObservationLoader.load(bytes: Array(text.utf8), file: "x.csv", catalogue: catalogue, into: &fast, diagnostics: &fastDiagnostics)
        XCTAssertEqual(counts, ObservationLoader.PathCounts(fastRows: fastRows, carefulRows: carefulRows), "rows read by each path", file: file, line: line)
        let (careful, carefulDiagnostics) = readCarefully(text, catalogue: catalogue)
        XCTAssertEqual(fast.count, careful.count, file: file, line: line)
        for (a, b) in zip(fast, careful) {
            XCTAssertEqual(a.unit, b.unit, file: file, line: line)
            XCTAssertEqual(a.period, b.period, file: file, line: line)
            XCTAssertEqual(a.indicator, b.indicator, file: file, line: line)
            XCTAssertEqual(a.basis, b.basis, file: file, line: line)
            XCTAssertEqual(a.value, b.value, file: file, line: line)
            XCTAssertEqual(a.source, b.source, "line \(a.source.line)", file: file, line: line)
            XCTAssertEqual(a.valueColumn, b.valueColumn, "line \(a.source.line)", file: file, line: line)
        }
        XCTAssertEqual(Set(fastDiagnostics.map(\.description)), Set(carefulDiagnostics.map(\.description)), file: file, line: line)
    }

    func testBundledObservationsReadTheSameOnBothPaths() throws {
        let data = DataLoader.load(paths: [TestData.bundled])
        let text = try String(contentsOfFile: TestData.bundled + "/observations.csv", encoding: .utf8)
        // Every bundled row is plain (no line break inside a field) and valid: on the fast path,
        // but for the rows with an as_of date, which the careful path checks against the period.
        let rows = text.split(separator: "\n").count - 1
        XCTAssertGreaterThan(rows, 500)
        let withAsOf = TestData.load(text, catalogue: data.catalogue).rows.filter { $0.source.asOf != nil }.count
        XCTAssertGreaterThan(withAsOf, 50)
        assertSame(text, catalogue: data.catalogue, fastRows: rows - withAsOf, carefulRows: withAsOf)
    }

    func testGeneratedCommuneRowsReadTheSameOnBothPaths() throws {
        let data = DataLoader.load(paths: [TestData.bundled])
        let dir = TestData.tempDir(for: self)
        _ = try DemoGenerator.writeCommunes(count: 40, months: 14, start: Period(year: 2024, month: 11), seed: 7, catalogue: data.catalogue, to: dir)
        var diagnostics: [Diagnostic] = []
        var catalogue = data.catalogue
        for unit in CatalogueLoader.loadUnits(dir + "/communes.csv", diagnostics: &diagnostics) { catalogue.addUnit(unit) }
        var text = try String(contentsOfFile: dir + "/observations-communes.csv", encoding: .utf8)
        let generated = text.split(separator: "\n").count - 1
        XCTAssertGreaterThan(generated, 5000)
        // Values right after a comma that starts with '-' or '+' and short fields: the word-at-a-time
        // splitter must not take a byte after a comma for another comma.
        text += "nghe-an,2025-07,iip_yoy,month,-6.8,%,s\nnghe-an,2025-08,iip_yoy,month,+7,%,\n,,,,,,\n"
        // The generated rows and the two added figures on the fast path; the empty row on the careful one.
        assertSame(text, catalogue: catalogue, fastRows: generated + 2, carefulRows: 1)
    }

    func testTrickyRowsReadTheSameOnBothPaths() {
        let text = "province,period,indicator,basis,value,unit,source,quote,published,note\r\n"
            + "nghe-an,2025-05,iip_yoy,month,18.4,%,a,\"q, with \"\"quotes\"\"\",2025-06-10,\r\n"
            + " Nghệ An ,2025-04,iip_yoy,ytd,\"13.89\",,a,,,\r\n"
            + "nghe-an,2025-03,budget_revenue,ytd,1e3,VND BN,b,,,\r\n"
            + "nghe-an,2025-02,budget_revenue,YTD,12.5,VND bn,b,,bad-date,\r\n"
            + "nghe-an,2025-01,projects_approved,ytd,-1,count,b,,,\r\n"
            + "Bac Ninh,2024-05,iip_yoy,month,0.1234567890123456789,%,,,,\r\n"
            + "Bac Ninh,2025-08,iip_yoy,month,+7,%,,,,\r\n"
            + "\r\n"
            + "nghe-an,5/2025,iip_yoy,month,1,%,c,,,\r\n"
            + "nghe-an,2025-06,iip_yoy,month,1,%,c,\"multi\nline\",,\r\n"
        // Fast: the first two rows and the +7. Careful: 1e3, YTD, a negative count, 19 significant
        // digits, the blank line, 5/2025 and the line break inside a quote.
        assertSame(text, catalogue: TestData.catalogue, fastRows: 3, carefulRows: 7)
    }
}
