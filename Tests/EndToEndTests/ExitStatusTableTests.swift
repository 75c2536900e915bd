import Foundation
import XCTest

/// The exit-status table in Docs/cli.md and its copy in the README: every example is run and must
/// end with the status of its row; both tables list the same statuses.
final class ExitStatusTableTests: XCTestCase {
    /// (status, example commands) for each row of the `| Status | Meaning | Example |` table in `file`.
    static func table(in file: String) throws -> [(status: String, examples: [String])] {
        let text = try String(contentsOf: ChisoProcess.repoRoot.appendingPathComponent(file), encoding: .utf8)
        guard let start = text.range(of: "| Status | Meaning | Example |") else { return [] }
        return text[start.upperBound...].split(separator: "\n").dropFirst().prefix { $0.hasPrefix("|") }.map { line in
            let cells = line.replacingOccurrences(of: "\\|", with: "\u{1}").split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{1}", with: "|")
            }
            let examples = cells[3].components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
            return (cells[1], examples)
        }
    }

    func testEveryExampleEndsWithTheStatusOfItsRow() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: ChisoProcess.binary), "build chiso first (make test does)")
        let docs = try ExitStatusTableTests.table(in: "Docs/cli.md")
        let readme = try ExitStatusTableTests.table(in: "README.md")
        XCTAssertEqual(docs.map(\.status), ["0", "1", "2", "64", "73", "74", "141", "128 + N"])
        XCTAssertEqual(readme.map(\.status), docs.map(\.status), "the README's table is the same")
        var run = 0
        for row in docs + readme {
            for example in row.examples {
                XCTAssertTrue(example.hasPrefix("chiso"), example)
                let r = try ChisoProcess.run(["-o", "pipefail", "-c", "\"$CHISO\"" + example.dropFirst("chiso".count)],
                                             environment: ["CHISO": ChisoProcess.binary], executable: "/bin/bash")
                XCTAssertEqual(String(r.status), row.status, example + "\n" + r.stderr)
                run += 1
            }
        }
        XCTAssertGreaterThanOrEqual(run, 16)
    }
}
