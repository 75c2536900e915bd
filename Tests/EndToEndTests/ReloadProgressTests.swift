import Foundation
import XCTest

/// A reload that takes longer than half a second shows its progress in the status line.
final class ReloadProgressTests: TmuxTestCase {
    func testSlowReloadShowsProgressInTheStatusLine() throws {
        // About 600,000 figures: the debug build needs well over half a second to load them.
        let data = work.appendingPathComponent("communes").path
        let gen = try ChisoProcess.run(["demo-data", "--units", "3321", "--months", "18", "--out", data])
        XCTAssertEqual(gen.status, 0, gen.stderr)
        try start("--data \(data) --lang en", width: 100, height: 30)
        try waitFor("the first frame", timeout: 60) { $0.contains("Overview") }
        try keys("r")
        let seen = try waitFor("a progress line", timeout: 60) { $0.contains("Loading observations-communes.csv") || $0.contains("Indexing…") }
        XCTAssertTrue(seen.contains("%") || seen.contains("Indexing…"), seen)
        // The reload finishes (a debug build on a loaded machine can take well over 10 s for it)
        // and the dashboard answers again.
        try waitFor("the reload to finish", timeout: 120) { $0.contains("Data reloaded") }
        try keys("q")
        XCTAssertEqual(try waitForExit().trimmingCharacters(in: .whitespacesAndNewlines), "0")
        try assertTerminalRestored()
    }
}
