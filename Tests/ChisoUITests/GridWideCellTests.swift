import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// How the grid places graphemes of every width: emoji take two cells, graphemes a terminal
/// cannot be trusted with become the placeholder, and a wide grapheme is never left in halves
/// (overwritten at either half, cut at either edge of an area, mapped to another symbol).
final class GridWideCellTests: XCTestCase {
    let mark = String(DisplayWidth.placeholder)

    /// The cells of row `y`, a continuation cell shown as `»`.
    func cells(_ grid: Grid, _ y: Int = 0) -> [String] {
        (0..<grid.width).map { grid[$0, y].isContinuation ? "»" : grid[$0, y].grapheme }
    }

    func assertWhole(_ grid: Grid, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(Invariants.check(grid, size: grid.size), [], file: file, line: line)
    }

    func testEmojiTakeTwoCellsAndTextAfterThemFollows() {
        var grid = Grid(width: 8, height: 1)
        XCTAssertEqual(grid.write("a🟠⌚b", x: 0, y: 0), 6)
        XCTAssertEqual(cells(grid), ["a", "🟠", "»", "⌚", "»", "b", " ", " "])
        assertWhole(grid)
    }

    func testGraphemesTerminalsDisagreeOnAreOnePlaceholderCellEach() {
        var grid = Grid(width: 8, height: 1)
        let used = grid.write("👨\u{200D}👩\u{200D}👧🇻🇳👍🏽❤\u{FE0F}x", x: 0, y: 0)
        XCTAssertEqual(used, 4 * DisplayWidth.placeholderWidth + 1)
        XCTAssertEqual(cells(grid), [mark, mark, mark, mark, "x", " ", " ", " "])
        assertWhole(grid)
    }

    func testALongCombiningStackIsThePlaceholderNotCutToFiveScalars() {
        var grid = Grid(width: 4, height: 1)
        grid.write("a" + String(repeating: "\u{0301}", count: 6) + "b", x: 0, y: 0)
        XCTAssertEqual(cells(grid), [mark, "b", " ", " "])
        grid.write("x\u{301}\u{302}\u{303}\u{304}", x: 2, y: 0)
        XCTAssertEqual(grid[2, 0].grapheme, "x\u{301}\u{302}\u{303}\u{304}", "four marks fit one ncurses cell")
        assertWhole(grid)
    }

    func testNarrowOverTheRightHalfOfAnEmojiBlanksItsLeftHalf() {
        var grid = Grid(width: 4, height: 1)
        grid.write("🟠🟠", x: 0, y: 0)
        grid.write("z", x: 1, y: 0)
        XCTAssertEqual(cells(grid), [" ", "z", "🟠", "»"])
        assertWhole(grid)
    }

    func testWideOverTheRightHalfOfAWideBlanksBothNeighbours() {
        var grid = Grid(width: 5, height: 1)
        grid.write("越南x", x: 0, y: 0)
        grid.write("⌚", x: 1, y: 0)
        XCTAssertEqual(cells(grid), [" ", "⌚", "»", " ", "x"])
        assertWhole(grid)
    }

    func testWideCutAtTheRightEdgeOfAnAreaLeavesABlankAndTouchesNothingOutside() {
        var grid = Grid.filled(width: 6, height: 1, with: "x")
        let used = grid.write("ab🟠c", x: 0, y: 0, clip: Rect(x: 0, y: 0, width: 3, height: 1))
        XCTAssertEqual(cells(grid), ["a", "b", " ", "x", "x", "x"])
        XCTAssertEqual(used, 3)
        assertWhole(grid)
    }

    func testWideCutAtTheRightEdgeOfTheGrid() {
        var grid = Grid.filled(width: 3, height: 1, with: "x")
        grid.write("ab老", x: 0, y: 0)
        XCTAssertEqual(cells(grid), ["a", "b", " "])
        assertWhole(grid)
    }

    func testWideCutAtTheLeftEdgeOfAnAreaShowsABlankForItsVisibleHalf() {
        var grid = Grid.filled(width: 5, height: 1, with: "x")
        grid.write("老ab", x: 1, y: 0, clip: Rect(x: 2, y: 0, width: 3, height: 1))
        XCTAssertEqual(cells(grid), ["x", "x", " ", "a", "b"])
        assertWhole(grid)
    }

    func testFillOverHalfAWideGraphemeKeepsTheRowWhole() {
        var grid = Grid(width: 4, height: 2)
        grid.write("🟠🟠", x: 0, y: 0)
        grid.write("🟠🟠", x: 0, y: 1)
        grid.fill(Rect(x: 1, y: 0, width: 2, height: 2), with: Cell("-"))
        XCTAssertEqual(cells(grid, 0), [" ", "-", "-", " "])
        XCTAssertEqual(cells(grid, 1), [" ", "-", "-", " "])
        assertWhole(grid)
    }

    func testMappingAWideGraphemeToANarrowOneLeavesNoHalf() {
        var grid = Grid(width: 3, height: 1)
        grid.write("老x", x: 0, y: 0)
        grid.mapGraphemes(["老": "?"])
        XCTAssertEqual(cells(grid), ["?", " ", "x"])
        assertWhole(grid)
        grid.mapGraphemes(["x": "老"])
        XCTAssertEqual(cells(grid), ["?", " ", "x"], "a narrow cell has no room for a wide grapheme")
    }

    func testTextLinesOfAGridWithEmojiMeasureItsWidth() {
        var grid = Grid(width: 12, height: 2)
        grid.write("Hà Nội 🟠 ⌚x", x: 0, y: 0)
        grid.write("🇻🇳👨\u{200D}👩\u{200D}👧 老街 ±", x: 0, y: 1)
        for line in grid.lines(trim: false) { XCTAssertEqual(DisplayWidth.of(line), 12, line) }
        assertWhole(grid)
    }
}
