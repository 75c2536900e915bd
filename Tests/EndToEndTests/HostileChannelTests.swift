import ChisoTestSupport
import Foundation
import XCTest

/// The one table of hostile strings (`HostileStrings.all`) × every output channel of the real
/// binary: the screen (tmux), `render` (plain and colour), `report` as text, Markdown, CSV and
/// JSON, `validate`, stderr (arguments echoed in errors), and the `.txt` and `.md` files of the
/// `e` export. The data folder's unit, indicator and region names, sources, quotes, notes,
/// targets and resolution items carry the strings; the folder's own name (the data label) is
/// hostile too.
final class HostileChannelTests: TmuxTestCase {
    static let folderName = "data\u{1B}]0;owned\u{07}<b>[x](javascript:y)"
    let cases = HostileStrings.all

    /// Checks one channel's output; returns how many strings of the table were found in it in
    /// their safe form.
    struct Channel {
        let name: String
        var found = 0
        var failures: [String] = []
    }

    static func stripColour(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }

    /// The first `n` characters of what the screen must show for `text`.
    static func shown(_ text: String, _ n: Int = 8) -> String { String(HostileStrings.visible(HostileStrings.asLoaded(text)).prefix(n)) }

    func run(_ arguments: [String]) throws -> ChisoProcess.Output { try ChisoProcess.run(arguments, cwd: work.path) }

    func testEveryHostileStringThroughEveryChannel() throws {
        let data = work.appendingPathComponent(Self.folderName)
        try HostileStrings.writeDataFolder(at: data)
        var summary: [String] = []
        func record(_ channel: String, found: Int, of total: Int) {
            summary.append("\(channel): \(found)/\(total)")
        }
        /// Text for a terminal: no hostile scalar (line feeds between lines aside), each string
        /// of the table present as `expected(case)` when given.
        func terminal(_ channel: String, _ output: String, expected: ((HostileStrings.Case) -> String)?, colour: Bool = false) {
            var text = output
            if colour {
                XCTAssertEqual(HostileStrings.nonColourEscapes(text), [], channel)
                text = Self.stripColour(text)
            }
            XCTAssertEqual(HostileStrings.dangerous(in: text), [], "\(channel): \(text.debugDescription.prefix(2000))")
            XCTAssertFalse(text.contains("\nchiso: error: fake"), "\(channel): a line feed from data started a line")
            guard let expected else { return }
            var found = 0
            for c in cases {
                if text.contains(expected(c)) { found += 1 } else { XCTFail("\(channel) × \(c.name): \(expected(c).debugDescription) not in\n\(text)") }
            }
            record(channel, found: found, of: cases.count)
        }

        // report: text, Markdown, CSV, JSON.
        let base = ["--data", data.path]
        for format in ["text", "markdown", "csv", "json"] {
            let r = try run(["report"] + base + ["--province", "h00", "--month", "2025-05", "--format", format])
            XCTAssertEqual(r.status, 0, r.stderr)
            terminal("report \(format) stderr", r.stderr, expected: nil)
            switch format {
            case "text":
                terminal("report text", r.stdout, expected: { HostileStrings.visible(HostileStrings.asLoaded($0.text)) })
            case "markdown":
                XCTAssertEqual(HostileStrings.dangerous(in: r.stdout), [], "report markdown")
                XCTAssertEqual(HostileStrings.markdownLeaks(r.stdout), [], "report markdown")
                let found = cases.filter { r.stdout.contains(HostileStrings.markdownEscaped(HostileStrings.asLoaded($0.text))) }
                XCTAssertEqual(found.count, cases.count, "report markdown misses \(Set(cases.map(\.name)).subtracting(found.map(\.name)))")
                XCTAssertTrue(r.stdout.contains(HostileStrings.markdownEscaped(Self.folderName)), "the data label, escaped")
                record("report markdown", found: found.count, of: cases.count)
            case "csv":
                XCTAssertEqual(HostileStrings.dangerous(in: r.stdout), [], "report csv")
                let records = HostileStrings.parseCSV(r.stdout)
                let header = records.first ?? []
                var formulas: [String] = []
                for cell in records.dropFirst().joined() {
                    if let first = cell.unicodeScalars.first, HostileStrings.formulaStarts.contains(first), Double(cell) == nil { formulas.append(cell) }
                }
                XCTAssertEqual(formulas, [], "cells a spreadsheet would run")
                let name = header.firstIndex(of: "indicator_name") ?? 0, source = header.firstIndex(of: "source") ?? 0
                let found = cases.filter { c in
                    let cell = HostileStrings.expectedCSVCell(HostileStrings.asLoaded(c.text))
                    return records.contains { $0.count == header.count && $0[name] == cell && $0[source] == cell }
                }
                XCTAssertEqual(found.count, cases.count, "report csv misses \(Set(cases.map(\.name)).subtracting(found.map(\.name)))")
                XCTAssertTrue(records.dropFirst().contains { $0.contains("1") }, "numbers stay numbers")
                record("report csv", found: found.count, of: cases.count)
            default:
                XCTAssertEqual(HostileStrings.dangerous(in: r.stdout), [], "report json")
                let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
                let figures = object?["figures"] as? [[String: Any]] ?? []
                let items = object?["items"] as? [[String: Any]] ?? []
                let found = cases.filter { c in
                    let text = HostileStrings.asLoaded(c.text)
                    // YAML keeps an escaped carriage return as it is; CSV reads it as a line break.
                    let yaml = c.text.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
                    return figures.contains { $0["indicator_name"] as? String == text && $0["source"] as? String == text && $0["quote"] as? String == text }
                        && items.contains { $0["title"] as? String == yaml && $0["lead"] as? String == yaml }
                }
                XCTAssertEqual(found.count, cases.count, "report json misses \(Set(cases.map(\.name)).subtracting(found.map(\.name)))")
                XCTAssertEqual(object?["province_name"] as? String, HostileStrings.asLoaded(HostileStrings.joined), "lossless")
                XCTAssertEqual(object?["dataset"] as? String, Self.folderName, "lossless")
                record("report json", found: found.count, of: cases.count)
            }
        }

        // validate: each string in an unknown province name, and the folder name in every path.
        let v = try run(["validate", "--lang", "en"] + base)
        XCTAssertEqual(v.status, 1, v.stderr)
        terminal("validate", v.stdout, expected: { "unknown province '" + HostileStrings.visible(HostileStrings.asLoaded("zz" + $0.text)) + "'" })
        terminal("validate stderr", v.stderr, expected: nil)
        XCTAssertTrue(v.stdout.contains(HostileStrings.visible(Self.folderName) + "/errors.csv:2:1: error: unknown province"), v.stdout)
        // Hostile ids are refused where they stand, so no id in any output can carry them.
        let ids = HostileStrings.badIDs
        for (file, message) in [("provinces.csv", "unit id '\(HostileStrings.visible(ids.unit))' is not an ASCII slug"),
                                ("indicators.csv", "indicator id '\(HostileStrings.visible(ids.indicator))' is not an ASCII slug"),
                                ("resolutions.yaml", "document id '\(HostileStrings.visible(ids.document))' is not of the documented form")] {
            XCTAssertTrue(v.stdout.contains("/\(file):") && v.stdout.contains(message), "\(file): \(message) not in\n\(v.stdout)")
        }

        // stderr: every argument that names something, echoed in its error, holding every string.
        let argument = "zz" + cases.filter(\.fitsArgv).map(\.text).joined(separator: " · ")
        let echoed = HostileStrings.visible(argument)
        let argvCases = cases.filter(\.fitsArgv)
        for (command, option) in [("report", "--province"), ("report", "--indicator"), ("report", "--month"), ("report", "--lang"),
                                  ("render", "--province"), ("render", "--indicator"), ("render", "--resolution"), ("render", "--screen"),
                                  ("render", "--theme"), ("render", "--lang"), ("render", "--month")] {
            var arguments = [command] + base + ["\(option)=\(argument)"]
            if command == "report" && option != "--province" { arguments += ["--province", "h00"] }
            let r = try run(arguments)
            XCTAssertEqual(r.status, 64, "\(command) \(option): \(r.stderr)")
            terminal("stderr \(command) \(option)", r.stderr, expected: nil)
            XCTAssertTrue(r.stderr.contains("'\(echoed)'"), "\(command) \(option): \(r.stderr)")
            record("stderr \(command) \(option)", found: r.stderr.contains("'\(echoed)'") ? argvCases.count : 0, of: argvCases.count)
        }

        // render: plain and colour, every screen; on Compare every unit's name shows.
        let view = ["--province", "h00", "--month", "2025-05", "--indicator", "i01", "--width", "200", "--height", "70"]
        for screen in ["overview", "compare", "detail", "resolutions"] {
            for colour in [false, true] {
                let r = try run(["render"] + base + view + ["--screen", screen] + (colour ? ["--color"] : []))
                XCTAssertEqual(r.status, 0, r.stderr)
                let channel = "render \(screen)\(colour ? " --color" : "")"
                terminal(channel, r.stdout, expected: screen == "compare" ? { Self.shown($0.text) } : nil, colour: colour)
            }
        }

        // The screen, in tmux: Compare with every unit, then `e`.
        let exports = work.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
        try Data(data.path.utf8).write(to: work.appendingPathComponent("datapath"))
        let title = try tmux(["display-message", "-p", "-t", "t", "#{pane_title}"])
        try start("--data \"$(cat '\(work.path)/datapath')\" " + view.dropLast(4).joined(separator: " ") + " --screen compare",
                  env: "CHISO_EXPORT_DIR='\(exports.path)'", width: 200, height: 70)
        try waitForText(Self.shown(cases[0].text))
        let pane = try tmux(["capture-pane", "-p", "-e", "-t", "t"])
        terminal("screen", pane, expected: { Self.shown($0.text) }, colour: true)
        XCTAssertNotEqual(try tmux(["display-message", "-p", "-t", "t", "#{pane_title}"]).trimmingCharacters(in: .whitespacesAndNewlines), "owned", title)
        try keys("e")
        try waitFor("the export") { $0.contains("Đã xuất") }
        let files = try FileManager.default.contentsOfDirectory(atPath: exports.path).sorted()
        XCTAssertEqual(files.map { ($0 as NSString).pathExtension }, ["md", "txt"], "\(files)")
        for file in files {
            let text = try String(contentsOf: exports.appendingPathComponent(file), encoding: .utf8)
            if file.hasSuffix(".txt") {
                terminal("export .txt", text, expected: { Self.shown($0.text) })
            } else {
                XCTAssertEqual(HostileStrings.dangerous(in: text), [], "export .md")
                let lines = text.components(separatedBy: "\n")
                let prose = lines.prefix { !$0.hasPrefix("```") }.joined(separator: "\n")
                XCTAssertEqual(HostileStrings.markdownLeaks(prose), [], prose)
                let found = cases.filter { lines[0].contains(HostileStrings.markdownEscaped(HostileStrings.asLoaded($0.text))) }
                XCTAssertEqual(found.count, cases.count, "the heading (unit name) misses \(Set(cases.map(\.name)).subtracting(found.map(\.name)))")
                XCTAssertTrue(prose.contains(HostileStrings.markdownEscaped(Self.folderName)), "the data label, escaped: \(prose)")
                record("export .md heading", found: found.count, of: cases.count)
            }
        }
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
        try assertTerminalRestored()
        print("hostile strings × channels (found in their safe form / table):\n  " + summary.joined(separator: "\n  "))
    }
}
