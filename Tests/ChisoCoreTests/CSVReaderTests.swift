import XCTest
@testable import ChisoCore

final class CSVReaderTests: XCTestCase {
    func records(_ text: String) -> ([[String]], [CSVIssue]) {
        var reader = CSVReader(bytes: Array(text.utf8))
        var issues: [CSVIssue] = []
        var out: [[String]] = []
        while let r = reader.nextRecord(issues: &issues) { out.append(r.map(\.value)) }
        return (out, issues)
    }

    func testQuotedFieldsHoldCommasQuotesAndNewlines() {
        let (rows, issues) = records("a,\"b,c\",\"say \"\"hi\"\"\",\"line1\nline2\"\nx,y,z,w\n")
        XCTAssertEqual(rows, [["a", "b,c", "say \"hi\"", "line1\nline2"], ["x", "y", "z", "w"]])
        XCTAssertTrue(issues.isEmpty)
    }

    func testCRLFAndBOMAndNoFinalNewline() {
        let (rows, _) = records("\u{FEFF}h1,h2\r\n1,2\r\n3,4")
        XCTAssertEqual(rows, [["h1", "h2"], ["1", "2"], ["3", "4"]])
    }

    func testCRLFInsideQuotesBecomesLF() {
        let (rows, _) = records("\"a\r\nb\",c\r\n")
        XCTAssertEqual(rows, [["a\nb", "c"]])
    }

    func testUnterminatedQuoteReportsWhereItOpened() {
        let (_, issues) = records("h1,h2\n1,\"open\n2,3\n")
        XCTAssertEqual(issues.first?.kind, .unterminatedQuote)
        XCTAssertEqual(issues.first?.line, 2)
        XCTAssertEqual(issues.first?.column, 3)
    }

    func testLinesAndColumnsCountCharactersAfterQuotedNewlines() {
        var reader = CSVReader(bytes: Array("h,i\n\"x\ny\",Nghệ\nả,b\n".utf8))
        var issues: [CSVIssue] = []
        _ = reader.nextRecord(issues: &issues)
        let second = reader.nextRecord(issues: &issues)
        XCTAssertEqual(second?[0].line, 2)
        XCTAssertEqual(second?[1].line, 3)
        XCTAssertEqual(second?[1].column, 4)
        let third = reader.nextRecord(issues: &issues)
        XCTAssertEqual(third?[1].line, 4)
        XCTAssertEqual(third?[1].column, 3)
    }

    func testInvalidUTF8OffsetsAreFound() {
        let bytes: [UInt8] = Array("ok,".utf8) + [0xC3, 0x28] + Array(",x\n".utf8)
        XCTAssertEqual(UTF8Check.invalidOffsets(in: bytes), [3])
        XCTAssertEqual(UTF8Check.invalidOffsets(in: Array("Nghệ An ✓".utf8)), [])
    }
}
