import XCTest
@testable import ChisoCore

/// Scripts/import-shared-data.py regenerates the script-made files of Data/ from the shared
/// research notes: the same bytes, with every printed check passing, and no text copied from pages.
final class ImportScriptTests: XCTestCase {
    func testTheImportReproducesTheBundledDataAndItsChecksPass() throws {
        let repo = TestData.repoRoot.path
        let shared = (repo as NSString).appendingPathComponent("../shared/data")
        guard FileManager.default.fileExists(atPath: shared + "/observations.csv") else {
            throw XCTSkip("the shared research notes are not beside the repository (\(shared))")
        }
        // A copy of the repository's layout, so the script writes there and not into Data/.
        let dir = TestData.tempDir(for: self)
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/Scripts", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: dir + "/Data", withIntermediateDirectories: true)
        try fm.copyItem(atPath: repo + "/Scripts/import-shared-data.py", toPath: dir + "/Scripts/import-shared-data.py")
        for name in ["regions.csv", "indicators.csv"] { try fm.copyItem(atPath: repo + "/Data/" + name, toPath: dir + "/Data/" + name) }
        let printed = try runImport(script: dir + "/Scripts/import-shared-data.py", shared: shared)
        for check in ["observations.csv: 527 rows", "OK: all 527 rows resolve to exactly one unit",
                      "OK: 16 rows whose date the shared README states agree", "indicators/units: OK",
                      "grdp.csv: 417 rows", "OK: all 417 GRDP rows have a quarter, a quarterly basis and a scope that fits their unit"] {
            XCTAssertTrue(printed.contains(check), "missing check '\(check)' in:\n\(printed)")
        }
        let names = ["provinces.csv", "observations.csv", "grdp.csv", "targets.csv"]
        var first: [String: Data] = [:]
        for name in names {
            let made = try Data(contentsOf: URL(fileURLWithPath: dir + "/Data/" + name))
            let bundled = try Data(contentsOf: URL(fileURLWithPath: repo + "/Data/" + name))
            XCTAssertTrue(made == bundled, "\(name) differs from what the script makes: run python3 Scripts/import-shared-data.py")
            first[name] = made
        }
        // Re-runnable: a second run over its own output writes the same bytes.
        _ = try runImport(script: dir + "/Scripts/import-shared-data.py", shared: shared)
        for name in names {
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: dir + "/Data/" + name)), first[name], "\(name) changed on a second run")
        }
        // Complete: every row of the shared grdp.csv is a row of Data/grdp.csv.
        let sharedRows = try String(contentsOfFile: shared + "/grdp.csv", encoding: .utf8).split(separator: "\n").count - 1
        let bundledRows = try String(contentsOfFile: repo + "/Data/grdp.csv", encoding: .utf8).split(separator: "\n").count - 1
        XCTAssertEqual(sharedRows, 417)
        XCTAssertEqual(bundledRows, sharedRows)
    }

    /// Runs the import script and returns what it printed; fails the test when it exits non-zero.
    private func runImport(script: String, shared: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, shared]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, printed)
        return printed
    }

    func testTheBundledObservationsAndTargetsCopyNoTextFromPages() throws {
        for name in ["observations.csv", "grdp.csv", "targets.csv"] {
            let text = try String(contentsOfFile: TestData.bundled + "/" + name, encoding: .utf8)
            let header = text.prefix { $0 != "\n" }.split(separator: ",").map(String.init)
            XCTAssertFalse(header.contains("quote"), "\(name): \(header)")
        }
        let header = try String(contentsOfFile: TestData.bundled + "/observations.csv", encoding: .utf8).prefix { $0 != "\n" }
        XCTAssertEqual(header, "province,period,basis,indicator,value,unit,source,published,as_of,note")
    }
}
