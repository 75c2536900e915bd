import ChisoCore
import Foundation
import XCTest

/// Watch mode reads a changed file only once it has settled (size and times unchanged for 500 ms)
/// or was replaced by a rename.
final class SettleRuleTests: XCTestCase {
    let path = "/data/observations.csv"

    func stamp(inode: UInt64 = 1, size: Int64, modified: Int64, changed: Int64? = nil) -> FileStamp {
        FileStamp(inode: inode, size: size, modified: modified, changed: changed ?? modified)
    }

    func testAFileWrittenInPlaceIsReadOnlyOnceItHasSettled() {
        let start = [path: stamp(size: 100, modified: 1)]
        var rule = SettleRule(settle: 500, loaded: start)
        XCTAssertFalse(rule.observe(start, at: 0), "nothing changed")
        // A writer writes half the rows, pauses 300 ms, writes the rest; looks every 100 ms.
        let half = [path: stamp(size: 5_000, modified: 2)]
        let whole = [path: stamp(size: 10_000, modified: 3)]
        for t in stride(from: 100, through: 400, by: 100) {
            XCTAssertFalse(rule.observe(half, at: t), "the half file is never read (t = \(t) ms)")
        }
        // The rest arrives at 450 ms: the clock starts again.
        for t in stride(from: 500, through: 900, by: 100) {
            XCTAssertFalse(rule.observe(whole, at: t), "not settled yet (t = \(t) ms)")
        }
        XCTAssertTrue(rule.observe(whole, at: 1_000), "500 ms unchanged: read it")
        XCTAssertEqual(rule.loaded, whole)
        XCTAssertFalse(rule.observe(whole, at: 1_100), "read once")
    }

    func testTheSettleTimeIsMeasuredFromTheLastChangeSeen() {
        var rule = SettleRule(settle: 500, loaded: [path: stamp(size: 1, modified: 1)])
        XCTAssertFalse(rule.observe([path: stamp(size: 2, modified: 2)], at: 0))
        XCTAssertFalse(rule.observe([path: stamp(size: 2, modified: 2)], at: 499))
        // Same size, new time: a change too.
        XCTAssertFalse(rule.observe([path: stamp(size: 2, modified: 3)], at: 500))
        XCTAssertFalse(rule.observe([path: stamp(size: 2, modified: 3)], at: 999))
        XCTAssertTrue(rule.observe([path: stamp(size: 2, modified: 3)], at: 1_000))
    }

    func testAFileReplacedByARenameIsReadAtOnce() {
        var rule = SettleRule(settle: 500, loaded: [path: stamp(inode: 1, size: 100, modified: 10)])
        // `mv new observations.csv`: a new inode whose status changed (the rename) after its contents.
        XCTAssertTrue(rule.observe([path: stamp(inode: 2, size: 200, modified: 20, changed: 30)], at: 0))
        // A file deleted and written anew is a new inode too, but its times are equal while it is written: it waits.
        var fresh = SettleRule(settle: 500, loaded: [path: stamp(inode: 1, size: 100, modified: 10)])
        XCTAssertFalse(fresh.observe([path: stamp(inode: 3, size: 50, modified: 40)], at: 0))
        XCTAssertFalse(fresh.observe([path: stamp(inode: 3, size: 50, modified: 40)], at: 300))
        XCTAssertTrue(fresh.observe([path: stamp(inode: 3, size: 50, modified: 40)], at: 500))
        // A rename beside a file still being written waits for that file.
        let other = "/data/more.csv"
        var both = SettleRule(settle: 500, loaded: [path: stamp(inode: 1, size: 100, modified: 10), other: stamp(inode: 5, size: 1, modified: 1)])
        let now = [path: stamp(inode: 2, size: 200, modified: 20, changed: 30), other: stamp(inode: 5, size: 2, modified: 2)]
        XCTAssertFalse(both.observe(now, at: 0))
        XCTAssertTrue(both.observe(now, at: 500))
    }

    func testFilesThatAppearOrGoWaitToo() {
        let start = [path: stamp(size: 100, modified: 1)]
        var rule = SettleRule(settle: 500, loaded: start)
        XCTAssertFalse(rule.observe([:], at: 0), "gone: maybe an editor's save in progress")
        XCTAssertFalse(rule.observe(start, at: 200), "back as it was: nothing to read")
        XCTAssertFalse(rule.observe([:], at: 300))
        XCTAssertTrue(rule.observe([:], at: 800), "still gone after 500 ms: reload (and let the reload say it is gone)")
        let back = [path: stamp(inode: 9, size: 100, modified: 5)]
        XCTAssertFalse(rule.observe(back, at: 900), "a file that appears may still be being written")
        XCTAssertTrue(rule.observe(back, at: 1_400))
    }

    func testAReloadTheUserAskedForCountsAsLoaded() {
        var rule = SettleRule(settle: 500, loaded: [path: stamp(size: 1, modified: 1)])
        let changed = [path: stamp(size: 2, modified: 2)]
        XCTAssertFalse(rule.observe(changed, at: 0))
        rule.markLoaded(changed)
        XCTAssertFalse(rule.observe(changed, at: 600), "already read by the user's reload")
    }

    func testStampsOfRealFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-settle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("observations.csv").path
        XCTAssertNil(FileStamp.of(file))
        XCTAssertTrue(FileStamp.of(folder.path)?.isFolder == true)
        try Data("a\n".utf8).write(to: URL(fileURLWithPath: file))
        let first = try XCTUnwrap(FileStamp.of(file))
        // Written again in place (as `cat > file` does): same inode, new size.
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: file))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data("a,b\n".utf8))
        try handle.close()
        let inPlace = try XCTUnwrap(FileStamp.of(file))
        XCTAssertEqual(inPlace.inode, first.inode)
        XCTAssertEqual(inPlace.size, 4)
        // Written under another name a second ago, then renamed onto it.
        let temp = folder.appendingPathComponent(".new").path
        try Data("a,b,c\n".utf8).write(to: URL(fileURLWithPath: temp))
        var times = [timeval(tv_sec: time(nil) - 1, tv_usec: 0), timeval(tv_sec: time(nil) - 1, tv_usec: 0)]
        XCTAssertEqual(utimes(temp, &times), 0)
        XCTAssertEqual(rename(temp, file), 0)
        let renamed = try XCTUnwrap(FileStamp.of(file))
        XCTAssertNotEqual(renamed.inode, inPlace.inode)
        XCTAssertGreaterThan(renamed.changed, renamed.modified, "the rename changed the status time")
        var rule = SettleRule(settle: 500, loaded: [file: inPlace])
        XCTAssertTrue(rule.observe([file: renamed], at: 0))
    }
}
