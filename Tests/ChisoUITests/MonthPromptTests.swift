import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// `m` opens a prompt for a month: one key and the month typed, instead of a press of ← per month.
final class MonthPromptTests: XCTestCase {
    func run(_ script: String, month: String = "2024-01", screen: String? = nil) throws -> DashboardSession {
        var s = try Fixtures.session(month: month, screen: screen)
        s.send(try Key.script(script))
        return s
    }

    func testTypedMonthsInEveryFormOpenThatMonth() throws {
        for typed in ["2025-05", "2025-5", "5/2025", "05/2025", "T5/2025", "t5/2025"] {
            let keys = "m " + typed.map { String($0) }.joined(separator: " ") + " Enter"
            let s = try run(keys)
            XCTAssertEqual(s.state.month, Period(year: 2025, month: 5), typed)
            XCTAssertNil(s.state.monthPrompt, typed)
        }
        // A month number alone: that month of the year shown.
        XCTAssertEqual(try run("m 7 Enter", month: "2025-02").state.month, Period(year: 2025, month: 7))
    }

    func testABadOrOutOfRangeMonthSaysWhyAndKeepsTheMonth() throws {
        let bad = try run("m 1 3 / 2 0 2 5 Enter")
        XCTAssertEqual(bad.state.month, Period(year: 2024, month: 1))
        XCTAssertEqual(bad.state.message, "Không hiểu tháng “13/2025” — gõ 2025-05 hoặc 5/2025")
        let outside = try run("m 2 0 3 0 - 0 1 Enter")
        XCTAssertEqual(outside.state.month, Period(year: 2024, month: 1))
        XCTAssertTrue(outside.state.message?.contains("tháng 1/2030") == true, outside.state.message ?? "")
    }

    func testEscCancelsAndTypedKeysDoNotActAsCommands() throws {
        var s = try Fixtures.session(month: "2024-01")
        let effects = s.send(try Key.script("m 2 q"))
        XCTAssertFalse(effects.contains(.quit), "q typed in the prompt is text, not quit")
        XCTAssertEqual(s.state.monthPrompt, "2q")
        s.send(try Key.script("Esc"))
        XCTAssertEqual(s.state.month, Period(year: 2024, month: 1))
        XCTAssertNil(s.state.monthPrompt)
        let deleted = try run("m 2 0 2 5 - 0 4 backspace 5 Enter")
        XCTAssertEqual(deleted.state.month, Period(year: 2025, month: 5))
    }

    func testCompareKeepsTheUnitAcrossAJump() throws {
        let s = try run("m 2 0 2 5 - 0 5 Enter", screen: "compare")
        XCTAssertEqual(s.state.month, Period(year: 2025, month: 5))
        let rows = CompareTable.rows(s.state, s.data).rows
        XCTAssertEqual(rows[s.state.compare.selected].unit.id, "nghe-an")
    }

    func testThePromptShowsWhatIsTyped() throws {
        let line = try run("m 2 0 2 5").frame().lines().last ?? ""
        XCTAssertTrue(line.contains("tháng: 2025"), line)
    }
}
