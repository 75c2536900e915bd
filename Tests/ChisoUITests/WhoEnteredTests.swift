import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// Issue 12: the screens say who entered a figure or an item change typed in (Detail's
/// provenance, an open item on the Resolutions screen), from the journal's `entered_by` and
/// `entered_at`; a data file's figure says nothing of the kind.
final class WhoEnteredTests: XCTestCase {
    static let url = "https://baonghean.vn/who-entered"

    /// The bundled data with one figure and one item change from an entries folder made here.
    func session(screen: String, indicator: String? = nil) throws -> (DashboardSession, FigureEntry, ItemChange) {
        let dir = NSTemporaryDirectory() + "chiso-who-" + UUID().uuidString
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        let store = FolderEntryStore(folder: dir)
        let figure = try store.append(FigureEntry(province: "nghe-an", period: "2025-05", basis: "ytd", indicator: "budget_revenue", value: "11400",
                                                  unit: "VND bn", source: Self.url, published: "2025-06-10"))
        let change = try store.append(ItemChange(action: .status, province: "nghe-an", resolution: "123-KL/TW",
                                                 document: "Đẩy nhanh giải ngân vốn đầu tư công", status: "done", source: Self.url, published: "2025-06-20"))
        let data = DashboardData(DataLoader.load(paths: [Fixtures.dataFolder], label: "Data/", entries: store))
        var o = StartOptions()
        o.province = "nghe-an"
        o.month = "2025-05"
        o.screen = screen
        o.indicator = indicator
        return (try DashboardSession(data: data, options: o, size: Size(width: 120, height: 40)), figure, change)
    }

    func testDetailsProvenanceNamesWhoEnteredTheFigure() throws {
        var (s, figure, _) = try session(screen: "detail", indicator: "budget_revenue")
        s.send(try Key.script("enter"))
        let text = s.frame().lines().joined(separator: "\n")
        let day = Words.shortDate(String(figure.enteredAt.prefix(10)), .vi)
        XCTAssertTrue(text.contains("người nhập: \(figure.enteredBy), lúc \(day) \(figure.enteredAt.dropFirst(11).prefix(5)) UTC"), text)
        XCTAssertEqual(text.components(separatedBy: "người nhập:").count - 1, 1, "only the entered figure says who entered it:\n\(text)")
    }

    func testAnOpenItemNamesWhoEnteredItsLastChange() throws {
        var (s, _, change) = try session(screen: "resolutions")
        s.send(.tab)
        let index = try XCTUnwrap(s.data.catalogue.items(for: "nghe-an", resolution: "123-KL/TW").firstIndex { $0.document.vi == change.document })
        for _ in 0..<index { s.send(.down) }
        s.send(try Key.script("enter"))
        XCTAssertTrue(s.state.itemOpen)
        let text = s.frame().lines().joined(separator: "\n")
        XCTAssertTrue(text.contains("cập nhật: \(change.enteredBy), lúc "), text)
        XCTAssertTrue(text.contains("hoàn thành"), text)
    }

    func testHOnAnItemListsTheChangesEnteredWithWhoAndWhen() throws {
        var (s, _, change) = try session(screen: "resolutions")
        s.send(.tab)
        let items = s.data.catalogue.items(for: "nghe-an", resolution: "123-KL/TW")
        let index = try XCTUnwrap(items.firstIndex { $0.document.vi == change.document })
        // An item nobody changed: nothing to list, said in the status line.
        let other = index == 0 ? 1 : 0
        for _ in 0..<other { s.send(.down) }
        s.send(.char("H"))
        XCTAssertNil(s.state.itemHistory)
        XCTAssertEqual(s.state.message, "Chưa có thay đổi nào được nhập cho việc này (chỉ có trong tệp nghị quyết)")
        s.apply(.top)
        for _ in 0..<index { s.send(.down) }
        s.send(.char("H"))
        XCTAssertEqual(s.state.itemHistory?.document, change.document)
        let text = s.frame().lines().joined(separator: "\n")
        XCTAssertTrue(text.contains("Lịch sử việc · \(change.document)"), text)
        // The source on the row below when the line is full (wrapped, not cut).
        XCTAssertTrue(text.contains("20/6/2025 · đổi trạng thái: hoàn thành (hiện tại) · \(Words.entered(by: change.enteredBy, at: change.enteredAt, .vi)) ·"), text)
        XCTAssertTrue(text.contains("    https://baonghean.vn/who-e"), text)
        s.send(.esc)
        XCTAssertNil(s.state.itemHistory)
    }
}
