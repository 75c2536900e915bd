import Foundation
import XCTest

/// Replays every seed-corpus file and every crash regression through the same entry logic the
/// libFuzzer binaries run (Shared/FuzzEntries.swift), so `make test` checks them without libFuzzer.
final class FuzzRegressionTests: XCTestCase {
    static let fuzzFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    func inputs(_ kind: String, _ target: String) -> [URL] {
        let folder = FuzzRegressionTests.fuzzFolder.appendingPathComponent(kind).appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    func replay(_ target: String) throws {
        let seeds = inputs("corpus", target)
        XCTAssertFalse(seeds.isEmpty, "no seed corpus for \(target)")
        for file in seeds + inputs("regressions", target) {
            let bytes = [UInt8](try Data(contentsOf: file))
            let problems = FuzzEntry.run(target, bytes)
            XCTAssertEqual(problems, [], "\(target): \(file.lastPathComponent)")
        }
    }

    func testObservationsCorpusAndRegressions() throws { try replay("observations") }
    func testResolutionsCorpusAndRegressions() throws { try replay("resolutions") }
    func testDashboardCorpusAndRegressions() throws { try replay("dashboard") }

    /// The targets named by the script are the ones the entry knows.
    func testEveryTargetHasAnEntryAndAFolder() {
        for target in FuzzEntry.targets {
            XCTAssertTrue(FileManager.default.fileExists(atPath: FuzzRegressionTests.fuzzFolder.appendingPathComponent(target + "/main.swift").path), target)
            XCTAssertEqual(FuzzEntry.run(target, []), [], "\(target) on empty input")
        }
    }
}
