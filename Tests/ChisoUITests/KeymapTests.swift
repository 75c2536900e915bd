import ChisoCore
import ChisoTestSupport
import Foundation
import XCTest
@testable import ChisoUI

final class KeymapTests: XCTestCase {
    func testNoKeyIsBoundTwiceInAMode() {
        XCTAssertEqual(Keymap.duplicates(), [])
    }

    func testDocsKeysMarkdownIsTheGeneratedText() throws {
        let path = Fixtures.repositoryRoot.appendingPathComponent("Docs/keys.md").path
        let generated = Keymap.markdown()
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try generated.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let onDisk = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertEqual(onDisk, generated, "Docs/keys.md is out of date: run Scripts/gen-keys-doc.sh")
    }

    func testHelpScreenListsEveryBinding() throws {
        let lines = HelpLines.lines(.en, ascii: false)
        for b in Keymap.bindings {
            XCTAssertTrue(lines.contains { $0.keys == Keymap.keysText(b) && $0.text == b.text(.en) }, "help misses \(b.text(.en))")
        }
    }

    /// Issue 12's keys (`a`, `H`, the forms' keys) in Docs/keys.md and on the help screen at 80×24
    /// in both languages, every row whole (long ones wrapped, none cut with "…").
    func testTheEntryKeysAreInTheDocsAndTheHelpAt80x24Whole() throws {
        let doc = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Docs/keys.md"), encoding: .utf8)
        let entryKeys = Keymap.bindings.filter { $0.mode == .form || $0.action == .openEntryForm || $0.action == .showHistory }
        XCTAssertTrue(Set(Keymap.bindings(in: .form).flatMap(\.keys)).isSuperset(of: [.backspace, .ctrlW, .ctrlU, .home, .end, .left, .right]))
        XCTAssertTrue(doc.contains("| `H` |") && doc.contains("on Resolutions: of the selected item") && doc.contains("ở Nghị quyết: lịch sử việc đang chọn"))
        for lang in [Language.vi, .en] {
            var s = try Fixtures.session(width: 80, height: 24, screen: "help", language: lang.rawValue)
            var seen = ""
            for _ in 0..<12 {
                let text = s.frame().lines().joined(separator: "\n")
                XCTAssertFalse(text.contains("…"), "\(lang): a help row cut\n\(text)")
                seen += text + "\n"
                s.send(.pageDown)
            }
            // Each row's text, its wrapped lines joined again.
            let rows = seen.split(separator: "\n").map { $0.dropFirst(24).trimmingCharacters(in: CharacterSet(charactersIn: " │")) }
            let joined = rows.joined(separator: " ")
            for b in entryKeys {
                XCTAssertTrue(doc.contains("| \(b.text(.en)) | \(b.text(.vi)) |"), "Docs/keys.md misses \(b.text(.en))")
                XCTAssertTrue(seen.contains("│ " + Keymap.keysText(b) + " "), "\(lang): help misses the keys \(Keymap.keysText(b))")
                XCTAssertTrue(joined.contains(b.text(lang)), "\(lang): help misses \(b.text(lang))")
            }
        }
    }

    func testEveryKeyTheIssueNamesIsBound() {
        let keys: [Key] = [.left, .right, .up, .down, .char("h"), .char("j"), .char("k"), .char("l"), .char("["), .char("]"), .char("t"),
                           .tab, .backtab, .char("1"), .char("2"), .char("3"), .char("4"), .enter, .esc, .backspace, .char("/"), .char("n"),
                           .char("N"), .char("s"), .char("S"), .char("g"), .char("G"), .home, .end, .pageUp, .pageDown, .char("L"),
                           .char("e"), .char("r"), .char("q"), .ctrlC, .char("?")]
        for k in keys { XCTAssertNotNil(Keymap.action(for: k, in: .global), "\(k) is not bound") }
    }

    func testSearchModeTypesCharactersThatAreKeysElsewhere() {
        XCTAssertEqual(Keymap.action(for: .char("q"), in: .search), .searchInput("q"))
        XCTAssertEqual(Keymap.action(for: .char(" "), in: .search), .searchInput(" "))
        XCTAssertEqual(Keymap.action(for: .enter, in: .search), .searchCommit)
    }

    func testKeyScriptsParseNamesAndCharacters() throws {
        XCTAssertEqual(try Key.script("/ t h a n h space h o a enter"),
                       [.char("/"), .char("t"), .char("h"), .char("a"), .char("n"), .char("h"), .char(" "), .char("h"), .char("o"), .char("a"), .enter])
        XCTAssertEqual(try Key.script("left right up down esc tab backtab home end pgup pgdn backspace"),
                       [.left, .right, .up, .down, .esc, .tab, .backtab, .home, .end, .pageUp, .pageDown, .backspace])
        XCTAssertThrowsError(try Key.script("bogus"))
    }
}
