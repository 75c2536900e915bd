import ChisoTestSupport
import XCTest

/// The golden-file check itself: a missing golden file fails unless recording is asked for.
final class SnapshotVerifyTests: XCTestCase {
    func testAMissingGoldenFileFailsUnlessRecordingIsAskedFor() throws {
        let dir = NSTemporaryDirectory() + "chiso-snapshot-" + UUID().uuidString
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        let failure = Snapshot.verify("frame\n", name: "missing", directory: dir, environment: [:])
        XCTAssertNotNil(failure)
        XCTAssertTrue(failure?.contains("no golden file") == true, failure ?? "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/missing.txt"), "recorded without being asked")
        // Asked for: written, and then it compares.
        XCTAssertNil(Snapshot.verify("frame\n", name: "missing", directory: dir, environment: ["RECORD_SNAPSHOTS": "1"]))
        XCTAssertEqual(try String(contentsOfFile: dir + "/missing.txt", encoding: .utf8), "frame\n")
        XCTAssertNil(Snapshot.verify("frame\n", name: "missing", directory: dir, environment: [:]))
        let changed = Snapshot.verify("frane\n", name: "missing", directory: dir, environment: [:])
        XCTAssertTrue(changed?.contains("row 1, column 4") == true, changed ?? "")
    }
}
