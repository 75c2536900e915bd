import Foundation
import XCTest
@testable import ChisoCore

/// The item journal's title, lead, withdraw and revert records applied to a catalogue's items
/// (Docs/entries.md, "The journals"): each noted with the item before and after it.
final class ItemJournalTests: XCTestCase {
    static let url = "https://baonghean.vn/c"

    func catalogue() -> Catalogue {
        var c = TestData.catalogue
        c.resolutions = [Resolution(id: "57-NQ/TW", kind: "resolution", number: "57", shortVI: "NQ 57", shortEN: "Res 57",
                                    title: .empty, issued: nil, issuer: .empty, summary: .empty, sources: [], trackedBy: [])]
        let item = { (doc: String, title: Bilingual) in
            ImplementationItem(province: "nghe-an", resolution: "57-NQ/TW", document: Bilingual(vi: doc, en: doc + " (en)"), title: title,
                               lead: .empty, due: nil, status: .drafting, statusDate: "2025-06-10", note: .empty,
                               source: Source(citation: "https://baonghean.vn/a", published: "2025-06-10"))
        }
        c.items = [item("Kế hoạch 1", Bilingual(vi: "Một kế hoạch", en: "A plan")), item("Kế hoạch 2", Bilingual(vi: "Hai", en: "Two"))]
        return c
    }

    func change(_ action: ItemChange.Action, _ document: String = "Kế hoạch 1", title: String = "", lead: String = "",
                status: String = "") -> ItemChange {
        ItemChange(action: action, province: "nghe-an", resolution: "57-NQ/TW", document: document, title: title, lead: lead,
                   status: status, source: Self.url, published: "2025-07-01")
    }

    func testTitleLeadWithdrawAndRevertApplyInOrderAndKeepTheStates() {
        var c = catalogue()
        var diagnostics: [Diagnostic] = []
        EntryRows.apply([change(.title, title: "Kế hoạch đã sửa"), change(.lead, lead: "Sở Tài chính"), change(.withdraw)],
                        to: &c, diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(c.items.map(\.document.vi), ["Kế hoạch 2"], "withdrawn: gone from the items")
        XCTAssertEqual(c.withdrawnItems.map(\.position), [0])
        XCTAssertEqual(c.withdrawnItems.first?.item.title.vi, "Kế hoạch đã sửa")
        XCTAssertEqual(c.withdrawnItems.first?.item.lead.vi, "Sở Tài chính")
        XCTAssertEqual(c.itemChanges.map(\.change.action), [.title, .lead, .withdraw])
        XCTAssertEqual(c.itemChanges.first?.before?.title.en, "A plan")
        XCTAssertNil(c.itemChanges.last?.after)
        // A withdrawn item takes no change, and its name no new item, until it is taken back.
        XCTAssertEqual(EntryCheck.check(change(.status, status: "done"), catalogue: c).map(\.field), ["document"])
        XCTAssertEqual(EntryCheck.check(change(.add, title: "X", status: "planned"), catalogue: c).map(\.field), ["document"])
        XCTAssertEqual(EntryCheck.check(change(.revert, title: "", status: "done"), catalogue: c).map(\.field), ["title"])
        // Taken back to the file's title: in its place, with both languages.
        var revert = change(.revert, title: "Một kế hoạch", status: "issued")
        revert.published = "2025-06-10"
        EntryRows.apply([revert], to: &c, diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(c.items.map(\.document.vi), ["Kế hoạch 1", "Kế hoạch 2"])
        XCTAssertEqual(c.items[0].title, Bilingual(vi: "Một kế hoạch", en: "A plan"))
        XCTAssertEqual(c.items[0].lead.vi, "", "a revert sets the whole state: no lead given, none kept")
        XCTAssertEqual(c.items[0].status, .issued)
        XCTAssertEqual(c.items[0].statusDate, "2025-06-10")
        XCTAssertTrue(c.withdrawnItems.isEmpty)
        XCTAssertNil(c.itemChanges.last?.before)
        XCTAssertEqual(c.itemChanges.last?.after, c.items[0])
    }

    func testAChangeToAnItemThatIsNotThereIsSkippedWithAWarning() {
        var c = catalogue()
        var diagnostics: [Diagnostic] = []
        EntryRows.apply([change(.revert, "Không có", title: "X", status: "done"), change(.title, title: "")], to: &c, diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.map(\.severity), [.warning, .warning])
        XCTAssertTrue(diagnostics[0].message.contains("no item 'Không có'"), "\(diagnostics)")
        XCTAssertTrue(diagnostics[1].message.contains("title: no title"), "\(diagnostics)")
        XCTAssertTrue(c.itemChanges.isEmpty)
        XCTAssertEqual(c.items.map(\.title.vi), ["Một kế hoạch", "Hai"])
    }
}
