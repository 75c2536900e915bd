import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// Compare ranks figures of one month; a figure that stops before the month ends (an as-of date) says so beside its
/// value, and the column is there only when some unit has such a figure.
final class CompareAsOfTests: XCTestCase {
    func testAsOfDateStandsBesideTheValueAtBothSizes() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            let text = try Fixtures.session(width: w, height: h, screen: "compare", indicator: "pi_disbursed").frame().text
            let row = text.components(separatedBy: "\n").first { $0.contains("Nghệ An") && $0.contains("2.703") } ?? ""
            XCTAssertTrue(row.contains("2.703,973 tỷ đồng đến 20/5"), "\(w)x\(h)\n\(text)")
            XCTAssertTrue(text.contains("thời điểm"), "\(w)x\(h)\n\(text)")
            let en = try Fixtures.session(width: w, height: h, screen: "compare", language: "en", indicator: "pi_disbursed").frame().text
            XCTAssertTrue(en.contains("2,703.973 VND bn to 20 May"), "\(w)x\(h)\n\(en)")
        }
    }

    func testNoAsOfColumnWhenEveryFigureCoversItsMonth() throws {
        let text = try Fixtures.session(width: 120, height: 40, screen: "compare", indicator: "iip_yoy").frame().text
        XCTAssertFalse(text.contains("thời điểm"), text)
        XCTAssertTrue(text.contains("24 tháng"), "the sparkline stays when there is no as-of column\n\(text)")
    }
}
