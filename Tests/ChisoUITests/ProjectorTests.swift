import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// `P` / `--big`: the unit's headline figures in block digits, with their sources.
final class ProjectorTests: XCTestCase {
    func testFiguresSplitIntoTheLargePartAndTheRest() {
        XCTAssertEqual(BlockFont.split("11.360 tỷ đồng").big, "11.360")
        XCTAssertEqual(BlockFont.split("11.360 tỷ đồng").rest, "tỷ đồng")
        XCTAssertEqual(BlockFont.split("+18,4 % ▲").big, "+18,4%")
        XCTAssertEqual(BlockFont.split("+18,4 % ▲").rest, "▲")
        XCTAssertEqual(BlockFont.split("không có").big, "")
    }

    func testDigitsAreDrawnFiveRowsOrThreeRowsTall() {
        let five = BlockFont.render("10", .full(1), ascii: false)
        XCTAssertEqual(five, [" █  ███", "██  █ █", " █  █ █", " █  █ █", "███ ███"])
        let three = BlockFont.render("10", .half, ascii: false)
        XCTAssertEqual(three.count, 3)
        XCTAssertEqual(three[2], "▀▀▀ ▀▀▀")
        XCTAssertEqual(BlockFont.width("11.360", .full(2)), 2 * (5 * 3 + 1 + 5))
    }

    /// The budget figure (11.360 tỷ đồng, 5 tháng 2025) drawn in block digits, read back from the frame.
    func bigDigits(_ text: String, style: BlockFont.Style) -> Bool {
        let rows = BlockFont.render("11.360", style, ascii: false)
        let lines = text.components(separatedBy: "\n")
        return lines.indices.contains { i in
            rows.indices.allSatisfy { r in i + r < lines.count && lines[i + r].contains(rows[r]) }
        }
    }

    func testTheProjectorIsReadableAt120x40() throws {
        var s = try Fixtures.session(width: 120, height: 40)
        s.send(.char("P"))
        XCTAssertTrue(s.state.projector)
        let text = s.frame().text
        XCTAssertTrue(bigDigits(text, style: .full(2)), text)
        XCTAssertTrue(text.contains("nguồn: baonghean.vn, 10/6/2025"), text)
        XCTAssertTrue(text.contains("dự toán 64,1 %"), text)
        XCTAssertTrue(text.contains("Thu ngân sách nhà nước"), text)
        s.send(.char("P"))
        XCTAssertFalse(s.frame().text.contains(BlockFont.render("11.360", .full(2), ascii: false)[0]))
    }

    func testTheProjectorDegradesAt80x24() throws {
        var s = try Fixtures.session(width: 80, height: 24, language: "en")
        s.send(.char("P"))
        let text = s.frame().text
        XCTAssertTrue(bigDigits(text, style: .half) || bigDigits(text, style: .full(1)), text)
        XCTAssertTrue(text.contains("source: baonghean.vn"), text)
        XCTAssertTrue(text.contains("State budget revenue"), text)
    }

    func testTheProjectorFollowsMonthAndUnitKeys() throws {
        var s = try Fixtures.session(width: 120, height: 40)
        s.send(try Key.script("P left j"))
        XCTAssertEqual(s.state.month, Period(year: 2025, month: 4))
        XCTAssertEqual(s.state.province, "ha-tinh")
        XCTAssertTrue(s.frame().text.contains("Hà Tĩnh │ tháng 4/2025"), s.frame().text)
    }
}
