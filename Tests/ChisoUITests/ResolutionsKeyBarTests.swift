import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// The key bar on the Resolutions screen says the keys of the pane that has the focus (issue 12):
/// on the documents, Tab into the items and `a` for a new item; on an item, `a` to update it, `H`
/// its history, ↵ to open it — at 80×24 with `e` export still there, in both languages.
final class ResolutionsKeyBarTests: XCTestCase {
    func bar(_ s: DashboardSession) -> String { s.frame().lines().last ?? "" }

    func testTheKeyBarFollowsTheFocusOnResolutions() throws {
        let expected: [(lang: String, width: Int, documents: [String], items: [String])] = [
            ("vi", 80, ["Tab việc", "a thêm việc", "e xuất", "? trợ giúp"], ["a cập nhật", "H lịch sử", "↵ mở", "e xuất", "? trợ giúp"]),
            ("en", 80, ["Tab items", "a add item", "e export", "? help"], ["a update", "H history", "↵ open", "e export", "? help"]),
            ("vi", 120, ["Tab việc", "a thêm việc", "H lịch sử", "e xuất"], ["a cập nhật", "H lịch sử", "↵ mở", "↑↓ dòng", "e xuất"]),
        ]
        for e in expected {
            var s = try Fixtures.session(width: e.width, height: e.width == 80 ? 24 : 40, province: "nghe-an", month: "2025-05",
                                         screen: "resolutions", language: e.lang, resolution: "123-KL/TW")
            XCTAssertEqual(s.state.focus, .list)
            let documents = bar(s)
            for hint in e.documents { XCTAssertTrue(documents.contains(hint), "\(e.lang) \(e.width) documents: \(hint) in «\(documents)»") }
            XCTAssertFalse(documents.contains("↵ " + Glossary.text(.barDetail, Language(rawValue: e.lang) ?? .vi)), documents)
            s.send(.tab)
            XCTAssertEqual(s.state.focus, .items)
            let items = bar(s)
            for hint in e.items { XCTAssertTrue(items.contains(hint), "\(e.lang) \(e.width) items: \(hint) in «\(items)»") }
            XCTAssertFalse(items.contains("Tab"), items)
            XCTAssertFalse(items.contains("…") || documents.contains("…"))
        }
        // The Overview's bar is as it was: no item hints there.
        let overview = bar(try Fixtures.session(width: 80, height: 24, province: "nghe-an", month: "2025-05"))
        XCTAssertTrue(overview.contains("↵ chi tiết") && !overview.contains("thêm việc") && !overview.contains("Tab"), overview)
    }
}
