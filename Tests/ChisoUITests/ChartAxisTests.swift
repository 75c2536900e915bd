import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// A chart's axis says its unit in words of the UI language ("nghìn tỷ đồng"), its labels are plain numbers.
final class ChartAxisTests: XCTestCase {
    func testScaleWordsFollowTheSizeAndTheUnit() {
        XCTAssertEqual(Words.axisScale(maxAbs: 29_211, unit: "VND bn", .vi).words, "nghìn tỷ đồng")
        XCTAssertEqual(Words.axisScale(maxAbs: 29_211, unit: "VND bn", .vi).divisor, 1000)
        XCTAssertEqual(Words.axisScale(maxAbs: 850, unit: "VND bn", .vi).words, "tỷ đồng")
        XCTAssertEqual(Words.axisScale(maxAbs: 29_211, unit: "VND bn", .en).words, "VND trillion")
        XCTAssertEqual(Words.axisScale(maxAbs: 2_500, unit: "USD m", .vi).words, "tỷ USD")
        XCTAssertNil(Words.axisScale(maxAbs: 16.5, unit: "%", .vi).words)
        XCTAssertNil(Words.axisScale(maxAbs: 78, unit: "count", .vi).words)
    }

    func testChartsCarryTheirUnitInWordsAndNoKiloSuffix() throws {
        for (screen, indicator) in [(nil, nil), ("detail", "budget_revenue")] as [(String?, String?)] {
            for lang in ["vi", "en"] {
                let text = try Fixtures.session(width: 120, height: 40, screen: screen, language: lang, indicator: indicator).frame().text
                XCTAssertTrue(text.contains(lang == "vi" ? "· nghìn tỷ đồng" : "· VND trillion"), text)
                // An axis label is a number before the axis line: never "29k" or "9,1k".
                let kilo = try NSRegularExpression(pattern: #"\d[.,]?\d*k│"#)
                XCTAssertNil(kilo.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), text)
            }
        }
    }
}
