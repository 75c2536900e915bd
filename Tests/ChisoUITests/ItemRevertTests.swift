import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// Issue 12 through the reducer, saving into a real entries folder and reading it again as the
/// runner does: an item's title changed and withdrawn from the item form, `H` on the item and on
/// its document listing its states (the resolutions file's at the bottom), and Enter taking one
/// back as a new record of the item journal (a revert), never an edit.
final class ItemRevertTests: XCTestCase {
    static let url = "https://baonghean.vn/viec"
    static let document = "Đẩy nhanh giải ngân vốn đầu tư công"

    var store = FolderEntryStore(folder: "/nonexistent")

    override func setUp() {
        let dir = NSTemporaryDirectory() + "chiso-item-revert-" + UUID().uuidString
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        store = FolderEntryStore(folder: dir)
    }

    func session() throws -> DashboardSession {
        var o = StartOptions()
        o.province = "nghe-an"
        o.month = "2025-05"
        o.screen = "resolutions"
        o.resolution = "123-KL/TW"
        var s = try DashboardSession(data: load(), options: o, size: Size(width: 120, height: 40))
        s.state.entryAvailability = .writable(location: store.folder)
        return s
    }

    func load() -> DashboardData { DashboardData(DataLoader.load(paths: [Fixtures.dataFolder], label: "Data/", entries: store)) }

    /// What the runner does with `.saveItemChange`: append, read again, say saved.
    func save(_ effects: [Effect], _ s: inout DashboardSession, file: StaticString = #filePath, line: UInt = #line) throws {
        guard case .saveItemChange(let change)? = effects.first else { return XCTFail("no save asked: \(effects)", file: file, line: line) }
        try store.append(change)
        XCTAssertTrue(s.reloaded(load()), file: file, line: line)
        s.apply(.itemChangeSaved(change))
    }

    func items(_ s: DashboardSession) -> [ImplementationItem] { s.data.catalogue.items(for: "nghe-an", resolution: "123-KL/TW") }

    func type(_ text: String, _ s: inout DashboardSession) { for c in text { s.send(.char(c)) } }

    func screen(_ s: DashboardSession) -> String { s.frame().lines().joined(separator: "\n") }

    func testATitleChangedFromTheFormIsTakenBackFromTheItemsHistoryWithBothLanguages() throws {
        var s = try session()
        let original = try XCTUnwrap(items(s).first { $0.document.vi == Self.document })
        s.send(.tab)
        s.send(.down)
        s.send(.char("a"))
        // status → due → note → title: the title starts as the item's, to be edited.
        for _ in 0..<3 { s.send(.right) }
        XCTAssertEqual(s.state.itemForm?.action, .title)
        XCTAssertEqual(s.state.itemForm?[.title], original.title.vi)
        XCTAssertEqual(s.state.itemForm?.fields, [.action, .document, .title, .source, .published, .quote])
        s.send(.tab)
        s.send(.tab)
        type(" trước 30/9", &s)
        s.send(.tab)
        type(Self.url, &s)
        s.send(.tab)
        type("20/6/2025", &s)
        try save(s.send(.enter), &s)
        XCTAssertEqual(s.state.message, "Đã lưu: đổi nội dung · \(Self.document) · \(original.title.vi) trước 30/9")
        var item = try XCTUnwrap(items(s).first { $0.document.vi == Self.document })
        XCTAssertEqual(item.title.vi, original.title.vi + " trước 30/9")
        XCTAssertEqual(item.status, original.status, "a title change keeps the status")
        // H on the item: the change (its present state) and the file's state below it.
        s.send(.char("H"))
        var text = screen(s)
        XCTAssertTrue(text.contains("Lịch sử việc · \(Self.document)"), text)
        XCTAssertTrue(text.contains("▸ 20/6/2025 · đổi nội dung (hiện tại) · "), text)
        XCTAssertTrue(text.contains("  10/6/2025 · theo tệp nghị quyết: đang triển khai ·"), text)
        XCTAssertTrue(text.contains("    https://baonghean.vn/"), text)
        s.send(.enter)
        XCTAssertEqual(s.state.message, "Đây là trạng thái hiện tại của việc", "the present state is not saved again")
        // Enter on the file's state: a revert record with that whole state and its source.
        s.send(.down)
        let effects = s.send(.enter)
        guard case .saveItemChange(let revert)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(revert.action, .revert)
        XCTAssertEqual(revert.title, original.title.vi)
        XCTAssertEqual(revert.status, original.status.rawValue)
        XCTAssertEqual(revert.source, original.source.citation)
        XCTAssertEqual(revert.published, original.statusDate)
        XCTAssertNil(s.state.itemHistory)
        try save(effects, &s)
        item = try XCTUnwrap(items(s).first { $0.document.vi == Self.document })
        XCTAssertEqual(item.title, original.title, "the file's title comes back in both languages")
        XCTAssertEqual(item.statusDate, original.statusDate)
        let journal = try String(contentsOfFile: store.itemsPath, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(journal.count, 3, "header, the title change, the revert: nothing edited")
        XCTAssertTrue(journal[1].hasPrefix("title,nghe-an,123-KL/TW,\(Self.document),\(original.title.vi) trước 30/9,"), "\(journal)")
        XCTAssertTrue(journal[2].hasPrefix("revert,nghe-an,123-KL/TW,\(Self.document),\(original.title.vi),"), "\(journal)")
        s.send(.char("H"))
        text = screen(s)
        XCTAssertTrue(text.contains("▸ 10/6/2025 · lấy lại trạng thái cũ: đang triển khai (hiện tại)"), text)
        XCTAssertTrue(text.contains("20/6/2025 · đổi nội dung · "), text)
    }

    func testAWithdrawnItemLeavesTheListAndComesBackFromItsDocumentsHistory() throws {
        var s = try session()
        let before = items(s).map(\.document.vi)
        s.send(.tab)
        s.send(.down)
        s.send(.char("a"))
        // status → … → withdraw: only the item and the source apply.
        s.send(.left)
        s.send(.left)
        XCTAssertEqual(s.state.itemForm?.action, .withdraw)
        XCTAssertEqual(s.state.itemForm?.fields, [.action, .document, .source, .published, .quote])
        s.send(.tab)
        s.send(.tab)
        type(Self.url, &s)
        try save(s.send(.enter), &s)
        XCTAssertEqual(s.state.message, "Đã lưu: rút việc khỏi danh sách · \(Self.document)")
        XCTAssertEqual(items(s).map(\.document.vi), before.filter { $0 != Self.document })
        XCTAssertEqual(s.data.catalogue.withdrawnItems.map(\.item.document.vi), [Self.document])
        XCTAssertFalse(screen(s).split(separator: "\n").dropLast().contains { $0.contains(Self.document) }, "gone from the Resolutions screen:\n\(screen(s))")
        XCTAssertTrue(screen(s).contains("Triển khai tại Nghệ An (3)"), screen(s))
        // H on the list of documents: every item's states, the withdrawn one's too.
        s.send(.backtab)
        XCTAssertNotEqual(s.state.focus, .items)
        s.send(.char("H"))
        let text = screen(s)
        XCTAssertTrue(text.contains("Lịch sử việc · Kết luận 123"), text)
        XCTAssertTrue(text.contains("▸ «\(Self.document)» · rút việc khỏi danh sách (hiện tại) · "), text)
        XCTAssertTrue(text.contains("«\(Self.document)» · 10/6/2025 · theo tệp nghị quyết: đang triển khai"), text)
        s.send(.down)
        try save(s.send(.enter), &s)
        XCTAssertEqual(items(s).map(\.document.vi), before, "back in its place")
        XCTAssertTrue(s.data.catalogue.withdrawnItems.isEmpty)
        XCTAssertEqual(s.state.focus, .items)
        XCTAssertEqual(items(s)[s.state.items.selected].document.vi, Self.document, "the cursor on the item taken back")
    }

    func testReadOnlyTakesNothingBack() throws {
        try store.append(ItemChange(action: .title, province: "nghe-an", resolution: "123-KL/TW", document: Self.document, title: "Mới",
                                    source: Self.url))
        var s = try session()
        s.state.entryAvailability = .readOnly
        s.send(.tab)
        s.send(.down)
        s.send(.char("H"))
        s.send(.down)
        XCTAssertEqual(s.send(.enter), [])
        XCTAssertEqual(s.state.message, "Chế độ chỉ đọc (--read-only): không nhập được số liệu")
    }
}
