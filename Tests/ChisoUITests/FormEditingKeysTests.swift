import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// The editing keys of the forms' text fields (issue 12): Backspace, Ctrl-W, Ctrl-U, ← →, Home,
/// End, as readline has them, the same in every text field of the figure form and the item form,
/// and the forms saying so in the session's language.
final class FormEditingKeysTests: XCTestCase {
    static let url = "https://baonghean.vn/report-10299312.html"

    func session(_ screen: String? = nil, language: String? = nil, width: Int = 80, height: Int = 24) throws -> DashboardSession {
        var s = try Fixtures.session(width: width, height: height, province: "nghe-an", month: "2025-05", screen: screen,
                                     language: language, resolution: screen == "resolutions" ? "123-KL/TW" : nil)
        s.state.entryAvailability = .writable(location: "/tmp/entries")
        return s
    }

    func type(_ text: String, _ s: inout DashboardSession) {
        for c in text { s.send(.char(c)) }
    }

    func testLineEditIsReadlinesEditing() {
        func run(_ text: String, _ cursor: Int?, _ edit: LineEdit) -> (String, Int?) {
            var t = text, c = cursor
            edit.apply(to: &t, cursor: &c)
            return (t, c)
        }
        XCTAssertTrue(run("11.360 tỷ", nil, .deleteBackward) == ("11.360 t", nil))
        XCTAssertTrue(run("Báo Nghệ An  ", nil, .deleteWord) == ("Báo Nghệ ", nil), "spaces before the cursor, then the word")
        XCTAssertTrue(run("Báo Nghệ An", 8, .deleteWord) == ("Báo  An", 4), "the word before a cursor inside the text")
        XCTAssertTrue(run("https://x.vn/a", nil, .deleteToStart) == ("", nil), "Ctrl-U at the end clears the field")
        XCTAssertTrue(run("abcdef", 2, .deleteToStart) == ("cdef", 0), "Ctrl-U keeps what is after the cursor")
        XCTAssertTrue(run("abc", 0, .deleteBackward) == ("abc", 0), "nothing before the cursor: nothing deleted")
        XCTAssertTrue(run("abc", nil, .left) == ("abc", 2))
        XCTAssertTrue(run("abc", 2, .right) == ("abc", nil), "the end is nil")
        XCTAssertTrue(run("abc", 1, .home) == ("abc", 0))
        XCTAssertTrue(run("abc", 0, .end) == ("abc", nil))
        var t = "Nghệ", c: Int? = 0
        LineEdit.insert("x", into: &t, cursor: &c)
        XCTAssertEqual(t, "xNghệ")
        XCTAssertEqual(c, 1)
    }

    /// Types, deletes a word, clears, moves and inserts in the focused field; `value` reads it.
    func exercise(_ s: inout DashboardSession, _ value: (DashboardSession) -> String, _ name: String) {
        s.send(.ctrlU)
        XCTAssertEqual(value(s), "", "\(name): Ctrl-U clears what the field started with")
        type("ab cd", &s)
        s.send(.ctrlW)
        XCTAssertEqual(value(s), "ab ", "\(name): Ctrl-W deletes the word")
        s.send(.backspace)
        XCTAssertEqual(value(s), "ab", "\(name): Backspace")
        s.send(.left)
        type("x", &s)
        XCTAssertEqual(value(s), "axb", "\(name): ← then typing inserts before the last character")
        s.send(.home)
        type("<", &s)
        s.send(.end)
        type(">", &s)
        XCTAssertEqual(value(s), "<axb>", "\(name): Home and End")
        s.send(.left)
        s.send(.left)
        s.send(.ctrlU)
        XCTAssertEqual(value(s), "b>", "\(name): Ctrl-U deletes only what is before the cursor")
        s.send(.right)
        s.send(.right)
        s.send(.ctrlU)
        XCTAssertEqual(value(s), "", "\(name): → to the end, Ctrl-U clears")
    }

    func testEveryTextFieldOfTheFigureFormTakesTheEditingKeys() throws {
        var s = try session()
        s.state.lastEntrySource = Self.url
        s.send(.char("a"))
        for field in EntryFormState.Field.allCases where field.isText {
            while s.state.entryForm?.focus != field { s.send(.tab) }
            if field != .source { type("start", &s) }
            exercise(&s, { $0.state.entryForm?[field] ?? "?" }, "\(field)")
        }
        // The indicator is found by typing; Ctrl-U clears what was typed, ← → still choose.
        while s.state.entryForm?.focus != .indicator { s.send(.tab) }
        type("thu ng", &s)
        XCTAssertEqual(s.state.entryForm?.indicator, "budget_revenue")
        s.send(.ctrlU)
        XCTAssertEqual(s.state.entryForm?.indicatorQuery, "")
        s.send(.right)
        XCTAssertNotEqual(s.state.entryForm?.indicator, "budget_revenue")
    }

    func testEveryTextFieldOfTheItemFormTakesTheEditingKeys() throws {
        var s = try session("resolutions")
        s.state.lastEntrySource = Self.url
        s.send(.char("a"))
        XCTAssertEqual(s.state.itemForm?.action, .add)
        let fields = try XCTUnwrap(s.state.itemForm).fields.filter { $0.isText(for: .add) }
        XCTAssertEqual(fields, [.document, .title, .lead, .due, .note, .source, .published, .quote])
        for field in fields {
            while s.state.itemForm?.focus != field { s.send(.tab) }
            if field != .source { type("start", &s) }
            exercise(&s, { $0.state.itemForm?[field] ?? "?" }, "\(field)")
        }
    }

    func testTheItemFormsSourceIsClearedAndANewOneSaved() throws {
        var s = try session("resolutions")
        s.state.lastEntrySource = Self.url
        s.send(.tab)
        s.send(.char("a"))
        XCTAssertEqual(s.state.itemForm?.action, .status)
        XCTAssertEqual(s.state.itemForm?[.source], Self.url, "the last figure's source is offered")
        while s.state.itemForm?.focus != .source { s.send(.tab) }
        s.send(.ctrlU)
        type("https://nghean.gov.vn/tin-123", &s)
        while s.state.itemForm?.focus != .status { s.send(.tab) }
        s.send(.right)
        let effects = s.send(.enter)
        guard case .saveItemChange(let change)? = effects.first else { return XCTFail("no save: \(effects) \(s.state.itemForm as Any)") }
        XCTAssertEqual(change.source, "https://nghean.gov.vn/tin-123")
    }

    func testTheCursorIsShownWhereItIsAndTheFormsSayTheEditingKeys() throws {
        for (lang, words) in [("vi", ["Sửa chữ:", "Ctrl-W xóa từ", "Ctrl-U xóa về đầu ô", "Home End con trỏ"]),
                              ("en", ["Editing:", "Ctrl-W word", "Ctrl-U to start", "Home End cursor"])] {
            for screen in [nil, "resolutions"] {
                var s = try session(screen, language: lang)
                s.send(.char("a"))
                let text = s.frame().lines().joined(separator: "\n")
                for w in words { XCTAssertTrue(text.contains(w), "\(lang) \(screen ?? "overview"): \(w)\n\(text)") }
                XCTAssertFalse(text.contains("…"), "nothing cut at 80×24\n\(text)")
                XCTAssertFalse(text.split(separator: "\n").last?.contains("1-4") == true, "no screen keys under the form\n\(text)")
            }
        }
        var s = try session()
        s.send(.char("a"))
        while s.state.entryForm?.focus != .note { s.send(.tab) }
        type("Báo cáo 10/6", &s)
        for _ in 0..<5 { s.send(.left) }
        let line = try XCTUnwrap(s.frame().lines().first { $0.contains("Ghi chú") })
        XCTAssertTrue(line.contains("Báo cáo▏ 10/6"), line)
    }
}
