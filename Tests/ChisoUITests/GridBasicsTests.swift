import XCTest
@testable import ChisoUI

final class GridBasicsTests: XCTestCase {
    func testBlankGridRendersEmptyLines() {
        let grid = Grid(width: 3, height: 2)
        XCTAssertEqual(grid.lines().count, 2)
        XCTAssertEqual(grid.lines().joined(), "")
        XCTAssertEqual(grid.lines(trim: false), ["   ", "   "])
    }

    func testZeroSizeGridHasNoLines() {
        XCTAssertEqual(Grid(width: 0, height: 0).lines(), [])
    }
}
