import XCTest

/// The help a person reads first (issue 10): `chiso --help` lists the dashboard's options, every
/// help text wraps at the terminal's width without ragged breaks, `validate --help` has examples.
final class HelpTextTests: XCTestCase {
    private let commands: [[String]] = [["--help"], ["dashboard", "--help"], ["report", "--help"], ["validate", "--help"],
                                        ["demo-data", "--help"], ["render", "--help"]]

    func testRootHelpListsTheDashboardOptions() throws {
        let r = try ChisoProcess.run(["--help"], environment: ["COLUMNS": "80"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("DASHBOARD OPTIONS"), r.stdout)
        for option in ["--province", "--month", "--lang", "--watch", "--theme", "--data"] {
            XCTAssertTrue(r.stdout.contains(option), "\(option) missing from chiso --help\n\(r.stdout)")
        }
        // The subcommands are still listed.
        XCTAssertTrue(r.stdout.contains("SUBCOMMANDS"), r.stdout)
    }

    func testValidateHelpHasAnExample() throws {
        let r = try ChisoProcess.run(["validate", "--help"], environment: ["COLUMNS": "80"])
        XCTAssertTrue(r.stdout.contains("Examples:"), r.stdout)
        XCTAssertTrue(r.stdout.contains("chiso validate --data my-figures/"), r.stdout)
    }

    /// At 80 columns no line but the usage line is longer than 80, and no short line of prose is followed by the
    /// rest of its sentence (a hard line break in the middle of a paragraph).
    func testHelpTextsWrapCleanly() throws {
        for args in commands {
            let r = try ChisoProcess.run(args, environment: ["COLUMNS": "80"])
            XCTAssertEqual(r.status, 0, r.stderr)
            let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            // The usage line is one command line (ArgumentParser does not fold it); the rest fits.
            for line in lines where !line.hasPrefix("USAGE:") { XCTAssertLessThanOrEqual(line.count, 80, "\(args): \(line)") }
            // The prose before USAGE: a line ending well short of the width continues a sentence
            // when the next line starts in lower case.
            let prose = lines.prefix { !$0.hasPrefix("USAGE:") }
            for (line, next) in zip(prose, prose.dropFirst()) where !line.isEmpty && line.count < 60 {
                let first = next.first.map { $0.isLowercase } ?? false
                XCTAssertFalse(first, "\(args): ragged break after “\(line)” / “\(next)”")
            }
        }
    }
}
