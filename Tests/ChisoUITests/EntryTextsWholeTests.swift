import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// What issue 12's screens say is read whole at 80×24 (found by the by-hand run over SSH): a save's
/// status line with why another value is still shown, and the entries of a figure's and an item's
/// history (who with the SSH key's fingerprint, the source URL, the quote) — wrapped, never cut
/// with "…".
final class EntryTextsWholeTests: XCTestCase {
    /// The rows of the frame between `top` and `bottom` (inclusive), the box's borders stripped,
    /// each trimmed, joined without spaces (a URL broken across rows joins again).
    func joined(_ grid: Grid, rows: ClosedRange<Int>) -> String {
        let lines = grid.lines()
        return rows.filter { lines.indices.contains($0) }.map {
            lines[$0].trimmingCharacters(in: CharacterSet(charactersIn: " │┃|┐┘┌└"))
        }.joined()
    }

    func testASavesLongStatusLineWrapsUpwardsWhole() throws {
        var s = try Fixtures.session(width: 80, height: 24, province: "nghe-an", month: "2025-05")
        s.state.entryAvailability = .writable(location: "/tmp/entries")
        s.state.panel = try XCTUnwrap(s.data.panels.firstIndex { $0.primary == "budget_revenue" })
        s.send(.char("H"))
        let model = HistoryModel(try XCTUnwrap(s.state.figureHistory), s.data)
        let old = try XCTUnwrap(model.lines.firstIndex { !$0.isShown })
        for _ in 0..<old { s.send(.down) }
        guard case .saveEntry(let draft)? = s.send(.enter).first else { return XCTFail("no revert") }
        s.apply(.entrySaved(draft))
        let message = try XCTUnwrap(s.state.message)
        XCTAssertGreaterThan(DisplayWidth.of(message), 80, "the message is longer than the line")
        let grid = s.frame()
        let text = grid.lines().joined(separator: "\n")
        XCTAssertFalse(text.contains("…"), text)
        XCTAssertTrue(joined(grid, rows: 21...23).replacingOccurrences(of: " ", with: "").hasSuffix(message.replacingOccurrences(of: " ", with: "")), text)
        XCTAssertTrue(text.split(separator: "\n")[20].contains("Nghệ An"), "only the rows the message needs are covered\n\(text)")
        // The next key clears it and the key bar is back.
        s.send(.down)
        XCTAssertTrue(s.frame().lines().last?.contains("e xuất") == true)
    }

    func testAFiguresHistoryAt80ColumnsCutsNothing() throws {
        var s = try Fixtures.session(width: 80, height: 24, province: "nghe-an", month: "2025-05")
        s.state.panel = try XCTUnwrap(s.data.panels.firstIndex { $0.primary == "budget_revenue" })
        s.send(.char("H"))
        let history = try XCTUnwrap(s.state.figureHistory)
        let model = HistoryModel(history, s.data)
        XCTAssertGreaterThan(model.lines.count, 1)
        let grid = s.frame()
        let text = grid.lines().joined(separator: "\n")
        XCTAssertFalse(text.contains("…"), text)
        let whole = joined(grid, rows: 3...21).replacingOccurrences(of: " ", with: "")
        // Dates the Vietnamese way, and no screen keys under the history (they would not apply).
        XCTAssertTrue(text.contains("10/6/2025") && !text.contains("2025-06-10"), text)
        XCTAssertFalse(grid.lines()[23].contains("e xuất"), grid.lines()[23])
        for line in model.lines {
            XCTAssertTrue(whole.contains(line.source.citation.replacingOccurrences(of: " ", with: "")), "\(line.source.citation)\n\(text)")
            let quote = line.source.quote.isEmpty ? line.source.note : line.source.quote
            XCTAssertTrue(whole.contains(quote.replacingOccurrences(of: " ", with: "")), "\(quote)\n\(text)")
        }
    }

    func testAnItemsHistoryAt80ColumnsCutsNothing() throws {
        let dir = NSTemporaryDirectory() + "chiso-texts-whole-" + UUID().uuidString
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        let store = FolderEntryStore(folder: dir)
        let load = { DashboardData(DataLoader.load(paths: [Fixtures.dataFolder], label: "Data/", entries: store)) }
        var o = StartOptions()
        o.province = "nghe-an"
        o.month = "2025-05"
        o.screen = "resolutions"
        o.resolution = "123-KL/TW"
        var s = try DashboardSession(data: load(), options: o, size: Size(width: 80, height: 24))
        s.state.entryAvailability = .writable(location: dir)
        // A new status for the second item, with a long source, saved as the runner saves it.
        s.send(.tab)
        s.send(.down)
        s.send(.char("a"))
        while s.state.itemForm?.focus != .status { s.send(.tab) }
        s.send(.right)
        while s.state.itemForm?.focus != .source { s.send(.tab) }
        for c in "https://baonghean.vn/giai-ngan-von-dau-tu-cong-nam-2025-dat-30-01-phan-tram-ke-hoach-10299312.html" { s.send(.char(c)) }
        s.send(.tab)
        for c in "20/6/2025" { s.send(.char(c)) }
        guard case .saveItemChange(let change)? = s.send(.enter).first else { return XCTFail("no save") }
        try store.append(change)
        XCTAssertTrue(s.reloaded(load()))
        s.apply(.itemChangeSaved(change))
        s.send(.char("H"))
        let history = try XCTUnwrap(s.state.itemHistory)
        let model = ItemHistoryModel(history, s.data)
        XCTAssertEqual(model.lines.count, 2)
        let grid = s.frame()
        let text = grid.lines().joined(separator: "\n")
        XCTAssertFalse(text.contains("…"), text)
        let whole = joined(grid, rows: 3...21).replacingOccurrences(of: " ", with: "")
        XCTAssertTrue(text.contains("    Chỉ đạo của Bí thư Tỉnh ủy: đẩy nhanh giải ngân"), text)
        for line in model.lines {
            let head = ItemHistoryView.head(RenderContext(state: s.state, data: s.data), line, whole: false, selected: false)
                .trimmingCharacters(in: .whitespaces)
            XCTAssertTrue(whole.contains(head.replacingOccurrences(of: " ", with: "")), "\(head)\n\(text)")
        }
        // In English, the item's title in English (not the Vietnamese one).
        s.state.language = .en
        let english = s.frame().lines().joined(separator: "\n")
        XCTAssertFalse(english.contains("Chỉ đạo của Bí thư"), english)
        XCTAssertTrue(english.contains("Item history · "), english)
    }
}
