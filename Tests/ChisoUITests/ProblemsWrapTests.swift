import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// The data problems (`p`) at 80 columns: every problem wrapped whole, none cut with "…".
final class ProblemsWrapTests: XCTestCase {
    func testProblemsWrapAt80ColumnsInsteadOfBeingCut() throws {
        var s = try Fixtures.session(width: 80, height: 24)
        let first = try XCTUnwrap(s.state.problems.first, "the bundled data has warnings to show")
        s.send(.char("p"))
        XCTAssertTrue(s.state.problemsOpen)
        let lines = s.frame().text.split(separator: "\n").map(String.init)
        // The overlay's rows, inside its border (the title row and the headline excluded).
        let rows = lines.dropFirst(4).compactMap { line -> String? in
            let cells = Array(line)
            guard cells.count > 3, cells[1] == "│" else { return nil }
            return String(cells[2..<(cells.count - 2)])
        }
        XCTAssertFalse(rows.isEmpty, lines.joined(separator: "\n"))
        XCTAssertFalse(rows.contains { $0.contains("…") }, rows.joined(separator: "\n"))
        // The first problem's words, all of them, in order.
        let shown = rows.joined(separator: " ").split(separator: " ").joined(separator: " ")
        let words = first.description(.vi).split(separator: " ").joined(separator: " ")
        XCTAssertTrue(shown.contains(words), "\(words)\n---\n\(rows.joined(separator: "\n"))")
    }

    /// The headline says what happened to the rows: warnings alone skip nothing; an error's row was skipped.
    func testTheHeadlineSaysWarningsOnlyOrRowsSkipped() throws {
        var s = try Fixtures.session(width: 80, height: 24)
        XCTAssertFalse(s.state.problems.isEmpty, "the bundled data has warnings to show")
        XCTAssertFalse(s.state.problems.contains { $0.severity == .error }, "the bundled data has no errors")
        s.send(.char("p"))
        var text = s.frame().text
        XCTAssertTrue(text.contains("Chỉ có cảnh báo, không có lỗi"), text)
        XCTAssertFalse(text.contains("bị bỏ qua"), "nothing was skipped\n\(text)")
        XCTAssertTrue(text.contains("Vấn đề dữ liệu ("), text)

        let first = s.state.problems[0]
        s.state.problems[0] = Diagnostic(file: first.file, line: first.line, column: first.column, severity: .error,
                                         first.phrase)
        text = s.frame().text
        XCTAssertTrue(text.contains("Dòng có lỗi đã bị bỏ qua"), text)
        XCTAssertFalse(text.contains("Chỉ có cảnh báo"), text)
    }
}
