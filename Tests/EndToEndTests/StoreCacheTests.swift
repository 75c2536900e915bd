import Foundation
import XCTest

/// The store snapshot as the commands use it: written under `$XDG_CACHE_HOME/chiso` by the first
/// load, read by the next ones with the same output, bypassed by `--no-cache` and `--demo`, and
/// rebuilt when a file is rewritten under it with the same size and modification time.
final class StoreCacheTests: TmuxTestCase {
    /// A copy of the bundled Data/ in this test's folder, and the cache folder to use.
    private func prepare() throws -> (data: String, cache: String) {
        let data = work.appendingPathComponent("data").path
        try FileManager.default.copyItem(atPath: ChisoProcess.repoRoot.appendingPathComponent("Data").path, toPath: data)
        return (data, work.appendingPathComponent("cache").path)
    }

    private func snapshots(_ cache: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache + "/chiso")) ?? []).filter { $0.hasSuffix(".snap") }
    }

    /// Replaces `old` by `new` (same length) inside `file`, keeping its inode, size and modification time.
    private func rewriteInPlace(_ file: String, _ old: String, _ new: String) throws {
        var info = stat()
        XCTAssertEqual(stat(file, &info), 0)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let changed = Array(text.replacingOccurrences(of: old, with: new).utf8)
        XCTAssertNotEqual(text, String(decoding: changed, as: UTF8.self))
        XCTAssertEqual(changed.count, Int(info.st_size))
        let fd = open(file, O_WRONLY)
        XCTAssertGreaterThanOrEqual(fd, 0)
        XCTAssertEqual(pwrite(fd, changed, changed.count, 0), changed.count)
        close(fd)
        var times = [info.st_atim, info.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, file, &times, 0), 0)
    }

    func testReportWritesThenReadsTheSnapshotWithTheSameOutput() throws {
        let (data, cache) = try prepare()
        let args = ["report", "--data", data, "--province", "nghe-an", "--month", "2025-05", "--format", "csv"]
        let env = ["XDG_CACHE_HOME": cache]
        let plain = try ChisoProcess.run(args + ["--no-cache"], environment: env)
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertEqual(snapshots(cache), [], "--no-cache saves nothing")
        let demo = try ChisoProcess.run(args + ["--demo"], environment: env)
        XCTAssertEqual(demo.status, 0, demo.stderr)
        XCTAssertEqual(snapshots(cache), [], "--demo changes the store: not cached")
        let first = try ChisoProcess.run(args, environment: env)
        XCTAssertEqual(snapshots(cache).count, 1, "the first load saves the snapshot")
        let second = try ChisoProcess.run(args, environment: env)
        XCTAssertEqual(first.stdout, plain.stdout)
        XCTAssertEqual(second.stdout, plain.stdout, "the mapped store gives the same report")
        XCTAssertEqual(second.stderr, plain.stderr)
        XCTAssertTrue(plain.stdout.contains("8098.4"), plain.stdout)
        // HOME is the fallback when XDG_CACHE_HOME is not set.
        let home = work.appendingPathComponent("home").path
        let viaHome = try ChisoProcess.run(args, environment: ["XDG_CACHE_HOME": "", "HOME": home])
        XCTAssertEqual(viaHome.stdout, plain.stdout)
        XCTAssertEqual(snapshots(home + "/.cache").count, 1)
    }

    /// Over a file size limit the snapshot is not saved, and chiso goes on: the report is printed
    /// and the dashboard starts (SIGXFSZ would end it while it loads).
    func testAFileSizeLimitSavesNoSnapshotAndChisoGoesOn() throws {
        let (data, cache) = try prepare()
        let limited = "ulimit -f 0; XDG_CACHE_HOME='\(cache)' exec '\(ChisoProcess.binary)'"
        let r = try ChisoProcess.run(["-c", limited + " report --data '\(data)' --province nghe-an --month 2025-05 --format csv"], executable: "/bin/sh")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("8098.4"), r.stdout)
        XCTAssertEqual(snapshots(cache), [])
        try start("--data '\(data)' --province nghe-an --month 2025-05", env: "XDG_CACHE_HOME='\(cache)'", width: 120, height: 40,
                  launcher: "sh -c 'ulimit -f 0; exec \"$0\" \"$@\"'")
        try waitForText("8.098,4 tỷ đồng")
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
        XCTAssertEqual(((try? FileManager.default.contentsOfDirectory(atPath: cache + "/chiso")) ?? []), [], "no snapshot, no temporary file")
    }

    /// A one-shot command waits for the background check before it prints: a file rewritten
    /// with the same size and time is read again, never shown from the old snapshot.
    func testReportAfterSameSizeRewriteShowsTheNewValue() throws {
        let (data, cache) = try prepare()
        let args = ["report", "--data", data, "--province", "nghe-an", "--month", "2025-05", "--format", "csv"]
        _ = try ChisoProcess.run(args, environment: ["XDG_CACHE_HOME": cache])
        try rewriteInPlace(data + "/observations.csv", ",8098.4,", ",8097.4,")
        let r = try ChisoProcess.run(args, environment: ["XDG_CACHE_HOME": cache])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("8097.4"), r.stdout)
        XCTAssertFalse(r.stdout.contains("8098.4"), r.stdout)
        XCTAssertEqual(snapshots(cache).count, 1, "rebuilt")
    }

    /// The dashboard does not wait: it starts on the mapped store, and when the background check
    /// finds other bytes it loads the files again and shows the new figure.
    func testDashboardReloadsWhenTheBackgroundCheckFindsOtherBytes() throws {
        let (data, cache) = try prepare()
        let r = try ChisoProcess.run(["validate", "--data", data], environment: ["XDG_CACHE_HOME": cache])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(snapshots(cache).count, 1)
        try rewriteInPlace(data + "/observations.csv", ",8098.4,", ",8097.4,")
        try start("--data '\(data)' --province nghe-an --month 2025-05", env: "XDG_CACHE_HOME='\(cache)'", width: 120, height: 40)
        let screen = try waitFor("the rewritten figure") { $0.contains("8.097,4 tỷ đồng") }
        XCTAssertFalse(screen.contains("8.098,4"), screen)
        try keys("q")
        _ = poll { FileManager.default.fileExists(atPath: self.work.appendingPathComponent("status").path) }
        XCTAssertEqual(snapshots(cache).count, 1, "the snapshot was built again")
    }
}
