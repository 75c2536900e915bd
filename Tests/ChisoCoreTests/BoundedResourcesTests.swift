import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif
@testable import ChisoCore

/// Hostile inputs to the loaders: each gives a clear diagnostic, never a crash, a hang or
/// unbounded memory. Inputs are generated at run time into a temporary folder.
final class BoundedResourcesTests: XCTestCase {
    var dir = ""

    override func setUp() {
        // Removed when the test ends, what the test made unreadable given back first.
        dir = TestData.tempDir(for: self)
    }

    // MARK: Helpers

    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let path = dir + "/" + name
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)), path)
        return path
    }

    func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }

    func loadObservations(_ path: String, catalogue: Catalogue = TestData.catalogue) -> (rows: [RawObservation], diagnostics: [Diagnostic]) {
        var rows: [RawObservation] = []
        var diagnostics: [Diagnostic] = []
        ObservationLoader.load(path, catalogue: catalogue, into: &rows, diagnostics: &diagnostics)
        return (rows, diagnostics)
    }

    func assertDiagnostic(_ diagnostics: [Diagnostic], _ fragment: String, line: Int? = nil, severity: Diagnostic.Severity = .error,
                          file: StaticString = #filePath, sourceLine: UInt = #line) {
        let hit = diagnostics.first { $0.message.contains(fragment) && $0.severity == severity && (line == nil || $0.line == line) }
        XCTAssertNotNil(hit, "no \(severity) '\(fragment)'\(line.map { " on line \($0)" } ?? "") among:\n" + diagnostics.map(\.description).joined(separator: "\n"),
                        file: file, line: sourceLine)
    }

    /// Peak resident memory (VmHWM) in bytes, or nil off Linux.
    static func peakRSS() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return line.split(separator: " ").compactMap { Int($0) }.first.map { $0 * 1024 }
        }
        return nil
    }

    /// Runs `body` and returns how much the peak resident memory grew (resetting the peak first
    /// where the kernel allows, so earlier tests do not hide the growth).
    func peakGrowth(_ body: () -> Void) -> Int {
        let fd = open("/proc/self/clear_refs", O_WRONLY)
        if fd >= 0 {
            _ = "5".withCString { Glibc.write(fd, $0, 1) }
            close(fd)
        }
        let before = BoundedResourcesTests.peakRSS() ?? 0
        body()
        let after = BoundedResourcesTests.peakRSS() ?? 0
        return max(0, after - before)
    }

    static let header = "province,period,indicator,value,source,note\n"

    // MARK: Size

    func testTenMegabyteLineIsSkippedWithBoundedMemory() {
        var bytes = Array((BoundedResourcesTests.header + "nghe-an,2025-05,iip_yoy,1,s,").utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 10 << 20)
        bytes += Array("\nnghe-an,2025-06,iip_yoy,2,s,\n".utf8)
        let path = write("long-line.csv", bytes)
        bytes = []
        var result: (rows: [RawObservation], diagnostics: [Diagnostic]) = ([], [])
        let growth = peakGrowth { result = loadObservations(path) }
        assertDiagnostic(result.diagnostics, "field longer than \(CSVReader.maxFieldBytes) bytes; row skipped", line: 2)
        XCTAssertEqual(result.rows.map(\.value), [2], "the row after the long line still loads")
        print("10 MB line: peak memory grew \(growth >> 20) MB")
        XCTAssertLessThan(growth, 200 << 20, "peak memory grew \(growth >> 20) MB for a 10 MB line")

        // A 10 MB file that is one line: the header itself is too long.
        let one = write("one-line.csv", [UInt8](repeating: UInt8(ascii: "a"), count: 10 << 20))
        let single = loadObservations(one)
        assertDiagnostic(single.diagnostics, "field longer than", line: 1)
        XCTAssertTrue(single.rows.isEmpty)
    }

    func testMillionColumnsAreRefusedQuicklyWithBoundedMemory() {
        let commas = [UInt8](repeating: UInt8(ascii: ","), count: 1_000_000)
        // In a data row.
        let rowPath = write("wide-row.csv", Array((BoundedResourcesTests.header + "nghe-an,2025-05,iip_yoy,1").utf8) + commas
                            + Array("\nnghe-an,2025-06,iip_yoy,2,s,\n".utf8))
        // In the header.
        let headerPath = write("wide-header.csv", Array("province,period,indicator,value".utf8) + commas + Array("\nnghe-an,2025-06,iip_yoy,2\n".utf8))
        // In a catalogue.
        let unitsPath = write("provinces.csv", Array("id,level,name\nx,province,X".utf8) + commas + [0x0A])
        var row: (rows: [RawObservation], diagnostics: [Diagnostic]) = ([], [])
        var header: (rows: [RawObservation], diagnostics: [Diagnostic]) = ([], [])
        var unitDiagnostics: [Diagnostic] = []
        let start = Date()
        let growth = peakGrowth {
            row = loadObservations(rowPath)
            header = loadObservations(headerPath)
            _ = CatalogueLoader.loadUnits(unitsPath, diagnostics: &unitDiagnostics)
        }
        assertDiagnostic(row.diagnostics, "more than \(CSVReader.maxFields) columns; row skipped", line: 2)
        XCTAssertEqual(row.rows.map(\.value), [2])
        assertDiagnostic(header.diagnostics, "more than \(CSVReader.maxFields) columns", line: 1)
        XCTAssertTrue(header.rows.isEmpty)
        assertDiagnostic(unitDiagnostics, "more than \(CSVReader.maxFields) columns", line: 2)
        XCTAssertLessThan(Date().timeIntervalSince(start), 5, "a million columns must not cost quadratic time")
        print("a million columns: peak memory grew \(growth >> 20) MB")
        XCTAssertLessThan(growth, 300 << 20, "peak memory grew \(growth >> 20) MB for a million columns")
    }

    func testAQuotedFieldOver32MBIsSkippedAsAFieldWithTrueLineNumbers() throws {
        // Line 2 a figure; line 3 starts a row whose quoted note runs well past 32 MB (past what
        // the reader holds at once) and holds lines that look like rows, with escaped quotes, a
        // CRLF and a lone CR; the figure after it keeps its true line.
        let fake = Array("nghe-an,2025-01,iip_yoy,99,s,\"\"x\"\"\n".utf8)
        let perBlock = (1 << 20) / fake.count
        var block: [UInt8] = []
        block.reserveCapacity(perBlock * fake.count)
        for _ in 0..<perBlock { block += fake }
        let blocks = (FastReader.maxRecordBytes + 3 * FastReader.chunkSize) / block.count + 1
        let path = dir + "/long-quoted-field.csv"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Array("province,period,indicator,value,source,note\nnghe-an,2025-05,iip_yoy,18.4,s,\n".utf8))
        try handle.write(contentsOf: Array("nghe-an,2025-04,iip_yoy,1,s,\"".utf8))
        for _ in 0..<blocks { try handle.write(contentsOf: block) }
        try handle.write(contentsOf: Array("nghe-an,2025-02,iip_yoy,98,s\r\nnghe-an,2025-03,iip_yoy,97,s\rend\"\nnghe-an,2025-06,iip_yoy,7,s,\n".utf8))
        try handle.close()
        let fieldLines = blocks * perBlock + 2
        let (rows, diagnostics) = loadObservations(path)
        assertDiagnostic(diagnostics, "row longer than 32 MB; skipped", line: 3)
        XCTAssertEqual(rows.map(\.value), [18.4, 7], "no line inside the quoted field is read as a figure")
        XCTAssertEqual(rows.map(\.source.line), [2, 3 + fieldLines + 1], "the row after the field keeps its true line")
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }.count, 1, diagnostics.map(\.description).joined(separator: "\n"))
    }

    func testDeepYAMLNestingIsRefusedBeforeParsing() {
        let cases: [(String, String)] = [
            ("brackets.yaml", "documents: " + String(repeating: "[", count: 100_000)),
            ("braces.yaml", "documents: " + String(repeating: "{a: ", count: 50_000)),
            ("dashes.yaml", "documents:\n" + String(repeating: "- ", count: 50_000) + "x\n"),
            ("indent.yaml", (0..<2_000).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x\n"),
        ]
        for (name, text) in cases {
            var diagnostics: [Diagnostic] = []
            let (docs, items) = CatalogueLoader.loadResolutions(write(name, text), units: TestData.catalogue, diagnostics: &diagnostics)
            XCTAssertTrue(docs.isEmpty && items.isEmpty, name)
            assertDiagnostic(diagnostics, "levels deep; the limit is 64")
        }
        // Aliases that would expand to 10^9 nodes are not expanded.
        var laughs = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1..<10 { laughs += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        laughs += "documents:\n  - id: d\n    title_vi: t\n    title_en: t\n    sources: *a9\n    tracked_by: *a9\n"
        var diagnostics: [Diagnostic] = []
        let start = Date()
        let (docs, _) = CatalogueLoader.loadResolutions(write("laughs.yaml", laughs), units: TestData.catalogue, diagnostics: &diagnostics)
        XCTAssertEqual(docs.map(\.id), ["d"])
        XCTAssertLessThan(Date().timeIntervalSince(start), 3)
    }

    func testTwoGigabyteFileIsRefusedWithoutReading() throws {
        let path = dir + "/huge.csv"
        let fd = open(path, O_CREAT | O_WRONLY, 0o644)
        XCTAssertGreaterThanOrEqual(fd, 0)
        XCTAssertEqual(ftruncate(fd, off_t(2) << 30), 0, "sparse 2 GB file")
        close(fd)
        let growth = peakGrowth {
            let (rows, diagnostics) = loadObservations(path)
            XCTAssertTrue(rows.isEmpty)
            assertDiagnostic(diagnostics, "file is too large (2147483648 bytes; the limit is \(FileReading.maxFileBytes))")
            var more: [Diagnostic] = []
            _ = CatalogueLoader.loadUnits(path, diagnostics: &more)
            _ = CatalogueLoader.loadResolutions(path, units: TestData.catalogue, diagnostics: &more)
            XCTAssertEqual(more.filter { $0.message.hasPrefix("file is too large") }.count, 2, more.map(\.description).joined(separator: "\n"))
        }
        XCTAssertLessThan(growth, 50 << 20)
    }

    // MARK: Values

    func testNonFiniteValuesAreRejected() {
        let values = ["NaN", "nan", "inf", "-inf", "Infinity", "1e400", "-1e400", "1e309"]
        let text = BoundedResourcesTests.header + values.map { "nghe-an,2025-05,iip_yoy,\($0),s," }.joined(separator: "\n") + "\n"
        let (rows, diagnostics) = loadObservations(write("nonfinite.csv", text))
        XCTAssertTrue(rows.isEmpty, "\(rows.map(\.value))")
        for (i, v) in values.enumerated() {
            assertDiagnostic(diagnostics, "value '\(v)' is not a finite number", line: i + 2)
        }
        let targets = write("targets.csv", "province,year,target,value\nthanh-hoa,2025,x,NaN\nthanh-hoa,2025,y,1e400\n")
        var targetDiagnostics: [Diagnostic] = []
        XCTAssertTrue(CatalogueLoader.loadTargets(targets, units: TestData.catalogue, diagnostics: &targetDiagnostics).isEmpty)
        assertDiagnostic(targetDiagnostics, "bad value 'NaN'", line: 2)
        assertDiagnostic(targetDiagnostics, "bad value '1e400'", line: 3)
    }

    func testNegativeCountsAreRejectedAndNegativeAmountsFlagged() {
        let text = BoundedResourcesTests.header
            + "nghe-an,2025-05,projects_approved,-3,s,\nnghe-an,2025-05,projects_approved,2.5,s,\n"
            + "nghe-an,2025-05,budget_revenue,-10,s,\nnghe-an,2025-06,projects_approved,4,s,\n"
        let (rows, diagnostics) = loadObservations(write("negative.csv", text))
        assertDiagnostic(diagnostics, "a count cannot be negative: -3", line: 2)
        assertDiagnostic(diagnostics, "a count must be a whole number: 2.5", line: 3)
        assertDiagnostic(diagnostics, "negative amount -10 for budget_revenue", line: 4, severity: .warning)
        XCTAssertEqual(rows.map(\.value), [-10, 4])
    }

    func testYear9999IsOutsideTheValidYears() {
        let text = BoundedResourcesTests.header + "nghe-an,9999-05,iip_yoy,1,s,\nnghe-an,99999999999999999999-05,iip_yoy,1,s,\n"
            + "nghe-an,2025-05,iip_yoy,1,s,\n"
        let (rows, diagnostics) = loadObservations(write("y9999.csv", text))
        assertDiagnostic(diagnostics, "period 9999-05 is outside 1990–2100", line: 2)
        assertDiagnostic(diagnostics, "bad period '99999999999999999999-05'", line: 3)
        XCTAssertEqual(rows.count, 1)
        let published = BoundedResourcesTests.header.replacingOccurrences(of: "note", with: "published") + "nghe-an,2025-05,iip_yoy,1,s,9999-01-01\n"
        assertDiagnostic(loadObservations(write("pub9999.csv", published)).diagnostics, "bad published date '9999-01-01' ignored", line: 2, severity: .warning)
        let targets = write("targets.csv", "province,year,target,value\nthanh-hoa,9999,x,1\n")
        var targetDiagnostics: [Diagnostic] = []
        _ = CatalogueLoader.loadTargets(targets, units: TestData.catalogue, diagnostics: &targetDiagnostics)
        assertDiagnostic(targetDiagnostics, "bad year '9999'", line: 2)
        var yamlDiagnostics: [Diagnostic] = []
        let yaml = write("resolutions.yaml", "documents:\n  - id: d\n    title_vi: t\n    title_en: t\nitems:\n  - province: nghe-an\n    resolution: d\n    document_vi: x\n    document_en: x\n    title_vi: x\n    title_en: x\n    status: planned\n    due: 9999-99\n")
        _ = CatalogueLoader.loadResolutions(yaml, units: TestData.catalogue, diagnostics: &yamlDiagnostics)
        assertDiagnostic(yamlDiagnostics, "bad due date '9999-99'")
    }

    // MARK: Files that are not files

    func testFolderWhereAFileIsExpected() throws {
        let folder = dir + "/obs.csv"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        assertDiagnostic(loadObservations(folder).diagnostics, "is a folder where a file is expected")
        var diagnostics: [Diagnostic] = []
        _ = CatalogueLoader.loadResolutions(folder, units: TestData.catalogue, diagnostics: &diagnostics)
        _ = CatalogueLoader.loadUnits(folder, diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.filter { $0.message == "is a folder where a file is expected" }.count, 2)
        // Inside a data folder: a folder named like a catalogue.
        let data = dir + "/data"
        try FileManager.default.createDirectory(atPath: data + "/resolutions.yaml", withIntermediateDirectories: true)
        _ = write("data/o.csv", "province,period,indicator,value\nnghe-an,2025-05,iip_yoy,1\n")
        let dataset = DataLoader.load(paths: [data])
        XCTAssertTrue(dataset.diagnostics.contains { $0.file.hasSuffix("resolutions.yaml") && $0.message == "is a folder where a file is expected" },
                      dataset.diagnostics.map(\.description).joined(separator: "\n"))
    }

    /// Runs `body` with file access checked as `nobody` (setfsuid, this thread only) when root.
    func asUnprivileged(_ body: () throws -> Void) throws {
        guard getuid() == 0 else { try body(); return }
        typealias SetFSUID = @convention(c) (UInt32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "setfsuid") else {
            throw XCTSkip("running as root and setfsuid is unavailable")
        }
        let setfsuid = unsafeBitCast(symbol, to: SetFSUID.self)
        _ = setfsuid(65534)
        defer { _ = setfsuid(0) }
        // Changing the filesystem uid away from 0 drops CAP_DAC_OVERRIDE for this thread.
        guard setfsuid(65534) == 65534 else { throw XCTSkip("setfsuid did not take") }
        try body()
    }

    func testPermissionDenied() throws {
        let file = write("secret.csv", "province,period,indicator,value\nnghe-an,2025-05,iip_yoy,1\n")
        XCTAssertEqual(chmod(file, 0), 0)
        XCTAssertEqual(chmod(dir, 0o755), 0)
        let folder = dir + "/closed"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = write("closed/o.csv", "province,period,indicator,value\nnghe-an,2025-05,iip_yoy,1\n")
        XCTAssertEqual(chmod(folder, 0), 0)
        var observations: [Diagnostic] = []
        var resolutions: [Diagnostic] = []
        var expanded: [Diagnostic] = []
        try asUnprivileged {
            observations = loadObservations(file).diagnostics
            _ = CatalogueLoader.loadResolutions(file, units: TestData.catalogue, diagnostics: &resolutions)
            _ = DataLoader.expand([folder], diagnostics: &expanded)
        }
        assertDiagnostic(observations, "cannot read: permission denied")
        assertDiagnostic(resolutions, "cannot read: permission denied")
        assertDiagnostic(expanded, "permission denied")
    }

    func testSymbolicLinkLoop() throws {
        let a = dir + "/a.csv", b = dir + "/b.csv"
        try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: b)
        try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: a)
        assertDiagnostic(loadObservations(a).diagnostics, "cannot read: a symbolic link loop")
        var diagnostics: [Diagnostic] = []
        _ = CatalogueLoader.loadResolutions(a, units: TestData.catalogue, diagnostics: &diagnostics)
        assertDiagnostic(diagnostics, "a symbolic link loop")
        // A folder that contains itself: loading ends, and each real file is read once.
        let data = dir + "/data"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        _ = write("data/o.csv", "province,period,indicator,value,source\nnghe-an,2025-05,iip_yoy,1,s\n")
        try FileManager.default.createSymbolicLink(atPath: data + "/again", withDestinationPath: data)
        let start = Date()
        let (_, files) = DataLoader.expand([data], diagnostics: &diagnostics)
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        XCTAssertEqual(files.filter { $0.hasSuffix("o.csv") }.count, 1, "\(files)")
    }

    func testFIFOAndDevicesAreRefusedWithoutBlocking() throws {
        let fifo = dir + "/pipe.csv"
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        let start = Date()
        assertDiagnostic(loadObservations(fifo).diagnostics, "not a regular file (a FIFO, socket or device)")
        assertDiagnostic(loadObservations("/dev/zero").diagnostics, "not a regular file (a FIFO, socket or device)")
        var diagnostics: [Diagnostic] = []
        _ = CatalogueLoader.loadResolutions(fifo, units: TestData.catalogue, diagnostics: &diagnostics)
        assertDiagnostic(diagnostics, "not a regular file")
        // Inside a data folder.
        let data = dir + "/data"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        XCTAssertEqual(mkfifo(data + "/resolutions.yaml", 0o644), 0)
        XCTAssertEqual(mkfifo(data + "/more.csv", 0o644), 0)
        let dataset = DataLoader.load(paths: [data])
        for name in ["resolutions.yaml", "more.csv"] {
            XCTAssertTrue(dataset.diagnostics.contains { $0.file.hasSuffix(name) && $0.message.hasPrefix("not a regular file") },
                          dataset.diagnostics.map(\.description).joined(separator: "\n"))
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 5, "a FIFO must never be opened for reading")
    }
}
