import ChisoCore
import ChisoTestSupport
import Foundation
import XCTest

/// The sanitising gate, one function per kind of channel, against the one table of hostile
/// strings (`HostileStrings.all`); then the reports in every format on a data folder whose names,
/// labels, sources, quotes and notes carry those strings.
final class SanitizerTests: XCTestCase {
    let table = HostileStrings.all

    // MARK: The gate

    func testTerminalGateShowsEveryHostileScalarAsAVisibleSymbol() {
        for c in table {
            let out = Sanitizer.terminal(c.text)
            XCTAssertEqual(HostileStrings.dangerous(in: out.replacingOccurrences(of: "\n", with: "\u{1}")), [], c.name)
            XCTAssertEqual(out, HostileStrings.visible(c.text), c.name)
            XCTAssertEqual(Sanitizer.clean(c.text), out, c.name)
        }
        // The bidi marks and separators the old fast path let through.
        XCTAssertEqual(Sanitizer.clean("a\u{061C}b\u{2028}c\u{2029}d"), "a\u{FFFD}b\u{FFFD}c\u{FFFD}d")
        XCTAssertEqual(Sanitizer.terminal("a\nb\u{1B}", keepingLineBreaks: true), "a\nb\u{241B}")
        XCTAssertEqual(Sanitizer.terminal("Nghệ An 🇻🇳 👨‍👩‍👧"), "Nghệ An 🇻🇳 👨‍👩‍👧", "ordinary text is left alone")
    }

    func testMarkdownGateEscapesHTMLAndLinks() {
        for c in table {
            let out = Sanitizer.markdown(c.text)
            XCTAssertEqual(HostileStrings.dangerous(in: out), [], c.name)
            XCTAssertEqual(HostileStrings.markdownLeaks(out), [], c.name)
            XCTAssertFalse(out.contains("<") || out.contains(">"), c.name)
            XCTAssertEqual(out, HostileStrings.markdownEscaped(c.text), c.name)
        }
        XCTAssertEqual(Sanitizer.markdownLink("https://baonghean.vn/a_b"), "<https://baonghean.vn/a_b>")
        XCTAssertEqual(Sanitizer.markdownLink("javascript:alert(1)"), "javascript:alert(1)", "never a link")
        XCTAssertEqual(Sanitizer.markdownLink("https://x.example/><script>"), "https://x.example/&gt;&lt;script&gt;")
        XCTAssertEqual(Sanitizer.markdownLink("https://x.example/a\u{1B}]0;t\u{07}"), "<https://x.example/a\u{241B}]0;t\u{2407}>")
        XCTAssertEqual(Sanitizer.markdownFence(for: "a ```` b"), "`````")
        XCTAssertEqual(Sanitizer.markdownFence(for: "plain"), "```")
    }

    func testCSVGateNeutralisesFormulasAndKeepsNumbers() {
        for c in table {
            let field = Sanitizer.csvField(c.text)
            let cells = HostileStrings.parseCSV(field + "\n")
            XCTAssertEqual(cells, [[HostileStrings.expectedCSVCell(c.text)]], c.name)
        }
        for number in ["-3.5", "+2", "1e-3", "11360", "-1.5E+10", ""] {
            XCTAssertEqual(Sanitizer.csvField(number), number, "a number stays a number")
        }
        XCTAssertEqual(Sanitizer.csvField("-2+3"), "'-2+3")
        XCTAssertEqual(Sanitizer.csvField("=1,2"), "\"'=1,2\"")
        XCTAssertEqual(Sanitizer.csvField("\t=1"), "'\u{2409}=1")
    }

    func testJSONGateIsLossless() throws {
        for c in table {
            let literal = Sanitizer.json(c.text)
            XCTAssertEqual(HostileStrings.dangerous(in: literal), [], c.name)
            let back = try JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8)) as? [String]
            XCTAssertEqual(back, [c.text], c.name)
            let encoded = String(decoding: try JSONEncoder().encode([c.text]), as: UTF8.self)
            let document = Sanitizer.jsonDocument(encoded)
            XCTAssertEqual(HostileStrings.dangerous(in: document), [], c.name)
            XCTAssertEqual(try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String], [c.text], c.name)
        }
        XCTAssertEqual(Sanitizer.json("\u{9B}\u{202E}\u{2028}"), "\"\\u009b\\u202e\\u2028\"")
    }

    func testEveryChannelKindGoesThroughTheGate() {
        let text = "=\u{1B}[2J<b>\u{202E}"
        XCTAssertEqual(Sanitizer.sanitize(text, for: .terminal), Sanitizer.terminal(text))
        XCTAssertEqual(Sanitizer.sanitize(text, for: .markdown), Sanitizer.markdown(text))
        XCTAssertEqual(Sanitizer.sanitize(text, for: .csv), Sanitizer.csvField(text))
        XCTAssertEqual(Sanitizer.sanitize(text, for: .json), Sanitizer.json(text))
        for channel in Sanitizer.Channel.allCases {
            XCTAssertEqual(HostileStrings.dangerous(in: Sanitizer.sanitize(text, for: channel)), [], channel.rawValue)
        }
    }
}

/// Reports in every format on the hostile data folder: a library-level check of the same table
/// the end-to-end `HostileChannelTests` runs through the binary.
final class HostileReportTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-hostile-report-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let made = folder!
        addTeardownBlock { try? FileManager.default.removeItem(at: made) }
        try HostileStrings.writeDataFolder(at: folder)
    }

    func brief(_ format: BriefFormat) throws -> String {
        let dataset = DataLoader.load(paths: [folder.path])
        let unit = try XCTUnwrap(dataset.catalogue.unit(id: "h00"))
        let analytics = Analytics(dataset)
        let brief = Brief.build(analytics, unit: unit, period: Period(year: 2025, month: 5), lang: .vi)
        XCTAssertEqual(brief.rows.count, HostileStrings.all.count, "one row per hostile indicator")
        return BriefFormatter(brief).render(format)
    }

    func testTextReportShowsHostileTextAsVisibleSymbols() throws {
        let out = try brief(.text)
        XCTAssertEqual(HostileStrings.dangerous(in: out), [])
        for c in HostileStrings.all {
            XCTAssertTrue(out.contains(HostileStrings.visible(HostileStrings.asLoaded(c.text))), "\(c.name): \(out)")
        }
    }

    func testMarkdownReportEscapesHostileText() throws {
        let out = try brief(.markdown)
        XCTAssertEqual(HostileStrings.dangerous(in: out), [])
        XCTAssertEqual(HostileStrings.markdownLeaks(out), [])
        for c in HostileStrings.all {
            XCTAssertTrue(out.contains(HostileStrings.markdownEscaped(HostileStrings.asLoaded(c.text))), "\(c.name): \(out)")
        }
    }

    func testCSVReportNeutralisesFormulasAndControls() throws {
        let out = try brief(.csv)
        XCTAssertEqual(HostileStrings.dangerous(in: out), [])
        let records = HostileStrings.parseCSV(out)
        let header = try XCTUnwrap(records.first)
        for record in records.dropFirst() {
            XCTAssertEqual(record.count, header.count)
            for cell in record {
                if let first = cell.unicodeScalars.first, HostileStrings.formulaStarts.contains(first) {
                    XCTAssertTrue(Double(cell) != nil, "a formula reached the spreadsheet: \(cell.debugDescription)")
                }
            }
        }
        let column = try XCTUnwrap(header.firstIndex(of: "indicator_name")), source = try XCTUnwrap(header.firstIndex(of: "source"))
        for c in HostileStrings.all {
            let expected = HostileStrings.expectedCSVCell(HostileStrings.asLoaded(c.text))
            XCTAssertTrue(records.contains { $0[column] == expected && $0[source] == expected }, "\(c.name): \(expected.debugDescription)")
        }
    }

    func testJSONReportKeepsHostileTextLosslesslyEscaped() throws {
        let out = try brief(.json)
        XCTAssertEqual(HostileStrings.dangerous(in: out), [])
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let figures = try XCTUnwrap(object["figures"] as? [[String: Any]])
        let names = Set(figures.compactMap { $0["indicator_name"] as? String }), sources = Set(figures.compactMap { $0["source"] as? String })
        for c in HostileStrings.all {
            XCTAssertTrue(names.contains(HostileStrings.asLoaded(c.text)), c.name)
            XCTAssertTrue(sources.contains(HostileStrings.asLoaded(c.text)), c.name)
        }
        XCTAssertEqual(object["province_name"] as? String, HostileStrings.asLoaded(HostileStrings.joined))
    }
}
