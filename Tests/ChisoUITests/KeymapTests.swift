import ChisoTestSupport
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
