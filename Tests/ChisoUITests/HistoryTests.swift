import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// `H` (issue 12): the history of the figure under the cursor, and reverting as a new entry.
final class HistoryTests: XCTestCase {
    /// Nghệ An's budget revenue, year to date, May 2025: the bundled data has two values for it.
    func session(availability: EntryAvailability = .writable(location: "/tmp/entries")) throws -> DashboardSession {
        var s = try Fixtures.session(province: "nghe-an", month: "2025-05")
        s.state.entryAvailability = availability
        s.state.panel = try XCTUnwrap(s.data.panels.firstIndex { $0.primary == "budget_revenue" })
        return s
    }

    func testHListsEveryValueWithItsSourceAndMarksTheOneShown() throws {
        var s = try session()
        s.send(.char("H"))
        let history = try XCTUnwrap(s.state.figureHistory)
        XCTAssertEqual(history.indicator, "budget_revenue")
        let model = HistoryModel(history, s.data)
        let figure = try XCTUnwrap(s.data.dataset.figure("nghe-an", "budget_revenue", .ytd, Period(year: 2025, month: 5)))
        XCTAssertEqual(model.lines.count, 1 + figure.revisions.count)
        XCTAssertGreaterThan(model.lines.count, 1)
        XCTAssertEqual(model.lines.filter(\.isShown).map(\.value), [figure.value])
        let screen = s.frame().text
        XCTAssertTrue(screen.contains("Lịch sử · Thu NSNN"), screen)
        XCTAssertTrue(screen.contains("(đang hiện)"), screen)
        s.send(.esc)
        XCTAssertNil(s.state.figureHistory)
    }

    func testEnterOnAnOldValueSavesItAsANewEntry() throws {
        var s = try session()
        s.send(.char("H"))
        let model = HistoryModel(try XCTUnwrap(s.state.figureHistory), s.data)
        let old = try XCTUnwrap(model.lines.firstIndex { !$0.isShown })
        let shown = try XCTUnwrap(model.lines.firstIndex(where: \.isShown))
        // Enter on the value shown does nothing but say so.
        while s.state.figureHistory?.selected ?? 0 < shown { s.send(.down) }
        XCTAssertTrue(s.send(.enter).isEmpty)
        XCTAssertEqual(s.state.message, "Giá trị này đang được hiện")
        s.send(.char("H"))
        s.send(.char("H"))
        for _ in 0..<old { s.send(.down) }
        let effects = s.send(.enter)
        guard case .saveEntry(let draft)? = effects.first else { return XCTFail("no revert: \(effects)") }
        XCTAssertEqual(Double(draft.value), model.lines[old].value)
        XCTAssertEqual(draft.source, model.lines[old].source.citation)
        XCTAssertEqual(draft.indicator, "budget_revenue")
        XCTAssertEqual(draft.basis, "ytd")
        XCTAssertTrue(draft.note.hasPrefix("lấy lại giá trị của"), draft.note)
        // Its date the Vietnamese way, as the history shows it (not 2025-06-03).
        XCTAssertTrue(draft.note.hasSuffix("(" + Words.shortDate(model.lines[old].source.published ?? "", .vi) + ")"), draft.note)
        XCTAssertFalse(draft.note.contains("2025-0"), draft.note)
        XCTAssertNil(s.state.figureHistory)
        // The store returned: the status line says saved.
        s.apply(.entrySaved(draft))
        XCTAssertEqual(s.state.message?.hasPrefix("Đã lưu: Thu NSNN"), true, s.state.message ?? "")
        // An older publication's value taken back is a revision: the status line says which value stays shown, and why.
        XCTAssertEqual(s.state.message?.hasSuffix("; vẫn hiện 11.360 tỷ đồng vì bản công bố ngày 10/6/2025 muộn hơn (giá trị vừa lưu là một bản sửa đổi)"),
                       true, s.state.message ?? "")
    }

    func testRevertIsRefusedWhenEntryIsOff() throws {
        var s = try session(availability: .readOnly)
        s.send(.char("H"))
        let model = HistoryModel(try XCTUnwrap(s.state.figureHistory), s.data)
        let old = try XCTUnwrap(model.lines.firstIndex { !$0.isShown })
        for _ in 0..<old { s.send(.down) }
        XCTAssertTrue(s.send(.enter).isEmpty)
        XCTAssertTrue(s.state.message?.contains("chỉ đọc") == true, s.state.message ?? "")
    }

    func testHWhereThereIsNoFigureSaysSo() throws {
        var s = try Fixtures.session(province: "nghe-an", month: "2019-01")
        s.send(.char("H"))
        XCTAssertNil(s.state.figureHistory)
        XCTAssertEqual(s.state.message, "Không có số liệu nào ở đây để xem lịch sử")
    }
}
