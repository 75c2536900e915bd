import XCTest
@testable import ChisoUI
import ChisoCore

/// The bar chart read without colour: the two years by their marks, the selected month by a
/// symbol, months that have not happened left empty.
final class BarChartTests: XCTestCase {
    private func chart(_ symbols: Symbols = .unicode, current: [Double?], previous: [Double?], highlight: Int? = nil,
                       width: Int = 40, height: Int = 8) -> Grid {
        var grid = Grid(width: width, height: height)
        BarChart(labels: (1...12).map(String.init), current: current, previous: previous, symbols: symbols,
                 legend: ("2025", "2024"), highlight: highlight) { String(Int($0)) }
            .render(in: grid.area, to: &grid)
        return grid
    }

    /// Strips the escape sequences of an ANSI line.
    private func plain(_ line: String) -> String {
        line.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }

    func testTheTwoYearsHaveDifferentMarksAndTheLegendShowsThem() {
        let grid = chart(current: Array(repeating: 6, count: 12), previous: Array(repeating: 6, count: 12))
        let lines = grid.lines()
        XCTAssertEqual(lines[0], "█ 2025  ▒ 2024", lines.joined(separator: "\n"))
        // In every slot the previous year's bar is the pattern and this year's the solid block.
        let bottom = lines[lines.count - 2]
        XCTAssertEqual(bottom.filter { $0 == "▒" }.count, 12, bottom)
        XCTAssertEqual(bottom.filter { $0 == "█" }.count, 12, bottom)
    }

    func testMonoThemeKeepsTheMarks() {
        let grid = chart(current: Array(repeating: 6, count: 12), previous: Array(repeating: 6, count: 12))
        let mono = grid.ansiLines(theme: .mono).map(plain)
        XCTAssertEqual(mono[0].trimmingCharacters(in: .whitespaces), "█ 2025  ▒ 2024")
        XCTAssertTrue(mono[mono.count - 2].contains("▒"))
    }

    func testASCIIMarksDifferToo() {
        let lines = chart(.ascii, current: Array(repeating: 6, count: 12), previous: Array(repeating: 6, count: 12)).lines()
        XCTAssertEqual(lines[0], "# 2025  : 2024", lines.joined(separator: "\n"))
        XCTAssertTrue(lines[lines.count - 2].contains(":"))
        XCTAssertTrue(lines[lines.count - 2].contains("#"))
    }

    func testTheSelectedMonthCarriesThePointer() {
        let lines = chart(current: Array(repeating: 6, count: 12), previous: [], highlight: 4).lines()
        let labels = lines[lines.count - 1]
        XCTAssertTrue(labels.contains("▸5"), labels)
        XCTAssertEqual(labels.filter { $0 == "▸" }.count, 1, labels)
        // A two-digit month in a narrow chart: the pointer and the whole label, neighbours dropped.
        let narrow = chart(current: Array(repeating: 6, count: 12), previous: [], highlight: 10, width: 30).lines()
        XCTAssertTrue(narrow[narrow.count - 1].contains("▸11"), narrow[narrow.count - 1])
    }

    func testMonthsAfterTheSeriesEndAreNotDrawn() {
        // This year has five months; last year all twelve.
        let grid = chart(current: [1, 2, nil, 4, 5], previous: Array(repeating: 3, count: 12), width: 52)
        let lines = grid.lines(trim: false)
        let plotRows = lines.dropFirst().dropLast()
        // Slot width 4 after the axis: the current bar of slot i is at axis + 4i + 1.
        let axis = plotRows.first.map { Array($0).firstIndex(of: "│") ?? 0 } ?? 0
        for i in 0..<12 {
            let x = axis + 1 + i * 4 + 1
            let column = plotRows.map { Array($0)[x] }
            if i < 5 {
                XCTAssertTrue(column.contains { $0 != " " }, "month \(i + 1) has a bar or a gap mark")
            } else {
                XCTAssertTrue(column.allSatisfy { $0 == " " }, "month \(i + 1) has not happened: \(column)")
            }
        }
        // The missing month inside the year still shows as a gap.
        XCTAssertTrue(lines.joined().contains("·"))
    }
}
