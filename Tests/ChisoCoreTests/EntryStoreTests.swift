import Foundation
import XCTest
@testable import ChisoCore

/// The entries journal's folder backend, its checks and how entries join a load (Docs/entries.md).
final class EntryStoreTests: XCTestCase {
    /// A new folder for one test, removed when it ends.
    func folder() -> String {
        let dir = NSTemporaryDirectory() + "chiso-entries-" + UUID().uuidString
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return dir
    }

    func figure(_ value: String, province: String = "nghe-an", period: String = "2025-05", indicator: String = "iip_yoy",
                basis: String = "month", source: String = "https://baonghean.vn/a", published: String = "2025-06-10") -> FigureEntry {
        FigureEntry(province: province, period: period, basis: basis, indicator: indicator, value: value, source: source,
                    published: published, quote: "tăng 18,4 %")
    }

    func testAppendThenReadGivesTheRecordsBackInOrder() throws {
        let store = FolderEntryStore(folder: folder() + "/new/entries")
        XCTAssertEqual(store.access(), .writable)
        var awkward = figure("18.4")
        awkward.quote = "a \"quoted\", comma\nand a line break"
        awkward.note = " edge spaces "
        let first = try store.append(awkward)
        let second = try store.append(figure("18.5"))
        XCTAssertTrue(JournalFormat.isTimestamp(first.enteredAt), first.enteredAt)
        XCTAssertLessThan(first.enteredAt, second.enteredAt)
        XCTAssertEqual(first.enteredBy, EntryAuthor.current)
        let log = store.read()
        XCTAssertEqual(log.diagnostics, [])
        XCTAssertEqual(log.figures.map(\.value), ["18.4", "18.5"])
        XCTAssertEqual(log.figures[0].quote, "a \"quoted\", comma and a line break")
        XCTAssertEqual(log.figures[0].note, "edge spaces")
        XCTAssertEqual(log.figures[0].enteredAt, first.enteredAt)
        XCTAssertEqual(log.figures.map { $0.origin?.line }, [2, 3])
        let text = try String(contentsOfFile: store.figuresPath, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("province,period,basis,indicator,value,unit,source,published,as_of,note,quote,entered_by,entered_at\n"), text)
        XCTAssertEqual(text.split(separator: "\n").count, 3, "one header and one physical line per record")
    }

    func testTheChecksNameEveryProblemNotTheLoadersFirstOnly() {
        // The loader stops at the negative count; the as-of date before the month, the unit that
        // disagrees and the missing source are found as well.
        let entry = FigureEntry(province: "nghe-an", period: "2025-05", basis: "month", indicator: "projects_approved", value: "-3", unit: "%",
                                source: "", asOf: "2025-04-20")
        let result = EntryCheck.check(entry, catalogue: TestData.catalogue)
        XCTAssertEqual(result.errors.map(\.field), ["value", "unit", "as_of", "source"], "\(result.problems)")
    }

    func testAFieldNeverSpansTwoLines() {
        XCTAssertEqual(JournalFormat.field("plain"), "plain")
        XCTAssertEqual(JournalFormat.field("Nghệ An · 64,1 %"), "\"Nghệ An · 64,1 %\"")
        XCTAssertEqual(JournalFormat.field("say \"x\""), "\"say \"\"x\"\"\"")
        XCTAssertEqual(JournalFormat.field(" edge"), "\" edge\"")
        for separator in ["\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}"] {
            XCTAssertEqual(JournalFormat.field("a\(separator)b"), separator == "\r\n" ? "a b" : "a b", separator.debugDescription)
        }
        XCTAssertEqual(JournalFormat.field("…\u{2026}"), "……", "other three-byte characters stay")
    }

    func testTornLastRecordIsReportedAndSkippedAndTheNextSaveStartsAFreshLine() throws {
        let store = FolderEntryStore(folder: folder())
        try store.append(figure("1"))
        try store.append(figure("2"))
        // What a save killed half-way leaves: part of a record, no final newline.
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: store.figuresPath))
        handle.seekToEndOfFile()
        handle.write(Data("nghe-an,2025-05,month,iip_yoy,9".utf8))
        handle.closeFile()
        var log = store.read()
        XCTAssertEqual(log.figures.map(\.value), ["1", "2"])
        XCTAssertEqual(log.diagnostics.count, 1)
        XCTAssertEqual(log.diagnostics.first?.line, 4)
        XCTAssertEqual(log.diagnostics.first?.file, store.figuresPath)
        XCTAssertTrue(log.diagnostics.first?.message.contains("a save was interrupted") ?? false, "\(log.diagnostics)")
        try store.append(figure("3"))
        log = store.read()
        XCTAssertEqual(log.figures.map(\.value), ["1", "2", "3"], "the new record is on a line of its own")
        XCTAssertEqual(log.figures.last?.origin?.line, 5)
        XCTAssertEqual(log.diagnostics.map(\.line), [4], "the torn line stays reported, now as a damaged line")
        let lines = try String(contentsOfFile: store.figuresPath, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines[3], "nghe-an,2025-05,month,iip_yoy,9")
        XCTAssertTrue(lines[4].hasPrefix("nghe-an,2025-05,month,iip_yoy,3,"), String(lines[4]))
    }

    func testAFirstSaveKilledInItsHeaderLeavesAUsableJournal() throws {
        let store = FolderEntryStore(folder: folder())
        try FileManager.default.createDirectory(atPath: store.folder, withIntermediateDirectories: true)
        try "province,period,basis,indic".write(toFile: store.figuresPath, atomically: true, encoding: .utf8)
        try store.append(figure("1"))
        let log = store.read()
        XCTAssertEqual(log.figures.map(\.value), ["1"])
        XCTAssertEqual(log.figures.first?.origin?.line, 2)
        XCTAssertEqual(log.diagnostics.map(\.line), [1])
        XCTAssertTrue(log.diagnostics.first?.message.contains("incomplete header") ?? false, "\(log.diagnostics)")
        // A file that is not a journal at all is still refused.
        try "id,name\nx,y\n".write(toFile: store.itemsPath, atomically: true, encoding: .utf8)
        XCTAssertTrue(store.read().diagnostics.contains { $0.severity == .error && $0.message.contains("not an entries journal") })
    }

    func testTornRecordThatStillHasAValueIsNotLoadedAsAFigure() throws {
        // Cut after "18" of "18.4": as a CSV row it would read as 18 — the journal reader refuses it.
        let store = FolderEntryStore(folder: folder())
        let saved = try store.append(figure("18.4"))
        let line = JournalFormat.line(FigureEntry.Field.allCases.map { saved[$0] })
        let cut = String(line.prefix(line.count - 5)) + "\n"
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: store.figuresPath))
        handle.seekToEndOfFile()
        handle.write(Data(cut.utf8))
        handle.closeFile()
        let log = store.read()
        XCTAssertEqual(log.figures.count, 1)
        XCTAssertEqual(log.diagnostics.map(\.line), [3])
    }

    func testANewJournalInASetgidFolderIsGroupWritableWhateverTheUmask() throws {
        let dir = folder()
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        XCTAssertEqual(chmod(dir, 0o2755), 0)
        let old = umask(0o022)
        defer { umask(old) }
        let store = FolderEntryStore(folder: dir)
        try store.append(figure("1"))
        var info = stat()
        XCTAssertEqual(stat(store.figuresPath, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o664)
        // Outside a setgid folder the umask decides, as for any file.
        let plain = FolderEntryStore(folder: folder())
        try plain.append(figure("1"))
        XCTAssertEqual(stat(plain.figuresPath, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o644)
    }

    func testHistoryListsOneFiguresEntriesOldestFirst() throws {
        let store = FolderEntryStore(folder: folder())
        try store.append(figure("1"))
        try store.append(figure("7", indicator: "budget_revenue", basis: "ytd"))
        try store.append(figure("2"))
        let history = store.read().history(province: "nghe-an", period: "2025-05", indicator: "iip_yoy", basis: "month")
        XCTAssertEqual(history.map(\.value), ["1", "2"])
    }

    func testDefaultFolderOrder() {
        XCTAssertEqual(FolderEntryStore.defaultFolder(environment: ["CHISO_ENTRIES": "/srv/e", "XDG_DATA_HOME": "/x", "HOME": "/h"]), "/srv/e")
        XCTAssertEqual(FolderEntryStore.defaultFolder(environment: ["CHISO_ENTRIES": "", "XDG_DATA_HOME": "/x", "HOME": "/h"]), "/x/chiso/entries")
        XCTAssertEqual(FolderEntryStore.defaultFolder(environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"]), "/h/.local/share/chiso/entries")
        XCTAssertEqual(FolderEntryStore.defaultFolder(environment: ["HOME": "/h"]), "/h/.local/share/chiso/entries")
    }

    func testReadOnlyStoreRefusesToSave() throws {
        let store = FolderEntryStore(folder: folder(), readOnly: true)
        guard case .readOnly(.requested, _) = store.access() else { return XCTFail("\(store.access())") }
        XCTAssertThrowsError(try store.append(figure("1"))) { error in
            guard case EntryStoreError.readOnly = error else { return XCTFail("\(error)") }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.folder))
    }

    func testItemChangesGoToTheirOwnJournal() throws {
        let store = FolderEntryStore(folder: folder())
        try store.append(ItemChange(action: .status, province: "nghe-an", resolution: "57-NQ/TW", document: "X", status: "done",
                                    source: "https://baonghean.vn/b"))
        let log = store.read()
        XCTAssertEqual(log.figures.count, 0)
        XCTAssertEqual(log.itemChanges.map(\.action), [.status])
        XCTAssertEqual(log.itemChanges.first?.origin?.file, store.itemsPath)
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.figuresPath))
    }

    // MARK: Checks

    func testCheckUsesTheLoadersRulesAndNamesTheField() {
        let catalogue = TestData.catalogue
        XCTAssertTrue(EntryCheck.check(figure("18.4", province: "Nghệ An"), catalogue: catalogue).isValid)
        XCTAssertEqual(EntryCheck.check(figure("18.4", province: "Nghệ An"), catalogue: catalogue).entry.province, "nghe-an")
        XCTAssertEqual(EntryCheck.check(figure("18.4"), catalogue: catalogue).entry.unit, "%")
        let cases: [(FigureEntry, String)] = [
            (figure("11.360,5"), "value"), (figure("abc"), "value"), (figure("1", province: "nowhere"), "province"),
            (figure("1", period: "2025-13"), "period"), (figure("1", indicator: "nope"), "indicator"),
            (figure("1", basis: "weekly"), "basis"), (figure("1", source: ""), "source"), (figure("1", source: "a report"), "source"),
            (figure("1", published: "2025-16-01"), "published"), (figure("-2", indicator: "projects_approved"), "value"),
        ]
        for (entry, field) in cases {
            let result = EntryCheck.check(entry, catalogue: catalogue)
            XCTAssertFalse(result.isValid, "\(entry)")
            XCTAssertEqual(result.errors.first?.field, field, "\(result.problems)")
        }
    }

    // MARK: Joining a load

    func testEntriesAreRevisionsOnTopOfTheFilesAndTiesGoToTheLaterEntry() throws {
        let dir = folder()
        try FileManager.default.createDirectory(atPath: dir + "/data", withIntermediateDirectories: true)
        try "province,period,indicator,value,basis,source,published\nnghe-an,2025-05,iip_yoy,18.4,month,https://baonghean.vn/a,2025-06-10\n"
            .write(toFile: dir + "/data/obs.csv", atomically: true, encoding: .utf8)
        let store = FolderEntryStore(folder: dir + "/entries")
        try store.append(figure("18.6"))
        try store.append(figure("18.5"))
        let dataset = DataLoader.load(paths: [dir + "/data"], entries: store)
        XCTAssertEqual(dataset.errorCount, 0, "\(dataset.diagnostics)")
        let unit = try XCTUnwrap(dataset.catalogue.unitIndex(id: "nghe-an"))
        let indicator = try XCTUnwrap(dataset.catalogue.indicatorIndex(id: "iip_yoy"))
        let shown = try XCTUnwrap(dataset.store.figure(unit: unit, indicator: indicator, basis: .month, period: Period(year: 2025, month: 5)))
        XCTAssertEqual(shown.value, 18.5, "same publication: the later entry wins")
        XCTAssertEqual(shown.source.file, store.figuresPath)
        XCTAssertEqual(shown.source.line, 3)
        XCTAssertEqual(shown.source.enteredBy, EntryAuthor.current)
        XCTAssertNotNil(shown.source.enteredAt)
        XCTAssertEqual(Set(shown.revisions.map(\.value)), [18.6, 18.4], "nothing lost: the file's value and the first entry are revisions")
        XCTAssertTrue(dataset.files.contains(store.figuresPath))
    }

    func testABadEntryIsReportedAtItsJournalLine() throws {
        let store = FolderEntryStore(folder: folder())
        try store.append(figure("1", province: "atlantis"))
        var diagnostics: [Diagnostic] = []
        var buffer = ObservationBuffer()
        EntryRows.append(store.read().figures, catalogue: TestData.catalogue, into: &buffer, diagnostics: &diagnostics)
        XCTAssertEqual(buffer.count, 0)
        XCTAssertEqual(diagnostics.first?.file, store.figuresPath)
        XCTAssertEqual(diagnostics.first?.line, 2)
        XCTAssertEqual(diagnostics.first?.column, 1)
        XCTAssertTrue(diagnostics.first?.message.contains("unknown province 'atlantis'") ?? false, "\(diagnostics)")
    }

    func testItemChangesApplyInOrder() throws {
        var catalogue = TestData.catalogue
        catalogue.resolutions = [Resolution(id: "57-NQ/TW", kind: "resolution", number: "57", shortVI: "NQ 57", shortEN: "Res 57",
                                            title: .empty, issued: nil, issuer: .empty, summary: .empty, sources: [], trackedBy: [])]
        let store = FolderEntryStore(folder: folder())
        let base = ItemChange(province: "nghe-an", resolution: "57-NQ/TW", document: "Kế hoạch 1", source: "https://baonghean.vn/c")
        var add = base
        add.action = .add; add.title = "Một kế hoạch"; add.status = "drafting"; add.due = "2025-09"
        try store.append(add)
        var status = base
        status.action = .status; status.status = "issued"; status.published = "2025-07-01"
        try store.append(status)
        var due = base
        due.action = .due; due.due = "2025-12-31"
        try store.append(due)
        var orphan = base
        orphan.document = "Không có"; orphan.status = "done"
        try store.append(orphan)
        var diagnostics: [Diagnostic] = []
        EntryRows.apply(store.read().itemChanges, to: &catalogue, diagnostics: &diagnostics)
        let item = try XCTUnwrap(catalogue.items.first)
        XCTAssertEqual(catalogue.items.count, 1)
        XCTAssertEqual(item.status, .issued)
        XCTAssertEqual(item.statusDate, "2025-07-01")
        XCTAssertEqual(item.due, "2025-12-31")
        XCTAssertEqual(item.title.vi, "Một kế hoạch")
        XCTAssertEqual(item.source.line, 4)
        XCTAssertEqual(diagnostics.map(\.line), [5], "\(diagnostics)")
    }

    // MARK: entered_by

    func testSHA256KnownAnswers() {
        XCTAssertEqual(SHA256.digest(Array("abc".utf8)).map { String(format: "%02x", $0) }.joined(),
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.digest(Array(repeating: UInt8(ascii: "a"), count: 1000)).map { String(format: "%02x", $0) }.joined(),
                       "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    func testEnteredByAddsTheSSHKeyFingerprintWhenSshdExposesIt() throws {
        // A fixed Ed25519 public key; its fingerprint as `ssh-keygen -l` prints it.
        let key = "AAAAC3NzaC1lZDI1NTE5AAAAINXtj/68XHq5IZSSzp/oSxw3JcZq71vainn2f83BHjJF"
        let file = folder()
        try FileManager.default.createDirectory(atPath: file, withIntermediateDirectories: true)
        try "publickey ssh-ed25519 \(key)\n".write(toFile: file + "/auth", atomically: true, encoding: .utf8)
        let expected = try fingerprintBySSHKeygen("ssh-ed25519 \(key)", folder: file)
        let login = EntryAuthor.loginName(environment: [:])
        XCTAssertEqual(EntryAuthor.describe(environment: ["SSH_USER_AUTH": file + "/auth"]), "\(login) (\(expected))")
        XCTAssertEqual(EntryAuthor.describe(environment: [:]), login)
        XCTAssertEqual(EntryAuthor.describe(environment: ["SSH_USER_AUTH": file + "/missing"]), login)
    }

    private func fingerprintBySSHKeygen(_ key: String, folder: String) throws -> String {
        let keygen = "/usr/bin/ssh-keygen"
        guard FileManager.default.isExecutableFile(atPath: keygen) else {
            // The known value, computed by ssh-keygen when the test was written.
            print("ssh-keygen not installed: comparing with the recorded fingerprint")
            return "SHA256:jcqET+iysJckE+jN1OwciwFk5DJnHMoe2as7UbOB1Bs"
        }
        try (key + "\n").write(toFile: folder + "/key.pub", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: keygen)
        process.arguments = ["-l", "-E", "sha256", "-f", folder + "/key.pub"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return try XCTUnwrap(text.split(separator: " ").dropFirst().first.map(String.init), text)
    }
}
