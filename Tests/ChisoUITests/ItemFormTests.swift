import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// The item form (`a` on the Resolutions screen, issue 12) through the reducer: it opens on the
/// selected item (a new status) or for a new item, shows every problem at once, and asks the
/// runner to save the change as the item journal has it.
final class ItemFormTests: XCTestCase {
    static let url = "https://baonghean.vn/c"

    func session(width: Int = 100, height: Int = 30, language: String? = nil,
                 availability: EntryAvailability = .writable(location: "/tmp/entries")) throws -> DashboardSession {
        var s = try Fixtures.session(width: width, height: height, province: "nghe-an", month: "2025-05", screen: "resolutions",
                                     language: language, resolution: "123-KL/TW")
        s.state.entryAvailability = availability
        return s
    }

    @discardableResult
    func type(_ text: String, _ s: inout DashboardSession) -> [Effect] {
        text.flatMap { s.send(.char($0)) }
    }

    func items(_ s: DashboardSession) -> [ImplementationItem] {
        s.data.catalogue.items(for: "nghe-an", resolution: "123-KL/TW")
    }

    func testAOnAnItemOpensANewStatusForIt() throws {
        var s = try session()
        s.send(.tab)
        XCTAssertEqual(s.state.focus, .items)
        s.send(.down)
        s.send(.char("a"))
        let form = try XCTUnwrap(s.state.itemForm)
        let item = items(s)[1]
        XCTAssertNil(s.state.entryForm, "on Resolutions `a` is the item form, not the figure form")
        XCTAssertEqual(form.action, .status)
        XCTAssertEqual(form.chosen, item.document.vi)
        XCTAssertEqual(form.status, item.status)
        XCTAssertEqual(s.state.keyMode, .form)
        XCTAssertFalse(s.send(.char("q")).contains(.quit), "keys are the form's")
        s.send(.left)
        XCTAssertEqual(s.state.itemForm?.action, .add)
        XCTAssertEqual(s.state.itemForm?.status, .planned, "a new item starts as planned, not at the item's status")
        s.send(.right)
        XCTAssertEqual(s.state.itemForm?.status, item.status, "a new status starts from the item's")
        s.send(.esc)
        XCTAssertNil(s.state.itemForm)
    }

    func testAStatusChangeIsSavedWithItsSource() throws {
        var s = try session()
        s.send(.tab)
        s.send(.down)
        s.send(.char("a"))
        let item = items(s)[1]
        // Tab: action → document → status; → until done.
        s.send(.tab)
        s.send(.tab)
        XCTAssertEqual(s.state.itemForm?.focus, .status)
        while s.state.itemForm?.status != .done { s.send(.right) }
        s.send(.tab)
        XCTAssertEqual(s.state.itemForm?.focus, .source, "due, note, title and lead are not part of a new status: Tab skips them")
        type(Self.url, &s)
        s.send(.tab)
        type("20/6/2025", &s)
        let effects = s.send(.enter)
        let expected = ItemChange(action: .status, province: "nghe-an", resolution: "123-KL/TW", document: item.document.vi,
                                  status: "done", source: Self.url, published: "2025-06-20")
        XCTAssertEqual(effects, [.saveItemChange(expected)])
        XCTAssertEqual(s.state.itemForm?.saving, true)
        // The runner saved it and read the data again.
        s.apply(.itemChangeSaved(expected))
        XCTAssertNil(s.state.itemForm)
        XCTAssertEqual(s.state.message, "Đã lưu: đổi trạng thái · \(item.document.vi) · hoàn thành")
        XCTAssertEqual(s.state.items.selected, 1, "the cursor stays on the item changed")
    }

    func testANewItemWithADueMonthTypedTheVietnameseWay() throws {
        var s = try session()
        s.send(.char("a"))
        XCTAssertEqual(s.state.itemForm?.action, .add, "from the list of documents `a` adds an item")
        s.send(.tab)
        type("Kế hoạch 99/KH-UBND", &s)
        s.send(.tab)
        type("Triển khai Kết luận 123", &s)
        s.send(.tab)
        type("Sở Tài chính", &s)
        s.send(.tab)
        s.send(.right)
        s.send(.tab)
        type("9/2025", &s)
        s.send(.tab)
        s.send(.tab)
        type(Self.url, &s)
        let effects = s.send(.enter)
        XCTAssertEqual(effects, [.saveItemChange(ItemChange(action: .add, province: "nghe-an", resolution: "123-KL/TW",
                                                            document: "Kế hoạch 99/KH-UBND", title: "Triển khai Kết luận 123",
                                                            lead: "Sở Tài chính", status: "drafting", due: "2025-09", source: Self.url))])
    }

    func testEveryProblemIsShownAtOnce() throws {
        var s = try session()
        s.send(.char("a"))
        s.send(.tab)
        type(items(s)[0].document.vi, &s)   // already exists
        s.send(.tab)
        s.send(.tab)
        s.send(.tab)
        s.send(.tab)
        type("13/2025", &s)
        s.send(.tab)
        s.send(.tab)
        type("baonghean.vn", &s)
        s.send(.tab)
        type("31/6/2025", &s)
        XCTAssertEqual(s.send(.enter), [], "nothing is saved with a problem left")
        let form = try XCTUnwrap(s.state.itemForm)
        let model = ItemFormModel(form, s.data, .vi)
        XCTAssertEqual(Set(model.problems.map(\.field)), [.document, .title, .due, .source, .published])
        XCTAssertEqual(form.focus, .document, "Enter puts the cursor on the first wrong field")
        let screen = s.frame().lines().joined(separator: "\n")
        for text in ["Văn bản: việc “", "Nội dung: ", "Hạn: không phải tháng hay ngày", "Nguồn (URL): nguồn “baonghean.vn”", "Ngày công bố: không phải là ngày"] {
            XCTAssertTrue(screen.contains(text), "\(text) not on the screen:\n\(screen)")
        }
    }

    func testTheProblemsAreAllListedAt80x24() throws {
        var s = try session(width: 80, height: 24)
        s.send(.char("a"))
        s.send(.tab)
        s.send(.tab)
        s.send(.tab)
        s.send(.tab)
        s.send(.tab)
        type("x", &s)
        s.send(.enter)
        let model = ItemFormModel(try XCTUnwrap(s.state.itemForm), s.data, .vi)
        XCTAssertEqual(model.problems.count, 4)
        let screen = s.frame().lines().joined(separator: "\n")
        for p in model.problems { XCTAssertTrue(screen.contains(ItemFormView.label(p.field, .vi) + ": "), "\(p) missing:\n\(screen)") }
    }

    func testEnglishSessionSpeaksEnglish() throws {
        var s = try session(language: "en")
        s.send(.char("a"))
        s.send(.enter)
        let screen = s.frame().lines().joined(separator: "\n")
        XCTAssertTrue(screen.contains("Implementation item"), screen)
        XCTAssertTrue(screen.contains("‹ add a new item ›"), screen)
        XCTAssertTrue(screen.contains("Source (URL): "), screen)
    }

    func testNothingIsTypedOrSavedWhenEntryIsOff() throws {
        var s = try session(availability: .readOnly)
        s.send(.char("a"))
        s.send(.tab)
        type("Kế hoạch 1", &s)
        XCTAssertEqual(s.state.itemForm?[.document], "")
        XCTAssertEqual(s.send(.enter), [])
        XCTAssertTrue(s.frame().lines().joined().contains("Chế độ chỉ đọc"))
    }

    func testADueIsReadAsAMonthOrADay() {
        XCTAssertEqual(ItemFormModel.due("6/2025"), "2025-06")
        XCTAssertEqual(ItemFormModel.due("2025-06"), "2025-06")
        XCTAssertEqual(ItemFormModel.due("30/6/2025"), "2025-06-30")
        XCTAssertEqual(ItemFormModel.due(" "), "")
        XCTAssertNil(ItemFormModel.due("13/2025"))
        XCTAssertNil(ItemFormModel.due("6/25"))
        XCTAssertNil(ItemFormModel.due("31/6/2025"))
    }
}
