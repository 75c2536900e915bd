import Foundation
import XCTest
@testable import ChisoCore

/// The store snapshot (StoreCache): a mapped store gives every figure a fresh load gives, and a
/// snapshot that is stale, damaged, of another format or built from other bytes is never used.
final class StoreSnapshotTests: XCTestCase {
    /// A copy of the bundled Data/ (its files may be changed) and an empty cache folder.
    private func setUp(_ name: String = "data") -> (data: String, cache: StoreCache) {
        let dir = TestData.tempDir(for: self)
        let data = dir + "/" + name
        XCTAssertNoThrow(try FileManager.default.copyItem(atPath: TestData.bundled, toPath: data))
        return (data, StoreCache(folder: dir + "/cache/chiso"))
    }

    private func snapshots(_ cache: StoreCache) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache.folder)) ?? []).filter { $0.hasSuffix(".snap") }.sorted()
    }

    /// Every figure (value, source with file and line, revisions, confirmations), the lookups,
    /// the statistics, the catalogue and the load's diagnostics are the same.
    private func assertSame(_ a: Dataset, _ b: Dataset, file: StaticString = #filePath, line: UInt = #line) {
        assertSameCatalogue(a.catalogue, b.catalogue, file: file, line: line)
        XCTAssertEqual(a.store.count, b.store.count, file: file, line: line)
        XCTAssertEqual(a.diagnostics, b.diagnostics, file: file, line: line)
        XCTAssertEqual(a.files, b.files, file: file, line: line)
        XCTAssertEqual(a.store.firstPeriod, b.store.firstPeriod, file: file, line: line)
        XCTAssertEqual(a.store.lastPeriod, b.store.lastPeriod, file: file, line: line)
        XCTAssertEqual(a.store.lastPeriodByUnit, b.store.lastPeriodByUnit, file: file, line: line)
        XCTAssertEqual(a.store.countByUnit, b.store.countByUnit, file: file, line: line)
        XCTAssertEqual(a.store.syntheticCount, b.store.syntheticCount, file: file, line: line)
        XCTAssertEqual(a.store.extremeCount, b.store.extremeCount, file: file, line: line)
        XCTAssertEqual(Analytics(a).overflowWarnings(), Analytics(b).overflowWarnings(), file: file, line: line)
        var differing = 0
        for i in 0..<min(a.store.count, b.store.count) {
            let f = a.store.figures[i]
            if f != b.store.figures[i] || b.store.figure(unit: f.unit, indicator: f.indicator, basis: f.basis, period: f.period) != f { differing += 1 }
        }
        XCTAssertEqual(differing, 0, "figures that differ", file: file, line: line)
    }

    /// Every field of every catalogue entry, and the indexes that find them.
    private func assertSameCatalogue(_ a: Catalogue, _ b: Catalogue, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.units, b.units, file: file, line: line)
        XCTAssertEqual(a.regions, b.regions, file: file, line: line)
        XCTAssertEqual(a.indicators, b.indicators, file: file, line: line)
        XCTAssertEqual(a.targets, b.targets, file: file, line: line)
        XCTAssertEqual(a.resolutions, b.resolutions, file: file, line: line)
        XCTAssertEqual(a.items, b.items, file: file, line: line)
        XCTAssertEqual(a.itemChanges, b.itemChanges, file: file, line: line)
        XCTAssertEqual(a.panels, b.panels, file: file, line: line)
        XCTAssertEqual(a.quarterlyPanels, b.quarterlyPanels, file: file, line: line)
        XCTAssertEqual(a.unitIndexByID, b.unitIndexByID, file: file, line: line)
        XCTAssertEqual(a.indicatorIndexByID, b.indicatorIndexByID, file: file, line: line)
        XCTAssertEqual(a.unitsByKey, b.unitsByKey, file: file, line: line)
        for t in a.targets {
            XCTAssertEqual(a.target(province: t.province, year: t.year, target: t.target),
                           b.target(province: t.province, year: t.year, target: t.target), file: file, line: line)
        }
    }

    func testBundledDataRoundTripsThroughTheMappedSnapshot() {
        let (data, cache) = setUp()
        let fresh = DataLoader.load(paths: [data])
        let first = DataLoader.load(paths: [data], cache: cache)
        XCTAssertNil(first.snapshotCheck, "the first load builds the store")
        XCTAssertFalse(first.store.isMapped)
        XCTAssertEqual(snapshots(cache).count, 1)
        let mapped = DataLoader.load(paths: [data], cache: cache)
        XCTAssertTrue(mapped.store.isMapped, "a later load maps the snapshot")
        XCTAssertEqual(mapped.snapshotCheck?.wait(), .matches)
        XCTAssertTrue(fresh.store.figures.contains { !$0.revisions.isEmpty }, "the bundled data has revisions to compare")
        assertSame(fresh, mapped)
        XCTAssertEqual(fresh.store.approximateBytes, mapped.store.approximateBytes)
    }

    /// The catalogue's folded-name index stays in the mapping until a name is resolved, then is
    /// the index a fresh load builds (which is also what folding the units' names again gives).
    func testFoldedNameIndexIsDecodedAtItsFirstUse() throws {
        let (data, cache) = setUp()
        let fresh = DataLoader.load(paths: [data])
        _ = DataLoader.load(paths: [data], cache: cache)
        let mapped = DataLoader.load(paths: [data], cache: cache)
        XCTAssertTrue(mapped.store.isMapped)
        XCTAssertTrue(mapped.catalogue.unitNames.isPending, "not decoded while loading")
        XCTAssertEqual(mapped.catalogue.resolveUnit("Nghệ An")?.id, "nghe-an")
        XCTAssertEqual(mapped.catalogue.resolveUnit("nghe an")?.id, "nghe-an")
        XCTAssertFalse(mapped.catalogue.unitNames.isPending)
        XCTAssertEqual(mapped.catalogue.unitsByKey, fresh.catalogue.unitsByKey)
        XCTAssertEqual(Catalogue.foldedNames(fresh.catalogue.units), fresh.catalogue.unitsByKey)
        // A copy that adds a unit does not change the mapped catalogue's index.
        var copy = mapped.catalogue
        copy.addUnit(Province(id: "xa-thu", level: .commune, name: "Xã Thử", nameEN: "Xa Thu", region: "", source: "test"))
        XCTAssertNotNil(copy.resolveUnit("Xã Thử"))
        XCTAssertNil(mapped.catalogue.resolveUnit("Xã Thử"))
    }

    /// An index that points past the units is refused (the lazy reader then folds the names again).
    func testFoldedNameIndexPointingPastTheUnitsIsRefused() throws {
        var e = BinaryEncoder()
        e.int(1); e.string("nghe an"); e.int(1); e.int(5)
        try e.bytes.withUnsafeBytes { bytes in
            XCTAssertThrowsError(try Catalogue.unitNames(bytes, units: 5))
            XCTAssertEqual(try? Catalogue.unitNames(bytes, units: 6), ["nghe an": [5]])
        }
    }

    /// Demo rows over the bundled data (synthetic figures lose to real ones and become revisions),
    /// and the diagnostics of that load, saved and mapped.
    func testDemoStoreRoundTrips() throws {
        let (data, cache) = setUp()
        let fresh = DataLoader.load(paths: [data], extra: [DemoGenerator.source(DemoGenerator.Options())])
        XCTAssertGreaterThan(fresh.store.syntheticCount, 1000)
        let key = try XCTUnwrap(cache.key(for: fresh.files))
        XCTAssertTrue(cache.save(fresh.store, diagnostics: fresh.diagnostics, catalogue: fresh.catalogue, catalogueDiagnostics: [], key: key, contentHash: 42))
        guard case .success(let hit) = cache.open(key) else { return XCTFail("the snapshot was not read back") }
        XCTAssertTrue(hit.store.isMapped)
        XCTAssertEqual(hit.contentHash, 42)
        let mapped = Dataset(catalogue: fresh.catalogue, store: hit.store, diagnostics: hit.diagnostics, files: fresh.files, label: fresh.label)
        assertSame(fresh, mapped)
    }

    /// Entries (Docs/entries.md) are revisions with who entered them: saved and read back; the
    /// journal is part of the key, so an entry added makes the snapshot stale.
    func testEntriesRoundTripAndAnEntryAddedMakesTheSnapshotStale() throws {
        let (data, cache) = setUp()
        let entries = FolderEntryStore(folder: TestData.tempDir(for: self) + "/entries")
        try entries.append(FigureEntry(province: "nghe-an", period: "2025-05", basis: "month", indicator: "iip_yoy", value: "18.6",
                                       source: "https://baonghean.vn/a", published: "2025-06-11", quote: "tăng 18,6 %"))
        let fresh = DataLoader.load(paths: [data], entries: entries)
        _ = DataLoader.load(paths: [data], entries: entries, cache: cache)
        let mapped = DataLoader.load(paths: [data], entries: entries, cache: cache)
        XCTAssertTrue(mapped.store.isMapped)
        let entered = mapped.figure("nghe-an", "iip_yoy", .month, Period(year: 2025, month: 5))
        XCTAssertEqual(entered?.value, 18.6)
        XCTAssertNotNil(entered?.source.enteredBy)
        XCTAssertFalse(entered?.revisions.isEmpty ?? true, "the file's figure is a revision of the entry")
        assertSame(fresh, mapped)

        try entries.append(FigureEntry(province: "nghe-an", period: "2025-05", basis: "month", indicator: "iip_yoy", value: "18.7",
                                       source: "https://baonghean.vn/b", published: "2025-06-12"))
        let after = DataLoader.load(paths: [data], entries: entries, cache: cache)
        XCTAssertFalse(after.store.isMapped, "the journal changed: built again")
        XCTAssertEqual(after.figure("nghe-an", "iip_yoy", .month, Period(year: 2025, month: 5))?.value, 18.7)
        assertSame(DataLoader.load(paths: [data], entries: entries), DataLoader.load(paths: [data], entries: entries, cache: cache))
    }

    /// The catalogue comes from the snapshot: no catalogue file is read (their contents are
    /// replaced by rubbish keeping size and times, which a read would report), and a catalogue's
    /// problems found when the snapshot was built are reported again.
    func testCatalogueAndItsProblemsComeFromTheSnapshot() throws {
        let (data, cache) = setUp()
        let communes = data + "/communes.csv"
        try "id,level,name,name_en,parent\nxa-moi,commune,Xã Mới,Xa Moi,nowhere\n".write(toFile: communes, atomically: true, encoding: .utf8)
        let fresh = DataLoader.load(paths: [data])
        XCTAssertTrue(fresh.diagnostics.contains { $0.phrase.term == .diagUnknownParent }, "\(fresh.diagnostics)")
        _ = DataLoader.load(paths: [data], cache: cache)
        for name in ["provinces.csv", "indicators.csv", "resolutions.yaml", "communes.csv"] {
            try rewriteKeepingKey(data + "/" + name) { bytes in for i in bytes.indices { bytes[i] = 0x2C } }
        }
        let mapped = DataLoader.load(paths: [data], cache: cache, checkSettledSnapshot: true)
        XCTAssertTrue(mapped.store.isMapped)
        assertSame(fresh, mapped)
        XCTAssertEqual(mapped.snapshotCheck?.wait(), .differs, "the background check still finds the rubbish")
    }

    /// A catalogue file changed (its size or time) makes the snapshot stale: the catalogue is read
    /// again from the files, with the change, and saved again.
    func testStaleCatalogueIsRebuilt() throws {
        let (data, cache) = setUp()
        let first = DataLoader.load(paths: [data], cache: cache)
        let indicators = data + "/indicators.csv"
        var text = try String(contentsOfFile: indicators, encoding: .utf8)
        let old = try XCTUnwrap(first.catalogue.indicator(id: "iip_yoy")?.nameEN)
        text = text.replacingOccurrences(of: "," + old + ",", with: "," + old + " (renamed),")
        try text.write(toFile: indicators, atomically: false, encoding: .utf8)
        let key = try XCTUnwrap(cache.key(for: first.files))
        guard case .failure(let why) = cache.open(key) else { return XCTFail("a stale snapshot was used") }
        XCTAssertEqual(why, .stale)
        let again = DataLoader.load(paths: [data], cache: cache)
        XCTAssertFalse(again.store.isMapped, "built again")
        XCTAssertEqual(again.catalogue.indicator(id: "iip_yoy")?.nameEN, old + " (renamed)")
        let mapped = DataLoader.load(paths: [data], cache: cache)
        XCTAssertTrue(mapped.store.isMapped)
        XCTAssertEqual(mapped.catalogue.indicator(id: "iip_yoy")?.nameEN, old + " (renamed)", "the new catalogue was saved")
        assertSame(DataLoader.load(paths: [data]), mapped)
    }

    /// A one-shot command (`checkSettledSnapshot: false`) checks a snapshot's content unless it is
    /// settled for the inputs' present ctimes (`StoreCache.Key.settled`): inputs changed within the
    /// margin before the snapshot was taken are checked, and a check that matches after the margin
    /// marks it settled; a change to an input's status (here its permissions) unsettles it.
    func testOneShotLoadTrustsOnlyASettledSnapshot() throws {
        let (data, _) = setUp()
        let folder = TestData.tempDir(for: self) + "/settle/chiso"
        let hour: Int64 = 3_600_000_000_000
        let unsettled = StoreCache(folder: folder, trustMargin: hour), settling = StoreCache(folder: folder, trustMargin: 0)
        _ = DataLoader.load(paths: [data], cache: unsettled)
        let first = DataLoader.load(paths: [data], cache: unsettled, checkSettledSnapshot: false)
        XCTAssertTrue(first.store.isMapped)
        XCTAssertEqual(first.snapshotCheck?.wait(), .matches, "changed within the margin: checked")
        let second = DataLoader.load(paths: [data], cache: settling, checkSettledSnapshot: false)
        XCTAssertEqual(second.snapshotCheck?.wait(), .matches, "not settled yet: checked, and then marked settled")
        let third = DataLoader.load(paths: [data], cache: settling, checkSettledSnapshot: false)
        XCTAssertTrue(third.store.isMapped)
        XCTAssertNil(third.snapshotCheck, "settled: the key alone")
        XCTAssertNotNil(DataLoader.load(paths: [data], cache: settling).snapshotCheck, "the dashboard checks every snapshot")
        XCTAssertEqual(chmod(data + "/observations.csv", 0o600), 0)
        let fourth = DataLoader.load(paths: [data], cache: settling, checkSettledSnapshot: false)
        XCTAssertTrue(fourth.store.isMapped, "same size and time: the key matches")
        XCTAssertEqual(fourth.snapshotCheck?.wait(), .matches, "another ctime: checked again")
        // Saved by a load whose inputs had settled: settled at once.
        let fresh = StoreCache(folder: TestData.tempDir(for: self) + "/fresh/chiso", trustMargin: 0)
        _ = DataLoader.load(paths: [data], cache: fresh)
        XCTAssertNil(DataLoader.load(paths: [data], cache: fresh, checkSettledSnapshot: false).snapshotCheck)
    }

    /// A figure so large that a derived value overflows: counted when the store is built, and
    /// the count saved, so the overflow warnings of a mapped store are a fresh load's.
    func testExtremeFiguresAndTheirWarningsRoundTrip() throws {
        let (data, cache) = setUp()
        try """
            province,period,basis,indicator,value,unit,source
            thanh-hoa,2025-01,month,budget_revenue,1.7e308,VND bn,https://example.org/a
            thanh-hoa,2025-02,month,budget_revenue,1.7e308,VND bn,https://example.org/a

            """.write(toFile: data + "/extreme.csv", atomically: true, encoding: .utf8)
        let fresh = DataLoader.load(paths: [data])
        XCTAssertEqual(fresh.store.extremeCount, 2)
        XCTAssertFalse(Analytics(fresh).overflowWarnings().isEmpty, "their sum overflows")
        _ = DataLoader.load(paths: [data], cache: cache)
        let mapped = DataLoader.load(paths: [data], cache: cache)
        XCTAssertTrue(mapped.store.isMapped)
        assertSame(fresh, mapped)
    }

    func testDemoOptionsBypassTheCache() {
        let (data, cache) = setUp()
        let demo = DataLoader.load(paths: [data], extra: [DemoGenerator.source(DemoGenerator.Options())], cache: cache)
        XCTAssertGreaterThan(demo.store.syntheticCount, 0)
        XCTAssertEqual(snapshots(cache), [], "a store with demo rows is not saved")
    }

    // MARK: Never trusted

    /// Builds the snapshot, damages it with `damage(path)`, and checks that it is refused for
    /// `reason`, that the load then builds the store again (same figures) and saves a good snapshot.
    private func assertRefused(_ reason: SnapshotRejection, file: StaticString = #filePath, line: UInt = #line,
                               damage: (_ snapshot: String, _ data: String) throws -> Void) throws {
        let (data, cache) = setUp()
        _ = DataLoader.load(paths: [data], cache: cache)
        let name = try XCTUnwrap(snapshots(cache).first, file: file, line: line)
        try damage(cache.folder + "/" + name, data)
        let fresh = DataLoader.load(paths: [data])
        let key = try XCTUnwrap(cache.key(for: fresh.files), file: file, line: line)
        guard case .failure(let why) = cache.open(key) else { return XCTFail("a damaged snapshot was used", file: file, line: line) }
        XCTAssertEqual(why, reason, file: file, line: line)
        let again = DataLoader.load(paths: [data], cache: cache)
        XCTAssertFalse(again.store.isMapped, "built again", file: file, line: line)
        assertSame(fresh, again, file: file, line: line)
        let mapped = DataLoader.load(paths: [data], cache: cache)
        XCTAssertTrue(mapped.store.isMapped, "the rebuilt snapshot is used next time", file: file, line: line)
        assertSame(fresh, mapped, file: file, line: line)
    }

    /// Changes the bytes of `path` in place, keeping its inode, size and times (its ctime changes).
    private func rewriteKeepingKey(_ path: String, _ change: (inout [UInt8]) -> Void) throws {
        var before = stat()
        XCTAssertEqual(stat(path, &before), 0)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        change(&bytes)
        let fd = open(path, O_WRONLY)
        XCTAssertGreaterThanOrEqual(fd, 0)
        XCTAssertEqual(pwrite(fd, bytes, bytes.count, 0), bytes.count)
        close(fd)
        var times = [before.st_atim, before.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0)
    }

    private func rewrite(_ path: String, _ change: (inout [UInt8]) -> Void) throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        change(&bytes)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    func testTruncatedSnapshotIsRebuilt() throws {
        try assertRefused(.truncated) { snapshot, _ in try rewrite(snapshot) { $0.removeLast(100) } }
    }

    func testEmptySnapshotIsRebuilt() throws {
        try assertRefused(.truncated) { snapshot, _ in try rewrite(snapshot) { $0 = [] } }
    }

    func testFlippedByteIsRebuilt() throws {
        // A byte in the middle of the file: inside the columns, past the key and the strings.
        try assertRefused(.checksum) { snapshot, _ in try rewrite(snapshot) { $0[$0.count / 2] ^= 0x10 } }
    }

    func testSnapshotOfAnotherFormatIsRebuilt() throws {
        try assertRefused(.otherFormat) { snapshot, _ in try rewrite(snapshot) { $0[8] &+= 1 } }
    }

    func testSomethingElseInItsPlaceIsRebuilt() throws {
        try assertRefused(.notASnapshot) { snapshot, _ in try rewrite(snapshot) { $0 = Array(repeating: 0x41, count: 4096) } }
    }

    func testTouchedInputMakesTheSnapshotStale() throws {
        try assertRefused(.stale) { _, data in
            var times = [timespec(tv_sec: 1_700_000_000, tv_nsec: 0), timespec(tv_sec: 1_700_000_000, tv_nsec: 0)]
            XCTAssertEqual(utimensat(AT_FDCWD, data + "/observations.csv", &times, 0), 0)
        }
    }

    func testReplacedInputMakesTheSnapshotStale() throws {
        try assertRefused(.stale) { _, data in
            let obs = data + "/observations.csv"
            try FileManager.default.copyItem(atPath: obs, toPath: obs + ".new")
            XCTAssertEqual(rename(obs + ".new", obs), 0, "a new inode")
        }
    }

    /// A file rewritten in place with the same size and modification time passes the key; the
    /// background content hash finds it, removes the snapshot, and the next load reads the new value.
    func testSameSizeAndTimeButOtherBytesIsFoundByTheBackgroundHash() throws {
        let (data, cache) = setUp()
        let obs = data + "/observations.csv"
        _ = DataLoader.load(paths: [data], cache: cache)
        var before = stat()
        XCTAssertEqual(stat(obs, &before), 0)
        var text = try String(contentsOfFile: obs, encoding: .utf8)
        let row = try XCTUnwrap(text.range(of: "\nVietnam,2024-02,month,iip_yoy,-6.8,"))
        text.replaceSubrange(row, with: "\nVietnam,2024-02,month,iip_yoy,-6.9,")
        let fd = open(obs, O_WRONLY)
        XCTAssertGreaterThanOrEqual(fd, 0)
        let bytes = Array(text.utf8)
        XCTAssertEqual(bytes.count, Int(before.st_size))
        XCTAssertEqual(pwrite(fd, bytes, bytes.count, 0), bytes.count)
        close(fd)
        var times = [before.st_atim, before.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, obs, &times, 0), 0)

        let mapped = DataLoader.load(paths: [data], cache: cache)
        XCTAssertTrue(mapped.store.isMapped, "the key cannot see the change")
        XCTAssertEqual(mapped.snapshotCheck?.wait(), .differs)
        XCTAssertEqual(snapshots(cache), [], "the check removed the snapshot")
        let again = DataLoader.load(paths: [data], cache: cache)
        XCTAssertFalse(again.store.isMapped)
        XCTAssertEqual(again.figure("vietnam", "iip_yoy", .month, Period(year: 2024, month: 2))?.value, -6.9)
        XCTAssertEqual(DataLoader.load(paths: [data], cache: cache).snapshotCheck?.wait(), .matches)
    }

    /// Several first loads at once each write their own temporary file and rename it into place:
    /// the snapshot left is whole, and no temporary file stays.
    func testConcurrentFirstLoadsLeaveOneGoodSnapshot() throws {
        let (data, cache) = setUp()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in _ = DataLoader.load(paths: [data], cache: cache) }
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.folder)
        XCTAssertEqual(names.count, 1, "\(names)")
        let mapped = DataLoader.load(paths: [data], cache: cache)
        XCTAssertTrue(mapped.store.isMapped)
        assertSame(DataLoader.load(paths: [data]), mapped)
    }

    /// Other data gets its own snapshot; the folder keeps the most recent few.
    func testEachDataSetHasItsOwnSnapshotAndOldOnesArePruned() throws {
        let (data, cache) = setUp()
        var folders: [String] = []
        for i in 0..<(StoreCache.keep + 2) {
            let copy = data + "-\(i)"
            try FileManager.default.copyItem(atPath: data, toPath: copy)
            folders.append(copy)
            _ = DataLoader.load(paths: [copy], cache: cache)
        }
        XCTAssertEqual(snapshots(cache).count, StoreCache.keep)
        XCTAssertTrue(DataLoader.load(paths: [folders[folders.count - 1]], cache: cache).store.isMapped, "the newest is kept")
    }
}
