import Foundation
import XCTest

/// Names, sizes, times and content hashes of every file under a folder, and the folder's own time.
enum FolderSnapshot {
    static func of(_ folder: URL) throws -> [String] {
        let fm = FileManager.default
        guard let e = fm.enumerator(atPath: folder.path) else { return [] }
        var out: [String] = []
        while let name = e.nextObject() as? String {
            let path = folder.appendingPathComponent(name).path
            let a = try fm.attributesOfItem(atPath: path)
            let content = (try? Data(contentsOf: URL(fileURLWithPath: path))).map { String($0.hashValue) } ?? "-"
            out.append("\(name) \(a[.size] ?? 0) \(a[.modificationDate] ?? "") \(content)")
        }
        return out.sorted() + [String(describing: try fm.attributesOfItem(atPath: folder.path)[.modificationDate] ?? "")]
    }
}

/// A reload that would lose every figure, or finds a file gone, keeps the last good data, marks it
/// stale and says why; with `r` and with `--watch`. The real binary in tmux, on a private copy of `Data/`.
final class ReloadKeepsDataTests: TmuxTestCase {
    var data: URL { work.appendingPathComponent("data") }
    var observations: URL { data.appendingPathComponent("observations.csv") }
    var bundledObservations: URL { ChisoProcess.repoRoot.appendingPathComponent("Data/observations.csv") }

    /// A copy of `Data/` with the monthly observations as its only figures (the quarterly
    /// grdp.csv left out), so that emptying observations.csv leaves no figure at all.
    func copyData() throws {
        try FileManager.default.copyItem(at: ChisoProcess.repoRoot.appendingPathComponent("Data"), to: data)
        _ = system("chmod -R u+w '\(data.path)'")
        try FileManager.default.removeItem(at: data.appendingPathComponent("grdp.csv"))
    }

    func putBack() throws {
        try? FileManager.default.removeItem(at: observations)
        try FileManager.default.copyItem(at: bundledObservations, to: observations)
    }

    func lines() throws -> [String] { try screen().components(separatedBy: "\n").filter { !$0.isEmpty } }

    /// Waits until the header shows the stale mark and the bottom line `reason`; the last good
    /// figures are still on screen.
    func waitForRefusal(_ reason: String, stale: String = "DỮ LIỆU CŨ", figures: String = "518 số liệu", value: String = "11.360",
                        file: StaticString = #filePath, line: UInt = #line) throws {
        try waitFor("the refusal “\(reason)”", file: file, line: line) { screen in
            let rows = screen.components(separatedBy: "\n").filter { !$0.isEmpty }
            return rows.first?.contains(stale) == true && rows.last?.contains(reason) == true
        }
        let shown = try lines()
        XCTAssertTrue(shown.first?.contains(figures) == true, "the last good figures are counted: \(shown.first ?? "")", file: file, line: line)
        XCTAssertTrue(shown.contains { $0.contains(value) }, "the last good figures are shown", file: file, line: line)
    }

    func testRAfterDeletingOrEmptyingTheFileKeepsTheLastGoodData() throws {
        try copyData()
        try start("--data '\(data.path)' --province nghe-an --month 2025-05", width: 120, height: 40)
        try waitForText("11.360")
        // Deleted.
        try FileManager.default.removeItem(at: observations)
        try keys("r")
        try waitForRefusal("Không còn tệp observations.csv: vẫn hiện dữ liệu cũ")
        try keys("p")
        try waitForText("Tệp dữ liệu đã mất")
        try waitForText("observations.csv: lỗi: tệp đã mất kể từ lần nạp tốt gần nhất")
        try keys("Escape")
        try waitFor("problems closed") { !$0.contains("Tệp dữ liệu đã mất") }
        // Emptied: a header alone, then no byte at all.
        for content in ["province,period,basis,indicator,value,unit,source\n", ""] {
            try Data(content.utf8).write(to: observations)
            try keys("r")
            try waitForRefusal("Dữ liệu nạp lại không có số liệu nào: vẫn hiện dữ liệu cũ")
            try keys("Left")
            try waitFor("the message cleared") { $0.components(separatedBy: "\n").filter { !$0.isEmpty }.last?.contains("không có số liệu") == false }
            try keys("Right")
        }
        // Put back: the reload takes it and the mark goes.
        try putBack()
        try keys("r")
        try waitForText("Đã nạp lại dữ liệu")
        XCTAssertFalse(try lines().first?.contains("DỮ LIỆU CŨ") ?? true)
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
    }

    func testWatchKeepsTheLastGoodDataWhenTheFileGoesOrEmpties() throws {
        try copyData()
        try start("--watch --data '\(data.path)' --province nghe-an --month 2025-05 --lang en", width: 120, height: 40)
        try waitForText("11,360")
        try FileManager.default.removeItem(at: observations)
        try waitForRefusal("observations.csv is gone: showing the last good data", stale: "STALE", figures: "518 figures", value: "11,360")
        try putBack()
        try waitForText("Data reloaded")
        XCTAssertFalse(try lines().first?.contains("STALE") ?? true)
        try Data("province,period,basis,indicator,value,unit,source\n".utf8).write(to: observations)
        try waitForRefusal("The reloaded data has no figures: showing the last good data", stale: "STALE", figures: "518 figures", value: "11,360")
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
    }
}

/// `--watch` reads a changed file only once it has settled, or was replaced by a rename.
final class WatchSettleTests: TmuxTestCase {
    /// `count` rows with distinct months, whole lines.
    static func rows(_ range: Range<Int>) -> String {
        range.map { i in
            let year = 2000 + i / 12, month = i % 12 + 1
            return "nghe-an,\(year)-\(month < 10 ? "0" : "")\(month),ytd,budget_revenue,\(1000 + i),VND bn,https://example.org/\(i)\n"
        }.joined()
    }

    static let header = "province,period,basis,indicator,value,unit,source\n"

    func testWatchNeverLoadsAFileWhileAWriterPauses() throws {
        let folder = work.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("observations.csv")
        try Data((Self.header + Self.rows(0..<1)).utf8).write(to: file)
        try start("--watch --data '\(folder.path)' --province nghe-an --month 2000-01 --lang en", width: 120, height: 40)
        try waitFor("one figure") { $0.components(separatedBy: "\n").first?.contains("· 1 figures") == true }
        for round in 1...3 {
            // The writer rewrites the file in place: half the rows, a 300 ms pause, the rest. It
            // records how long the pause really was (a loaded machine can stretch it).
            final class Gap: @unchecked Sendable { var seconds = 0.0 }
            let gap = Gap()
            let writer = Thread {
                guard let handle = FileHandle(forWritingAtPath: file.path) else { return }
                try? handle.truncate(atOffset: 0)
                try? handle.write(contentsOf: Data((Self.header + Self.rows(0..<100)).utf8))
                let paused = Date()
                usleep(300_000)
                try? handle.write(contentsOf: Data(Self.rows(100..<200).utf8))
                gap.seconds = Date().timeIntervalSince(paused)
                try? handle.close()
            }
            writer.start()
            // Every look at the header until the whole file is in: never the half file's 100 figures.
            var half = ""
            try waitFor("all 200 figures (round \(round))") { screen in
                let header = screen.components(separatedBy: "\n").first ?? ""
                if header.contains("· 100 figures") { half = header }
                return header.contains("· 200 figures")
            }
            // Half a file unchanged for 500 ms may be read (it has settled); a shorter pause never.
            if gap.seconds < 0.45 {
                XCTAssertEqual(half, "", "round \(round): the half-written file was loaded after a pause of \(gap.seconds) s")
            } else {
                print("round \(round): the writer's pause took \(gap.seconds) s, over the settle time; not judged")
            }
            // Back to one row for the next round (replaced by a rename).
            try replace(file, with: Self.header + Self.rows(0..<1))
            try waitFor("one figure again") { $0.components(separatedBy: "\n").first?.contains("· 1 figures") == true }
        }
        // A file replaced by a rename is taken as it is.
        try replace(file, with: Self.header + Self.rows(0..<150))
        try waitFor("150 figures") { $0.components(separatedBy: "\n").first?.contains("· 150 figures") == true }
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
    }

    /// Writes `content` under a hidden name beside `file` (not a data file), then renames it onto `file`.
    func replace(_ file: URL, with content: String) throws {
        let temp = file.deletingLastPathComponent().appendingPathComponent(".next")
        try Data(content.utf8).write(to: temp)
        XCTAssertEqual(rename(temp.path, file.path), 0)
    }
}

/// Exports go to one folder (`CHISO_EXPORT_DIR`, else `~/chiso-exports`), never a data folder,
/// and the status line says the full path written.
final class ExportFolderEndToEndTests: TmuxTestCase {
    var home: URL { work.appendingPathComponent("home") }
    var exports: String { home.appendingPathComponent("chiso-exports").path }

    func exported() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: exports).sorted() }

    func testStartedInsideTheDataFolderExportsGoToTheExportFolder() throws {
        let data = work.appendingPathComponent("data")
        try FileManager.default.copyItem(at: ChisoProcess.repoRoot.appendingPathComponent("Data"), to: data)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let before = try FolderSnapshot.of(data)
        try start("--data . --province nghe-an --month 2025-05 --lang en", env: "HOME='\(home.path)'",
                  prefix: "unset CHISO_EXPORT_DIR; cd '\(data.path)';")
        try waitForText("11,360")
        try keys("e")
        try waitForText("Exported: ~/chiso-exports/chiso-nghe-an-2025-05-")
        let message = try screen().components(separatedBy: "\n").filter { !$0.isEmpty }.last ?? ""
        XCTAssertTrue(message.contains(".txt and .md"), message)
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
        XCTAssertEqual(try FolderSnapshot.of(data), before, "the data folder changed")
        let files = try exported()
        XCTAssertEqual(files.filter { $0.hasSuffix(".txt") }.count, 1, "\(files)")
        XCTAssertEqual(files.filter { $0.hasSuffix(".md") }.count, 1, "\(files)")
        XCTAssertTrue(message.contains(files.first { $0.hasSuffix(".txt") } ?? "?"), message)
        var info = stat()
        XCTAssertEqual(stat(exports, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o700, "the export folder is the user's alone")
    }

    func testRunFromAnotherFolderExportsNothingThere() throws {
        // As when run from the repository: the current folder gets nothing.
        let here = work.appendingPathComponent("here")
        try FileManager.default.createDirectory(at: here, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try start("--province nghe-an --month 2025-05", env: "HOME='\(home.path)'",
                  prefix: "unset CHISO_EXPORT_DIR; cd '\(here.path)';")
        try waitForText("11.360")
        try keys("e")
        try waitForText("Đã xuất: ~/chiso-exports/chiso-nghe-an-2025-05-")
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: here.path), [])
        XCTAssertEqual(try exported().count, 2)
    }

    func testAnExportFolderInsideADataFolderIsRefused() throws {
        let data = work.appendingPathComponent("data")
        try FileManager.default.copyItem(at: ChisoProcess.repoRoot.appendingPathComponent("Data"), to: data)
        let inside = data.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: inside, withIntermediateDirectories: true)
        let before = try FolderSnapshot.of(data)
        try start("--data '\(data.path)' --province nghe-an --month 2025-05 --lang en", env: "CHISO_EXPORT_DIR='\(inside.path)'", width: 160, height: 40)
        try waitForText("11,360")
        try keys("e")
        try waitForText("Export failed: \(inside.path) is inside the data folder \(data.path)")
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
        XCTAssertEqual(try FolderSnapshot.of(data), before, "the data folder changed")
    }
}
