import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// Issue 10: Enter on an implementation item opens it — full title, lead unit, due date, status
/// with its date, note, source and source language, wrapped, never cut with "…" — and the
/// Vietnamese Resolutions screen shows no English catalogue text.
final class ResolutionItemTests: XCTestCase {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots").path

    /// The English the Vietnamese screen showed before the catalogues were bilingual.
    static let english = ["Growth plan and scenario for 2025", "Provincial Peop", "Department of J", "Conclusion No. 148 of the Politburo",
                          "(Conclusion on the supplementary project", "signed by General Secretary Tô Lâm", "(title as given in the Nghe An report",
                          "Action Plan No. 328", "Plan No. 322", "Notice No. 1768", "Provincial Party", "Politburo", "(draft)"]

    func session(_ width: Int, _ height: Int, _ language: String = "vi", resolution: String? = nil) throws -> DashboardSession {
        try Fixtures.session(width: width, height: height, screen: "resolutions", language: language, resolution: resolution)
    }

    func testEnterOpensTheItemEscClosesItAndEnterAgainGoesToTheTrackedIndicator() throws {
        var s = try session(80, 24)
        s.send(try Key.script("enter j"))
        XCTAssertEqual(s.state.focus, .items)
        XCTAssertFalse(s.state.itemOpen)
        s.send(try Key.script("enter"))
        XCTAssertTrue(s.state.itemOpen)
        XCTAssertEqual(s.state.items.selected, 1)
        XCTAssertTrue(s.frame().text.contains("Đẩy nhanh giải ngân vốn đầu tư công"))
        // ↓ in an open item opens the next one.
        s.send(try Key.script("j"))
        XCTAssertTrue(s.state.itemOpen)
        XCTAssertTrue(s.frame().text.contains("Ba chương trình mục tiêu quốc gia"))
        s.send(try Key.script("esc"))
        XCTAssertFalse(s.state.itemOpen)
        XCTAssertEqual(s.state.focus, .items)
        XCTAssertEqual(s.state.screen, .resolutions)
        s.send(try Key.script("esc"))
        XCTAssertEqual(s.state.focus, .list)
        // Enter, Enter, Enter: the items, an item, the indicator Conclusion 123 is tracked by.
        s.send(try Key.script("enter enter enter"))
        XCTAssertEqual(s.state.screen, .detail)
        XCTAssertEqual(s.state.indicator, "iip_yoy")
        // Another document closes the item.
        var t = try session(80, 24)
        t.send(try Key.script("enter enter tab j"))
        XCTAssertFalse(t.state.itemOpen)
    }

    /// Every bundled item, opened at 80×24 and 120×40 in both languages: each of its texts in
    /// full (no "…"), every line inside the box, the source and its language shown.
    func testEveryItemOpensWholeAtBothSizes() throws {
        let data = Fixtures.bundled
        for language in [Language.vi, .en] {
            for (w, h) in [(80, 24), (120, 40)] {
                for res in data.resolutions {
                    let items = data.catalogue.items(for: "nghe-an", resolution: res.id)
                    var s = try session(w, h, language.rawValue, resolution: res.id)
                    s.send(try Key.script("enter enter"))
                    for (k, item) in items.enumerated() {
                        let frame = s.frame()
                        let text = frame.lines().joined(separator: "\n")
                        // The item's box: the right column, inside its border, without the header and the key bar.
                        let listWidth = s.state.layout.resolutions?.list.width ?? 0
                        let box = frame.lines(trim: false).dropFirst().dropLast()
                            .map { String($0.dropFirst(listWidth + 2).dropLast(2)).trimmingCharacters(in: .whitespaces) }
                        let flat = box.joined(separator: " ")
                        let name = "\(language) \(w)x\(h) \(res.id) item \(k)"
                        XCTAssertTrue(s.state.itemOpen, name)
                        XCTAssertFalse(flat.contains("…"), "\(name) is cut\n\(text)")
                        XCTAssertTrue(box.last?.hasPrefix("──") ?? false, "\(name): the box's bottom border is drawn\n\(text)")
                        for whole in [item.document.text(language), item.title.text(language), item.note.text(language)] {
                            XCTAssertTrue(flat.replacingOccurrences(of: " ", with: "").contains(whole.replacingOccurrences(of: " ", with: "")),
                                          "\(name) lacks \(whole)\n\(text)")
                        }
                        let translated = language == .vi ? "bản dịch của chiso từ tiếng Anh" : "source language: English"
                        XCTAssertTrue(flat.contains(translated), "\(name)\n\(text)")
                        XCTAssertTrue(flat.replacingOccurrences(of: " ", with: "").contains(item.source.citation), "\(name)\n\(text)")
                        s.send(try Key.script("j"))
                    }
                }
            }
        }
    }

    /// The items box (not opened) at 80×24 and 120×40 in both languages, moving through every
    /// item of every bundled document: the selected item is drawn (its pointer line holds the start
    /// of its document), no line of the box is cut with "…", and every item's document and lead
    /// unit are shown on the frame where it is selected, every word of them whole.
    func testItemsBoxWrapsEveryItemWhole() throws {
        let data = Fixtures.bundled
        for language in [Language.vi, .en] {
            for (w, h) in [(80, 24), (120, 40)] {
                for res in data.resolutions {
                    let items = data.catalogue.items(for: "nghe-an", resolution: res.id)
                    var s = try session(w, h, language.rawValue, resolution: res.id)
                    s.send(try Key.script("enter"))
                    for (k, item) in items.enumerated() {
                        let frame = s.frame()
                        let layout = try XCTUnwrap(s.state.layout.resolutions)
                        let box = layout.itemsInner
                        let lines = frame.lines(trim: false)
                        let inside = lines[box.y..<box.maxY].map { String($0.dropFirst(box.x).prefix(box.width)) }
                        let name = "\(language) \(w)x\(h) \(res.id) item \(k)"
                        XCTAssertEqual(s.state.items.selected, k, name)
                        XCTAssertFalse(inside.joined().contains("…"), "\(name): the items box cuts text\n\(frame.text)")
                        let pointer = try XCTUnwrap(inside.first { $0.hasPrefix("▸ ") }, "\(name): the selected item is not drawn\n\(frame.text)")
                        let firstWord = String(item.document.text(language).split(separator: " ").first ?? "")
                        XCTAssertTrue(pointer.dropFirst(2).hasPrefix(firstWord), "\(name): the pointer is on another item\n\(frame.text)")
                        // Every word of the document and the lead, whole (a table's cells wrap inside their column).
                        let words = Set(inside.flatMap { $0.split(separator: " ").map(String.init) })
                        for whole in [item.document.text(language), item.lead.text(language)] {
                            for word in whole.split(separator: " ") where !word.hasPrefix("%") {
                                XCTAssertTrue(words.contains(String(word)), "\(name) lacks '\(word)' of \(whole)\n\(frame.text)")
                            }
                        }
                        s.send(try Key.script("j"))
                    }
                }
            }
        }
    }

    /// Every bundled document at 80×24 and 120×40 in both languages: nothing on the Resolutions
    /// screen is cut with "…" — the document's whole title, the tracked indicators' names and
    /// figures (parts that do not fit are left out whole), the list, the items.
    func testNoTextOnTheResolutionsScreenIsCut() throws {
        let data = Fixtures.bundled
        for language in ["vi", "en"] {
            for (w, h) in [(80, 24), (120, 40)] {
                for res in data.resolutions {
                    for month in ["2025-05", "2025-12"] {
                        var s = try Fixtures.session(width: w, height: h, month: month, screen: "resolutions", language: language, resolution: res.id)
                        s.send(try Key.script("enter"))
                        let text = s.frame().text
                        XCTAssertFalse(text.contains("…"), "\(language) \(w)x\(h) \(res.id) \(month)\n\(text)")
                        XCTAssertTrue(text.contains(String(ResolutionsModel.titleText(res, Language(rawValue: language) ?? .vi).split(separator: " ").last ?? "")),
                                      "\(language) \(w)x\(h) \(res.id): the title's end is shown\n\(text)")
                    }
                }
            }
        }
    }

    /// Every document and every opened item of the Vietnamese screen at 120×40: none of the
    /// English catalogue text.
    func testVietnameseResolutionsScreenShowsNoEnglishCatalogueText() throws {
        let data = Fixtures.bundled
        for res in data.resolutions {
            var s = try session(120, 40, resolution: res.id)
            var frames = [s.frame().text]
            s.send(try Key.script("enter enter"))
            for _ in data.catalogue.items(for: "nghe-an", resolution: res.id) {
                frames.append(s.frame().text)
                s.send(try Key.script("j"))
            }
            for (i, frame) in frames.enumerated() {
                for e in Self.english { XCTAssertFalse(frame.contains(e), "\(res.id) frame \(i) shows English '\(e)'\n\(frame)") }
            }
        }
    }

    func testOpenItemSnapshots() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            for language in ["vi", "en"] {
                var s = try session(w, h, language, resolution: "66-NQ/TW")
                s.send(try Key.script("enter enter"))
                let text = s.frame().lines().joined(separator: "\n") + "\n"
                if let failure = Snapshot.verify(text, name: "resolutions-item-\(w)x\(h)-\(language)", directory: Self.directory) { XCTFail(failure) }
            }
        }
    }
}
