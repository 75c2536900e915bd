import ChisoTestSupport
import XCTest
@testable import ChisoUI

final class WidgetTests: XCTestCase {
    let empty = Rect(x: 0, y: 0, width: 0, height: 0)

    func testEveryWidgetDrawsNothingInAnEmptyArea() {
        let widgets: [any Widget] = [
            Label("hello"), Block(title: "t"), Sparkline(values: [1, 2, nil]), Gauge(ratio: 0.5, label: "50 %"),
            Table(columns: [Table.Column("a", .fill(1))], rowCount: 3) { _ in [Line.Span("x")] },
            BarChart(labels: ["1"], current: [1], previous: [2]) { "\($0)" }, KeyBar([(key: "q", label: "quit")]),
            Line([Line.Span("abc")]),
        ]
        for w in widgets {
            var grid = Grid.filled(width: 4, height: 3)
            w.render(in: empty, to: &grid)
            w.render(in: Rect(x: 2, y: 1, width: 0, height: 5), to: &grid)
            XCTAssertEqual(grid, Grid.filled(width: 4, height: 3), "\(type(of: w)) drew in an empty area")
        }
    }

    func testWidgetsNeverDrawOutsideTheirArea() {
        let widgets: [any Widget] = [
            Label("a very long label that does not fit"), Block(title: "a long title"), Sparkline(values: Array(repeating: 3, count: 40)),
            Gauge(ratio: 2, label: "200 %"), BarChart(labels: (1...12).map(String.init), current: (1...12).map(Double.init), previous: []) { "\($0)" },
            Table(columns: [Table.Column("a", .fill(1)), Table.Column("b", .fixed(10))], rowCount: 50) { i in [Line.Span("row \(i)"), Line.Span("Nghệ An")] },
            KeyBar((0..<20).map { (key: "k\($0)", label: "label") }),
        ]
        for w in widgets {
            var grid = Grid.filled(width: 12, height: 8)
            let area = Rect(x: 2, y: 2, width: 6, height: 4)
            w.render(in: area, to: &grid)
            for y in 0..<8 {
                for x in 0..<12 where !area.contains(x: x, y: y) {
                    XCTAssertEqual(grid[x, y].grapheme, "x", "\(type(of: w)) drew outside its area at \(x),\(y)")
                }
            }
        }
    }

    func testOneByOneAreasAreSafe() {
        var grid = Grid(width: 1, height: 1)
        let one = grid.area
        Label("Nghệ An").render(in: one, to: &grid)
        Block(title: "x").render(in: one, to: &grid)
        Sparkline(values: [nil, .nan, .infinity]).render(in: one, to: &grid)
        Gauge(ratio: .nan, label: "").render(in: one, to: &grid)
        BarChart(labels: [], current: [], previous: []) { "\($0)" }.render(in: one, to: &grid)
        // Each widget drew into the one cell (the last one over the others) and nothing broke it:
        // one printable grapheme of width 1, no continuation cell, no control character.
        XCTAssertEqual(Invariants.check(grid, size: Size(width: 1, height: 1)), [])
        XCTAssertFalse(grid[0, 0].isContinuation)
        XCTAssertEqual(grid.lines(trim: false).map { $0.count }, [1])
    }

    func testWideCharactersTakeTwoCellsAndAreNotCut() {
        var grid = Grid(width: 5, height: 1)
        grid.write("漢字x", x: 0, y: 0)
        XCTAssertEqual(grid.lines(), ["漢字x"])
        XCTAssertTrue(grid[1, 0].isContinuation)
        var narrow = Grid(width: 3, height: 1)
        narrow.write("漢字", x: 0, y: 0)
        XCTAssertEqual(narrow.lines(), ["漢"], "a wide character that does not fit whole is not drawn")
        narrow.write("a", x: 1, y: 0)
        XCTAssertEqual(narrow.lines(), [" a"], "overwriting half of a wide character blanks the other half")
    }

    func testDecomposedVietnameseIsNormalisedAndMeasuredByDisplayWidth() {
        var grid = Grid(width: 10, height: 1)
        let decomposed = "Nghe\u{0323}\u{0302} An"
        XCTAssertEqual(grid.write(decomposed, x: 0, y: 0), 7)
        XCTAssertEqual(grid.lines(), ["Nghệ An"])
        XCTAssertEqual(grid[3, 0].grapheme, "ệ")
    }

    func testControlCharactersAreShownNotSent() {
        var grid = Grid(width: 10, height: 1)
        Label("a\u{1B}[2Jb").render(in: grid.area, to: &grid)
        XCTAssertFalse(grid.lines()[0].contains("\u{1B}"))
        XCTAssertTrue(grid.lines()[0].hasPrefix("a␛"))
    }

    func testLabelTruncatesByDisplayWidthWithAnEllipsis() {
        var grid = Grid(width: 6, height: 1)
        Label("Thanh Hóa").render(in: grid.area, to: &grid)
        XCTAssertEqual(grid.lines(), ["Thanh…"])
        var right = Grid(width: 6, height: 1)
        Label("ab", alignment: .right).render(in: right.area, to: &right)
        XCTAssertEqual(right.lines(), ["    ab"])
    }

    func testSparklineDrawsGapsForMissingAndNonFiniteValues() {
        var grid = Grid(width: 6, height: 1)
        Sparkline(values: [0, nil, .nan, 7, .infinity, 3.5]).render(in: grid.area, to: &grid)
        XCTAssertEqual(grid.lines(), ["▁··█·▅"])
    }

    func testSparklineOfAllMissingValuesIsAllGaps() {
        var grid = Grid(width: 4, height: 1)
        Sparkline(values: [nil, nil, nil, nil]).render(in: grid.area, to: &grid)
        XCTAssertEqual(grid.lines(), ["····"])
    }

    func testSparklineShowsTheMostRecentValuesWhenNarrow() {
        var grid = Grid(width: 2, height: 1)
        Sparkline(values: [1, 2, 3, nil, 8], symbols: .ascii).render(in: grid.area, to: &grid)
        XCTAssertEqual(grid.lines(), [".@"])
    }

    func testSparklineOfAConstantSeriesIsFlat() {
        var grid = Grid(width: 3, height: 1)
        Sparkline(values: [5, 5, 5]).render(in: grid.area, to: &grid)
        XCTAssertEqual(Set(grid.lines()[0]).count, 1)
    }

    func testGaugeClampsRatios() {
        for (ratio, expected) in [(-1.0, "░░░░░ x"), (0.5, "██▌░░ x"), (1.0, "█████ x"), (7.0, "█████ x")] {
            var grid = Grid(width: 7, height: 1)
            Gauge(ratio: ratio, label: "x").render(in: grid.area, to: &grid)
            XCTAssertEqual(grid.lines(), [expected], "ratio \(ratio)")
        }
        var nan = Grid(width: 7, height: 1)
        Gauge(ratio: .nan, label: "x").render(in: nan.area, to: &nan)
        XCTAssertEqual(nan.lines(), ["····· x"])
    }

    func testGaugeInASCII() {
        var grid = Grid(width: 9, height: 1)
        Gauge(ratio: 0.5, label: "50%", symbols: .ascii).render(in: grid.area, to: &grid)
        XCTAssertEqual(grid.lines(), ["[##-] 50%"])
    }

    func testBlockDrawsBorderAndTitle() {
        var grid = Grid(width: 10, height: 3)
        Block(title: "Thu NSNN").render(in: grid.area, to: &grid)
        XCTAssertEqual(grid.lines(), ["┌ Thu N… ┐", "│        │", "└────────┘"])
        var ascii = Grid(width: 4, height: 2)
        Block(symbols: .ascii).render(in: ascii.area, to: &ascii)
        XCTAssertEqual(ascii.lines(), ["+--+", "+--+"])
    }

    func testTableBuildsOnlyVisibleRowsAndKeepsTheSelectionInView() {
        var built: [Int] = []
        var grid = Grid(width: 12, height: 4)
        Table(columns: [Table.Column("n", .fill(1))], rowCount: 15_000, selected: 9_000, offset: 0) { i in
            built.append(i)
            return [Line.Span("r\(i)")]
        }.render(in: grid.area, to: &grid)
        XCTAssertEqual(built, [8998, 8999, 9000])
        XCTAssertEqual(grid.lines(), ["  n", "  r8998", "  r8999", "▸ r9000"])
    }

    func testTableWithNoRowsShowsTheHeaderOnly() {
        var grid = Grid(width: 8, height: 3)
        Table(columns: [Table.Column("a", .fixed(3)), Table.Column("b", .fill(1), .right)], rowCount: 0) { _ in [] }.render(in: grid.area, to: &grid)
        XCTAssertEqual(grid.lines(), ["  a    b", "", ""])
    }

    func testBarChartHandlesNegativeAndMissingValues() {
        var grid = Grid(width: 12, height: 5)
        BarChart(labels: ["1", "2", "3"], current: [4, nil, -2], previous: []) { String(Int($0)) }.render(in: grid.area, to: &grid)
        let text = grid.lines().joined(separator: "\n")
        XCTAssertTrue(text.contains("·"), text)
        XCTAssertTrue(text.contains("█"), text)
        XCTAssertTrue(grid.lines()[0].hasPrefix(" 4│"), text)
    }

    func testBarChartOfAllMissingValuesDrawsGaps() {
        var grid = Grid(width: 10, height: 4)
        BarChart(labels: ["1", "2"], current: [nil, nil], previous: [nil, .nan]) { "\($0)" }.render(in: grid.area, to: &grid)
        XCTAssertFalse(grid.lines().joined().contains("█"))
    }

    func testKeyBarKeepsHelpAndQuitWhenNarrow() {
        var grid = Grid(width: 24, height: 1)
        KeyBar([(key: "a", label: "alpha"), (key: "b", label: "beta"), (key: "c", label: "gamma"), (key: "?", label: "help"), (key: "q", label: "quit")])
            .render(in: grid.area, to: &grid)
        XCTAssertEqual(grid.lines(), [" c gamma  ? help  q quit"])
    }

    func testLayoutSplitsNeverExceedTheArea() {
        let r = Rect(x: 0, y: 0, width: 10, height: 1)
        let cols = r.columns([.fixed(4), .fill(1), .fixed(20)])
        XCTAssertEqual(cols.map(\.width).reduce(0, +), 10)
        XCTAssertEqual(Rect(x: 0, y: 0, width: 7, height: 1).columns([.fill(1), .fill(1)]).map(\.width), [3, 4])
        XCTAssertTrue(Rect(x: 0, y: 0, width: 1, height: 1).inset(1).isEmpty)
    }

    func testANSIOutputColoursByRoleAndMonoUsesAttributesOnly() {
        var grid = Grid(width: 3, height: 1)
        grid.write("ok", x: 0, y: 0, role: .good)
        let colour = grid.ansiLines(theme: .standard)[0]
        XCTAssertTrue(colour.contains("\u{1B}[0;1;32m"), colour)
        let mono = grid.ansiLines(theme: .mono)[0]
        XCTAssertFalse(mono.contains(";32"), mono)
        XCTAssertTrue(mono.hasSuffix("\u{1B}[0m"))
    }

    /// Muted is grey, not dim: switching a cell between muted and normal changes a colour, not
    /// the attributes (which a terminal can only clear with a full reset). With 8 colours it is dim.
    func testMutedIsGreyWithSixteenColoursAndDimWithEight() {
        var grid = Grid(width: 3, height: 1)
        grid.write("ok", x: 0, y: 0, role: .muted)
        XCTAssertTrue(grid.ansiLines(theme: .standard)[0].contains("\u{1B}[0;90m"), grid.ansiLines(theme: .standard)[0])
        XCTAssertEqual(Theme.standard.fitted(colors: 256), .standard)
        let eight = Theme.standard.fitted(colors: 8)
        XCTAssertEqual(eight.style(for: .muted), Style(.default, .default, [.dim]))
        XCTAssertTrue(grid.ansiLines(theme: eight)[0].contains("\u{1B}[0;2m"), grid.ansiLines(theme: eight)[0])
        XCTAssertEqual(eight.style(for: .accent), Theme.standard.style(for: .accent))
    }
}
