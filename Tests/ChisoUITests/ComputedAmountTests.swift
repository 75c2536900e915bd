import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// Issue 10: an amount chiso computes (May's disbursement as 2.703,973 − 2.256,47) is not printed
/// with three decimals no source gave (`447,503`): whole tỷ đồng from 100 on, one decimal below;
/// published amounts keep the decimals of their source, percentages their own.
final class ComputedAmountTests: XCTestCase {
    func testTheRule() {
        XCTAssertEqual(NumberFormat.amountDecimals(447.503, computed: true), 0)
        XCTAssertEqual(NumberFormat.amountDecimals(-100, computed: true), 0)
        XCTAssertEqual(NumberFormat.amountDecimals(99.96, computed: true), 1)
        XCTAssertEqual(NumberFormat.amountDecimals(2703.973, computed: false), 3)
        XCTAssertEqual(NumberFormat.format(447.503, lang: .vi, maxDecimals: NumberFormat.amountDecimals(447.503, computed: true)), "448")
        XCTAssertEqual(NumberFormat.format(12.46, lang: .vi, maxDecimals: NumberFormat.amountDecimals(12.46, computed: true)), "12,5")
    }

    func testDetailOverviewAndCompareRoundTheComputedMonth() throws {
        let detail = try Fixtures.session(width: 120, height: 40, screen: "detail", indicator: "pi_disbursed").frame().text
        let may = detail.split(separator: "\n").first { $0.contains("▸ T5/2025") }.map(String.init) ?? ""
        XCTAssertTrue(may.contains(" 448~ ") && may.contains("2.703,973"), may)
        XCTAssertTrue(detail.contains("tính: 448~ (hiệu lũy kế T5/2025, T4/2025)"), detail)
        XCTAssertFalse(detail.contains("447,503"), detail)
        var session = try Fixtures.session(width: 120, height: 40, screen: "detail", indicator: "pi_disbursed")
        _ = session.send(.enter)
        _ = session.send([.pageDown, .pageDown, .pageDown])
        var seen = session.frame().text
        _ = session.send(.home)
        seen += session.frame().text
        XCTAssertFalse(seen.contains("447,503"), seen)
        for (w, h) in [(80, 24), (120, 40), (200, 60)] {
            for screen in ["overview", "compare"] {
                var s = try Fixtures.session(width: w, height: h, screen: screen, indicator: "pi_disbursed")
                var text = s.frame().text
                _ = s.send(.char("b"))
                text += s.frame().text
                XCTAssertFalse(text.contains("447,503"), "\(screen) \(w)x\(h)\n\(text)")
            }
        }
    }
}
