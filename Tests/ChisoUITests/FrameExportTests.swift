import ChisoCore
import ChisoTestSupport
import ChisoUI
import Foundation
import XCTest

/// The `e` export's Markdown and text files never carry hostile text from the data raw.
final class FrameExportTests: XCTestCase {
    func testMarkdownExportEscapesTheUnitNameAndTheDataLabel() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-export-md-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        try HostileStrings.writeDataFolder(at: folder)
        let label = "data\u{1B}]52;c;eA==\u{07}\u{1B}]0;owned\u{07}\u{1B}[2J<b>[x](javascript:y)"
        let data = DashboardData(DataLoader.load(paths: [folder.path], label: label))
        var options = StartOptions()
        options.province = "h00"
        options.month = "2025-05"
        options.screen = "compare"
        options.indicator = "i01"
        for language in ["vi", "en"] {
            options.language = language
            let session = try DashboardSession(data: data, options: options, size: Size(width: 120, height: 40))
            let grid = session.frame()
            let markdown = FrameExport.markdown(grid, session.state, data)
            XCTAssertEqual(HostileStrings.dangerous(in: markdown), [], markdown.debugDescription)
            let lines = markdown.components(separatedBy: "\n")
            // Outside the code block (inside it a renderer shows text as it is).
            let prose = lines.prefix { !$0.hasPrefix("```") }.joined(separator: "\n")
            XCTAssertEqual(HostileStrings.markdownLeaks(prose), [], prose)
            XCTAssertTrue(lines[0].contains(HostileStrings.markdownEscaped(HostileStrings.asLoaded(HostileStrings.joined))), lines[0])
            XCTAssertTrue(markdown.contains(HostileStrings.markdownEscaped(label)), markdown)
            // The frame sits in one code block: its fence is longer than any backtick run inside.
            let fences = lines.filter { $0.hasPrefix("```") }
            XCTAssertEqual(fences.count, 2, markdown)
            let fence = fences.first?.prefix { $0 == "`" } ?? ""
            XCTAssertFalse(lines.dropFirst(1).dropLast(2).filter { !$0.hasPrefix(fence) }.contains { $0.contains(fence) }, markdown)
            XCTAssertTrue(markdown.contains("````"), "the hostile fence is in the frame, inside the block")
            let text = FrameExport.text(grid)
            XCTAssertEqual(HostileStrings.dangerous(in: text), [])
        }
    }
}
