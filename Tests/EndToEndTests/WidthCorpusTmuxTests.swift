import ChisoCore
import Foundation
import XCTest

/// The live screen in tmux and `chiso render` are the same, cell for cell, when unit names carry
/// emoji, ZWJ sequences, flags, skin tones, CJK, long combining stacks and East Asian ambiguous
/// characters; every frame line is exactly the terminal's width by chiso's measure (the C
/// library's wcwidth, which tmux uses too). Steps through screens, provinces and months, so a
/// cell left stale by a width mistake shows as a difference.
final class WidthCorpusTmuxTests: TmuxTestCase {
    /// Appended to the names of bundled units: one class of the corpus each.
    static let corpus: [String: String] = [
        "ha-noi": "🟠",                                        // emoji presentation (U+1F7E0)
        "cao-bang": "👨\u{200D}👩\u{200D}👧",                  // ZWJ sequence
        "tuyen-quang": "❤\u{FE0F}",                            // VS16 on a narrow base
        "dien-bien": "⌚\u{FE0F} ☺",                           // VS16 on a wide base; a narrow text emoji
        "lai-chau": "老街",                                     // CJK
        "son-la": "q\u{301}\u{302}\u{303}\u{304} q\u{301}\u{302}\u{303}\u{304}\u{306}\u{30C}",   // 4 marks fit, 6 do not
        "lao-cai": "±①Ω",                                      // East Asian ambiguous
        "thai-nguyen": "🫨 🇻",                                 // newer than the C library's table; a lone regional indicator
        "lang-son": "ＡＢ ⌚\u{FE0E}",                          // fullwidth; VS15 on a wide base
        "quang-ninh": "1\u{FE0F}\u{20E3} 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",   // keycap; tag flag
        "bac-ninh": "한국 \u{1100}\u{1161}\u{11A8}",            // Hangul, conjoining jamo
        "phu-tho": "𠀋",                                        // CJK extension B
        "hai-phong": "👩\u{200D}💻🏳\u{FE0F}\u{200D}🌈",         // more ZWJ sequences
        "thanh-hoa": "⌚",                                      // U+231A
        "nghe-an": "🇻🇳",                                       // flag
        "ha-tinh": "👍🏽",                                       // skin tone
    ]

    /// A copy of the bundled data whose unit names carry the corpus.
    func makeDataFolder() throws -> URL {
        let data = work.appendingPathComponent("data")
        try FileManager.default.copyItem(at: ChisoProcess.repoRoot.appendingPathComponent("Data"), to: data)
        let file = data.appendingPathComponent("provinces.csv")
        var reader = CSVReader(bytes: Array(try Data(contentsOf: file)))
        var issues: [CSVIssue] = []
        var records: [[String]] = []
        while let record = reader.nextRecord(issues: &issues) { records.append(record.map(\.value)) }
        XCTAssertEqual(issues, [])
        let header = try XCTUnwrap(records.first)
        let id = try XCTUnwrap(header.firstIndex(of: "id")), name = try XCTUnwrap(header.firstIndex(of: "name"))
        var renamed = 0
        for i in records.indices.dropFirst() {
            if let suffix = Self.corpus[records[i][id]] { records[i][name] += " " + suffix; renamed += 1 }
        }
        XCTAssertEqual(renamed, Self.corpus.count, "every corpus unit is in the bundled provinces.csv")
        let text = records.map { $0.map(Self.quoted).joined(separator: ",") }.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: file)
        return data
    }

    static func quoted(_ field: String) -> String {
        field.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }

    /// `chiso render` of the same start and keys: the plain lines, checked against the coloured
    /// frame, which keeps every cell (the plain one drops trailing blanks).
    func rendered(_ start: [String], keys: [String], width: Int, height: Int, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let args = ["render"] + start + ["--width", "\(width)", "--height", "\(height)", "--keys", keys.joined(separator: " ")]
        let plain = try ChisoProcess.run(args)
        let coloured = try ChisoProcess.run(args + ["--color"])
        XCTAssertEqual(plain.status, 0, plain.stderr, file: file, line: line)
        XCTAssertEqual(coloured.status, 0, coloured.stderr, file: file, line: line)
        let lines = Self.lines(plain.stdout)
        let full = Self.lines(coloured.stdout).map(Self.withoutSGR)
        XCTAssertEqual(lines.count, height, file: file, line: line)
        XCTAssertEqual(full.count, height, file: file, line: line)
        for (y, (text, cells)) in zip(lines, full).enumerated() {
            XCTAssertEqual(DisplayWidth.of(cells), width, "render line \(y) after \(keys) is not \(width) columns: \(cells)", file: file, line: line)
            XCTAssertEqual(Self.trimmed(cells), text, "render line \(y): plain and coloured differ", file: file, line: line)
        }
        return lines
    }

    /// A frame line as the dashboard shows it in a non-UTF-8 locale: each cell folded by
    /// `ASCIIFallback.fold`, a wide grapheme as its stand-in and a blank.
    static func asciiLine(_ text: String) -> String {
        var out = ""
        for c in text {
            let w = DisplayWidth.of(c)
            if w == 0 { continue }
            out += ASCIIFallback.fold(String(c)) + (w == 2 ? " " : "")
        }
        return out
    }

    /// The lines of an output that ends with a newline.
    static func lines(_ text: String) -> [String] {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    static func withoutSGR(_ line: String) -> String {
        line.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }

    static func trimmed(_ line: String) -> String {
        var l = line
        while l.hasSuffix(" ") { l.removeLast() }
        return l
    }

    /// Waits until the pane shows `expected`; fails with both frames side by side when it does not.
    func assertScreen(_ expected: [String], width: Int, after keys: [String], timeout: TimeInterval = 10,
                      file: StaticString = #filePath, line: UInt = #line) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var live: [String] = []
        while true {
            live = Self.lines(try tmux(["capture-pane", "-p", "-N", "-t", "t"]))
            if live.map(Self.trimmed) == expected { break }
            if Date() > deadline {
                let diff = zip(live.map(Self.trimmed), expected).enumerated().filter { $0.element.0 != $0.element.1 }
                    .map { "line \($0.offset)\n  live:   \($0.element.0)\n  render: \($0.element.1)" }
                XCTFail("after \(keys) the live screen (\(live.count) lines) differs from render (\(expected.count) lines):\n"
                        + diff.joined(separator: "\n"), file: file, line: line)
                return
            }
            usleep(50_000)
        }
        // tmux keeps only the blanks ncurses sent, so a pane line may be shorter, never longer.
        for (y, l) in live.enumerated() {
            XCTAssertLessThanOrEqual(DisplayWidth.of(l), width, "tmux line \(y) after \(keys) is over \(width) columns by chiso's measure: \(l)", file: file, line: line)
        }
    }

    /// (tmux key, render key) steps.
    static let steps120: [(String, String)] = [
        ("2", "2"), ("Left", "left"), ("Right", "right"), ("Left", "left"), ("Down", "down"), ("Down", "down"),
        ("Down", "down"), ("Right", "right"), ("Up", "up"), ("1", "1"), ("Up", "up"), ("Up", "up"), ("Left", "left"),
        ("Up", "up"), ("2", "2"), ("Down", "down"), ("1", "1"), ("Down", "down"),
    ]
    static let steps80: [(String, String)] = [("Up", "up"), ("Up", "up"), ("2", "2"), ("Right", "right"), ("Left", "left"), ("Down", "down")]

    /// Widths are measured under C.UTF-8 when the environment's locale is not UTF-8, so the
    /// frame does not depend on it.
    func testRenderMeasuresTheSameUnderANonUTF8Locale() throws {
        let data = try makeDataFolder()
        let args = ["render", "--data", data.path, "--province", "nghe-an", "--month", "2025-05", "--width", "120", "--height", "40", "--keys", "2 left"]
        let utf8 = try ChisoProcess.run(args, environment: ["LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"])
        let posix = try ChisoProcess.run(args, environment: ["LC_ALL": "C", "LANG": "C"])
        XCTAssertEqual(utf8.status, 0, utf8.stderr)
        XCTAssertTrue(utf8.stdout.contains("Nghệ An \(DisplayWidth.placeholder)"), utf8.stdout)
        XCTAssertEqual(posix.stdout, utf8.stdout)
    }

    func testLiveScreenAndRenderAreTheSameCellForCellOnTheWidthCorpusAt120x40() throws {
        try assertLiveEqualsRender(width: 120, height: 40, steps: Self.steps120)
    }

    func testLiveScreenAndRenderAreTheSameCellForCellOnTheWidthCorpusAt80x24() throws {
        try assertLiveEqualsRender(width: 80, height: 24, steps: Self.steps80)
    }

    /// Starts the dashboard on the corpus data and checks the pane against `render` at the start
    /// and after every step.
    func assertLiveEqualsRender(width: Int, height: Int, steps: [(String, String)], file: StaticString = #filePath, line: UInt = #line) throws {
        let data = try makeDataFolder()
        let opening = ["--data", data.path, "--province", "nghe-an", "--month", "2025-05"]
        try start(opening.joined(separator: " "), width: width, height: height)
        var keys: [String] = []
        try assertScreen(try rendered(opening, keys: keys, width: width, height: height), width: width, after: keys, timeout: 60, file: file, line: line)
        for (live, render) in steps {
            try self.keys(live)
            keys.append(render)
            try assertScreen(try rendered(opening, keys: keys, width: width, height: height), width: width, after: keys, file: file, line: line)
        }
    }

    /// In a locale that is not UTF-8 the dashboard folds each cell to ASCII: a wide grapheme is
    /// its stand-in and a blank, so nothing of the last frame is left in its right half.
    func testASCIIFoldedScreenKeepsEveryColumnAndNoStaleHalf() throws {
        let data = try makeDataFolder()
        let opening = ["--data", data.path, "--province", "nghe-an", "--month", "2025-05"]
        let width = 120, height = 40
        try start(opening.joined(separator: " "), width: width, height: height, launcher: "env LANG=C LC_ALL=C")
        var keys: [String] = []
        func expected() throws -> [String] {
            try rendered(opening + ["--ascii"], keys: keys, width: width, height: height).map { Self.trimmed(Self.asciiLine($0)) }
        }
        try assertScreen(try expected(), width: width, after: keys, timeout: 60)
        for (live, render) in Self.steps120.prefix(10) {
            try self.keys(live)
            keys.append(render)
            try assertScreen(try expected(), width: width, after: keys)
        }
    }
}
