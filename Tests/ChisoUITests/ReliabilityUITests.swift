import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// Frames at every size never draw outside themselves; hostile text never breaks neighbouring
/// cells; a reload with errors keeps the last good data.
final class ReliabilityUITests: XCTestCase {
    /// A private-use character no screen draws.
    static let sentinel = "\u{E000}"

    /// Renders the frame of `state.size` into a larger grid pre-filled with a sentinel and checks
    /// that nothing outside the frame changed and every row is whole.
    func assertDrawsInside(_ state: AppState, _ data: DashboardData, _ what: @autoclosure () -> String,
                           file: StaticString = #filePath, line: UInt = #line) {
        let w = state.size.width, h = state.size.height
        var canvas = Grid.filled(width: w + 3, height: h + 2, with: Self.sentinel)
        Frame.render(state, data, into: &canvas)
        for y in 0..<canvas.height {
            for x in 0..<canvas.width where x >= w || y >= h {
                if canvas[x, y].grapheme != Self.sentinel {
                    XCTFail("\(what()): drew \(canvas[x, y].grapheme.debugDescription) at (\(x), \(y)) outside \(w)×\(h)", file: file, line: line)
                    return
                }
            }
        }
        // Inside: no sentinel left, no continuation cell without its wide grapheme.
        for y in 0..<h {
            for x in 0..<w {
                let c = canvas[x, y]
                if c.grapheme == Self.sentinel { XCTFail("\(what()): cell (\(x), \(y)) not drawn", file: file, line: line); return }
                if c.isContinuation && (x == 0 || DisplayWidth.of(canvas[x - 1, y].grapheme) != 2) {
                    XCTFail("\(what()): broken wide cell at (\(x), \(y))", file: file, line: line); return
                }
            }
        }
    }

    func testEveryScreenAtEverySmallSizeDrawsOnlyInsideTheFrame() throws {
        let data = Fixtures.bundled
        var base = try Fixtures.session().state
        for screen in ScreenID.allCases {
            for lang in [Language.vi, .en] {
                for w in 0...30 {
                    for h in 0...12 {
                        base.screen = screen
                        base.language = lang
                        var s = base
                        Reducer.reduce(&s, .resize(Size(width: w, height: h)), data)
                        assertDrawsInside(s, data, "\(screen) \(lang) \(w)×\(h)")
                    }
                }
            }
        }
    }

    func testRandomSizesAndKeysDrawOnlyInsideTheFrame() throws {
        var rng = SplitMix(seed: 2025)
        let keys: [Key] = [.up, .down, .left, .right, .enter, .esc, .tab, .backtab, .pageUp, .pageDown, .home, .end,
                           .char("1"), .char("2"), .char("3"), .char("4"), .char("?"), .char("i"), .char("b"), .char("s"), .char("S"),
                           .char("L"), .char("p"), .char("/"), .char("n"), .char("g"), .char("x"), .char("j"), .char("k")]
        var session = try Fixtures.session()
        for step in 0..<400 {
            // Mostly sizes around the minimum and beyond, sometimes tiny.
            let w = step % 9 == 0 ? Int(rng.next() % 8) : 40 + Int(rng.next() % 200)
            let h = step % 9 == 0 ? Int(rng.next() % 5) : 10 + Int(rng.next() % 60)
            session.apply(.resize(Size(width: w, height: h)))
            for _ in 0..<3 { session.send(keys[Int(rng.next() % UInt64(keys.count))]) }
            if session.state.search?.editing == true, step % 2 == 0 { session.send(.esc) }
            session.state.ascii = step % 5 == 0
            assertDrawsInside(session.state, session.data, "step \(step) \(session.state.screen) \(w)×\(h)")
        }
    }

    // MARK: Hostile text

    /// Writes `text` into the middle cell of a row between two neighbours and checks the neighbours.
    func assertNeighboursKept(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        var grid = Grid.filled(width: 12, height: 3, with: "x")
        grid.write("L", x: 0, y: 1)
        grid.write("R", x: 11, y: 1)
        Label(text).render(in: Rect(x: 1, y: 1, width: 10, height: 1), to: &grid)
        XCTAssertEqual(grid[0, 1].grapheme, "L", file: file, line: line)
        XCTAssertEqual(grid[11, 1].grapheme, "R", file: file, line: line)
        for x in 0..<12 {
            XCTAssertEqual(grid[x, 0].grapheme, "x", "row above touched", file: file, line: line)
            XCTAssertEqual(grid[x, 2].grapheme, "x", "row below touched", file: file, line: line)
        }
        var width = 0
        for x in 1...10 where !grid[x, 1].isContinuation {
            let g = grid[x, 1].grapheme
            XCTAssertFalse(g.unicodeScalars.contains { Sanitizer.isDangerous($0) }, "control in cell \(x): \(g.debugDescription)", file: file, line: line)
            XCTAssertLessThanOrEqual(g.unicodeScalars.count, 5, "cell \(x) holds too many scalars for a terminal cell", file: file, line: line)
            width += DisplayWidth.of(g)
        }
        XCTAssertLessThanOrEqual(width, 10, file: file, line: line)
    }

    func testHostileTextNeverBreaksNeighbouringCells() {
        assertNeighboursKept("\u{1B}]0;owned\u{07}Nghệ An")
        assertNeighboursKept("\u{1B}[2JNghệ An\u{1B}[0m")
        assertNeighboursKept("\u{202E}nA ệhgN\u{202C}")
        assertNeighboursKept(String(repeating: "Thành phố Hồ Chí Minh ", count: 500))
        assertNeighboursKept("a" + String(repeating: "\u{0301}", count: 300) + "b" + String(repeating: "\u{0323}\u{0302}", count: 200))
        assertNeighboursKept(String(repeating: "\u{0301}", count: 50))
        assertNeighboursKept("越南河内市越南河内市越南")
        assertNeighboursKept("x越南河内市越南河内市越南")
        assertNeighboursKept("👨‍👩‍👧‍👦🇻🇳🇻🇳🇻🇳🇻🇳🇻🇳🇻🇳")
        assertNeighboursKept(String(decoding: [0x4E, 0xC3, 0x28, 0xFF, 0xFE, 0xE1, 0xBB, 0x87, 0xED, 0xA0, 0x80, 0x41], as: UTF8.self))
        assertNeighboursKept("\u{7F}\u{85}\u{9B}31m\u{2066}x\u{2069}\u{200F}")
    }

    func testHostileTextOverwritingWideCellsRepairsThem() {
        var grid = Grid.filled(width: 6, height: 1, with: "x")
        grid.write("越南河", x: 0, y: 0)
        // A narrow write into the right half of a wide grapheme blanks its left half.
        grid.write("\u{1B}", x: 1, y: 0)
        XCTAssertEqual(grid[0, 0].grapheme, " ")
        XCTAssertEqual(grid[1, 0].grapheme, "␛")
        XCTAssertEqual(grid[2, 0].grapheme, "南")
        XCTAssertTrue(grid[3, 0].isContinuation)
    }

    // MARK: Reload

    func brokenData() throws -> DashboardData {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-ui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("observations.csv")
        try "province,period,basis,indicator,value,unit,source\nNghe An,2025-05,ytd,budget_revenue,abc,VND bn,https://example.org\n"
            .write(to: file, atomically: true, encoding: .utf8)
        // The same files as the bundled data, and one with an error.
        let data = DashboardData(DataLoader.load(paths: [Fixtures.dataFolder, file.path], label: "broken"))
        XCTAssertGreaterThan(data.dataset.errorCount, 0)
        return data
    }

    func testAReloadWithErrorsKeepsTheLastGoodDataMarksItStaleAndListsTheProblems() throws {
        var session = try Fixtures.session(width: 120, height: 40, language: "en")
        let before = session.frame().lines().dropFirst().dropLast()
        XCTAssertFalse(session.reloaded(try brokenData()))
        XCTAssertTrue(session.state.stale)
        XCTAssertEqual(session.data.dataset.store.count, Fixtures.bundled.dataset.store.count, "the good data stays")
        XCTAssertFalse(session.state.problems.isEmpty)
        let frame = session.frame().lines()
        XCTAssertTrue(frame[0].contains("STALE"), frame[0])
        XCTAssertTrue(frame.last?.contains("Reload failed") == true, frame.last ?? "")
        XCTAssertEqual(Array(frame.dropFirst().dropLast()), Array(before), "the body still shows the last good data")
        // p lists the problems; Esc closes the list.
        session.send(.char("p"))
        let listed = session.frame().text
        XCTAssertTrue(listed.contains("Data problems") && listed.contains("observations.csv:2"), listed)
        session.send(.esc)
        XCTAssertFalse(session.state.problemsOpen)
        // A good reload clears the mark.
        XCTAssertTrue(session.reloaded(Fixtures.bundled))
        XCTAssertFalse(session.state.stale)
        XCTAssertFalse(session.frame().lines()[0].contains("STALE"))
    }

    func testTheProblemsListScrollsAndFitsAnySize() throws {
        var session = try Fixtures.session(width: 60, height: 18)
        var many: [Diagnostic] = []
        for i in 1...700 { many.append(Diagnostic(file: "f\u{1B}[2J.csv", line: i, column: 1, severity: .error, Phrase(.diagBadValue, "bad \u{202E}value"))) }
        session.apply(.reloadFailed(.errors(700), many, total: 700))
        XCTAssertEqual(session.state.problems.count, AppState.problemLimit)
        session.send(.char("p"))
        session.send([.pageDown, .pageDown, .down, .end])
        XCTAssertGreaterThan(session.state.problemsOffset, 0)
        let text = session.frame().text
        XCTAssertFalse(text.unicodeScalars.contains { Sanitizer.isDangerous($0) && $0 != "\n" }, text)
        for (w, h) in [(0, 0), (1, 1), (60, 18), (61, 19), (200, 60)] {
            session.apply(.resize(Size(width: w, height: h)))
            assertDrawsInside(session.state, session.data, "problems \(w)×\(h)")
        }
    }
}

/// A small deterministic generator for the tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
