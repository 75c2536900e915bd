@testable import ChisoCore
import XCTest

/// The place-and-date line of Decree 30/2020/NĐ-CP and the office file.
final class DocumentDateTests: XCTestCase {
    func date(_ s: String) throws -> CalendarDate { try XCTUnwrap(CalendarDate(s)) }

    func testLeadingZeroForDaysBelowTenAndForJanuaryAndFebruary() throws {
        XCTAssertEqual(DocumentDate.line(place: "Nghệ An", date: try date("2025-06-10"), lang: .vi), "Nghệ An, ngày 10 tháng 6 năm 2025")
        XCTAssertEqual(DocumentDate.line(place: "Nghệ An", date: try date("2025-02-05"), lang: .vi), "Nghệ An, ngày 05 tháng 02 năm 2025")
        XCTAssertEqual(DocumentDate.line(place: "Nghệ An", date: try date("2025-01-20"), lang: .vi), "Nghệ An, ngày 20 tháng 01 năm 2025")
        XCTAssertEqual(DocumentDate.line(place: "Nghệ An", date: try date("2025-11-09"), lang: .vi), "Nghệ An, ngày 09 tháng 11 năm 2025")
        XCTAssertEqual(DocumentDate.line(place: "Nghe An", date: try date("2025-06-10"), lang: .en), "Nghe An, 10 June 2025")
    }

    func testNeverTodayADateMissingEverywhereStaysBlank() throws {
        XCTAssertNil(DocumentDate.resolve(explicit: nil, office: nil, vintage: nil))
        XCTAssertEqual(DocumentDate.resolve(explicit: nil, office: try date("2025-06-11"), vintage: try date("2025-06-10")), try date("2025-06-11"))
        XCTAssertEqual(DocumentDate.resolve(explicit: nil, office: nil, vintage: try date("2025-06-10")), try date("2025-06-10"))
        XCTAssertEqual(DocumentDate.line(place: nil, date: nil, lang: .vi), "……………, ngày … tháng … năm …")
    }

    func testOfficeFileFieldsAndErrors() throws {
        let p = try OfficeProfile.parse("issuing_body: Tỉnh ủy\nsigner:\n  title: Bí thư\nrecipients:\n  - Ban Thường vụ\nlayout: state\n", path: "o.yaml")
        XCTAssertEqual(p.issuingBody, "Tỉnh ủy")
        XCTAssertEqual(p.signerTitle, "Bí thư")
        XCTAssertNil(p.signerName)
        XCTAssertEqual(p.recipients, ["Ban Thường vụ"])
        XCTAssertEqual(p.layout, .state)
        XCTAssertThrowsError(try OfficeProfile.parse("date: 10/6/2025\n", path: "o.yaml")) { error in
            XCTAssertTrue("\(error)".hasPrefix("o.yaml:1:7: 'date' takes a date"), "\(error)")
        }
        XCTAssertThrowsError(try OfficeProfile.parse("layout: both\n", path: "o.yaml"))
    }

    /// Issue 10: a YAML syntax error in an office file is our Vietnamese sentence naming the place;
    /// the YAML reader's own English words only as a quoted detail.
    func testABadOfficeFilesYAMLErrorIsWordedInVietnamese() {
        XCTAssertThrowsError(try OfficeProfile.parse("signer: [a\n", path: "o.yaml")) { error in
            guard let failure = error as? OfficeProfile.Failure else { return XCTFail("\(error)") }
            let vi = failure.description(.vi)
            XCTAssertTrue(vi.hasPrefix("o.yaml:"), vi)
            XCTAssertTrue(vi.contains(": lỗi cú pháp YAML (bộ đọc YAML báo: “"), vi)
            XCTAssertTrue(failure.description(.en).contains(": YAML: "), failure.description(.en))
        }
    }

    func testEstimatesAreOnlyWhatTheDataMarks() {
        XCTAssertTrue(Source(citation: "x", note: "estimate from provincial statistics office; pre-merger").isEstimate)
        XCTAssertFalse(Source(citation: "x", note: "base: the People's Council's estimate").isEstimate)
        XCTAssertFalse(Source(citation: "x").isEstimate)
    }
}
