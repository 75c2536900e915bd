import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// Issue 12: one bad record in a shared entries folder (a row the loader rejects, a torn line, an
/// item change that does not apply) is skipped with a warning at its file, line and column; the rest
/// of the folder applies, the load has no error, and a dashboard takes the reload. A data file's bad
/// row stays an error (Docs/entries.md, "A bad record in a shared folder").
final class BadEntryRecordTests: XCTestCase {
    static let url = "https://baonghean.vn/bad-record"

    func folder() -> String {
        let dir = NSTemporaryDirectory() + "chiso-bad-record-" + UUID().uuidString
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return dir
    }

    /// Appends `text` as it is, as another program writing into the journal would.
    func write(_ text: String, to path: String) throws {
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        handle.closeFile()
    }

    func iip(_ value: String) -> FigureEntry {
        FigureEntry(province: "nghe-an", period: "2025-05", basis: "month", indicator: "iip_yoy", value: value, source: Self.url, published: "2025-06-10")
    }

    func testABadRecordIsSkippedWithAWarningAndTheRestOfTheFolderApplies() throws {
        let dir = folder()
        try FileManager.default.createDirectory(atPath: dir + "/data", withIntermediateDirectories: true)
        let observations = dir + "/data/obs.csv"
        try "province,period,indicator,value,basis,source,published\nnghe-an,2025-05,iip_yoy,18.4,month,https://baonghean.vn/a,2025-06-10\n"
            .write(toFile: observations, atomically: true, encoding: .utf8)
        let store = FolderEntryStore(folder: dir + "/entries")
        try store.append(iip("18.6"))                                                               // line 2
        let stamp = "2026-11-30T10:00:00.000000Z"
        try write("""
        nghe-an,2025-05,month,iip_yoy,1 8,%,\(Self.url),2025-06-10,,,q,bob,\(stamp)
        nghe-an,2025-05,month,iip_growth,5,%,\(Self.url),2025-06-10,,,q,bob,\(stamp)
        nghe-an,2025-05,month,iip_yoy,5,%,\(Self.url),2025-06-10,2025-05-40,,q,bob,\(stamp)
        nghe-an,2025-05,month,iip_yoy,5,%,\(Self.url),2025-06-10,,q,bob,\(stamp)
        nghe-an,2025-05,month,iip_yoy,99
        """, to: store.figuresPath)                                                                 // lines 3-7, the last torn
        try store.append(iip("18.9"))                                                               // line 8, on a fresh line
        let change = ItemChange(action: .status, province: "nghe-an", resolution: "123-KL/TW", document: "Đẩy nhanh giải ngân vốn đầu tư công",
                                status: "done", source: Self.url, published: "2025-06-20")
        try store.append(change)                                                                    // items line 2
        try write("""
        status,nghe-an,123-KL/TW,Đẩy nhanh giải ngân vốn đầu tư công,,,finished,,,\(Self.url),,2025-06-21,bob,\(stamp)
        undo,nghe-an,123-KL/TW,Đẩy nhanh giải ngân vốn đầu tư công,,,,,,\(Self.url),,2025-06-21,bob,\(stamp)

        """, to: store.itemsPath)                                                                   // items lines 3-4

        let before = DataLoader.load(paths: [dir + "/data"], entries: FolderEntryStore(folder: dir + "/nothing-yet"))
        let after = DataLoader.load(paths: [dir + "/data"], entries: store)
        XCTAssertEqual(after.errorCount, 0, after.diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "\n"))
        // The rest of the folder applies: the last good entry is shown, the item has its new status.
        let shown = try XCTUnwrap(after.figure("nghe-an", "iip_yoy", .month, Period(year: 2025, month: 5)))
        XCTAssertEqual(shown.value, 18.9)
        XCTAssertEqual(Set(shown.revisions.map(\.value)), [18.6, 18.4])
        let item = try XCTUnwrap(after.catalogue.items(for: "nghe-an", resolution: "123-KL/TW").first { $0.document.vi == change.document })
        XCTAssertEqual(item.status, .done)
        // Each bad record: a warning at its file, line and the wrong field's column, saying what to do.
        let journal = after.diagnostics.filter { $0.file == store.figuresPath || $0.file == store.itemsPath }
        let places = journal.map { "\(($0.file as NSString).lastPathComponent):\($0.line):\($0.column)" }
        XCTAssertEqual(places.sorted(), ["figures.csv:3:31", "figures.csv:4:23", "figures.csv:5:78", "figures.csv:6:1", "figures.csv:7:1", "items.csv:3:64", "items.csv:4:1"],
                       journal.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(journal.allSatisfy { $0.severity == .warning })
        let text = journal.map(\.description).joined(separator: "\n")
        for expected in [
            "figures.csv:3:31: warning: value '1 8' is not a number",
            "figures.csv:4:23: warning: unknown indicator 'iip_growth' (did you mean",
            "figures.csv:5:78: warning: bad as_of date '2025-05-40'",
            "figures.csv:6:1: warning: incomplete or damaged record skipped",
            "figures.csv:7:1: warning: incomplete or damaged record skipped",
            "items.csv:3:64: warning: item change does not apply: status: unknown status 'finished' (one of planned, drafting, in_progress, issued, done; this entry is skipped and the others are used; enter it again, corrected, if it is still needed (a, or chiso entry))",
            "items.csv:4:1: warning: unknown action 'undo' (one of",
        ] {
            XCTAssertTrue(text.contains(expected), "missing: \(expected)\nin:\n\(text)")
        }
        XCTAssertEqual(journal.filter { $0.hint?.contains("this entry is skipped and the others are used") == true }.count, 5, text)
        // A dashboard on the folder takes this load (no "STALE").
        XCTAssertNil(ReloadCheck.refusal(current: before, new: after).reason)

        // A bad row of a data file stays an error: the reload is refused, the last good data kept.
        try write("nghe-an,2025-05,budget_revenue,12x,ytd,https://baonghean.vn/a,2025-06-10\n", to: observations)
        let badData = DataLoader.load(paths: [dir + "/data"], entries: store)
        XCTAssertEqual(badData.errorCount, 1)
        XCTAssertEqual(ReloadCheck.refusal(current: after, new: badData).reason, .errors(1))
    }
}
