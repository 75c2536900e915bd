import Foundation
import XCTest

/// A reload that takes longer than half a second shows its progress in the status line.
final class ReloadProgressTests: TmuxTestCase {
    func testSlowReloadShowsProgressInTheStatusLine() throws {
        // About 600,000 figures: the debug build needs well over half a second to load them.
        let data = work.appendingPathComponent("communes").path
        let gen = try ChisoProcess.run(["demo-data", "--units", "3321", "--months", "18", "--out", data])
        XCTAssertEqual(gen.status, 0, gen.stderr)
        // --no-cache: with the store snapshot the reload would map it in a few milliseconds.
        try start("--data \(data) --lang en --no-cache", width: 100, height: 30)
        try waitFor("the first frame", timeout: 60) { $0.contains("Overview") }
        try keys("r")
        // The status line (the last line) says which file, how far in per cent and in MB, of how
        // many MB; or that the index is being built.
        let pattern = #"^ Loading observations-communes\.csv (100|[1-9]?[0-9])% \(([0-9]+) MB / ([0-9]+) MB\)…"#
        let seen = try waitFor("a progress line", timeout: 60) { screen in
            let status = screen.components(separatedBy: "\n").last { !$0.isEmpty } ?? ""
            return status.range(of: pattern, options: .regularExpression) != nil || status.hasPrefix(" Indexing…")
        }
        let status = seen.components(separatedBy: "\n").last { !$0.isEmpty } ?? ""
        if let match = try Regex(pattern).firstMatch(in: status) {
            let done = Int(match.output[2].substring ?? "") ?? -1, total = Int(match.output[3].substring ?? "") ?? -1
            XCTAssertTrue(done >= 0 && done <= total && total >= 30, status)
        }
        // The reload finishes (a debug build on a loaded machine can take well over 10 s for it)
        // and the dashboard answers again.
        try waitFor("the reload to finish", timeout: 120) { $0.contains("Data reloaded") }
        try keys("q")
        XCTAssertEqual(try waitForExit(timeout: 120), "0")
        try assertTerminalRestored()
    }
}
