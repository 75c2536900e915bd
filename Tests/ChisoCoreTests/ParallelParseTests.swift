import XCTest
@testable import ChisoCore

/// A file read in two parts at once (`ParallelParse`) gives exactly what one reader gives: the
/// same rows in the same order with the same lines, columns, publications and files, the same
/// store, and the same diagnostics at the same FILE:LINE:COLUMN, wherever the file is split.
final class ParallelParseTests: XCTestCase {
    /// What a load gives, for comparing the two ways.
    struct Outcome: Equatable {
        var keys: [UInt64] = [], values: [Double] = [], sourceIDs: [Int32] = [], lines: [Int32] = []
        var fileIDs: [UInt16] = [], valueColumns: [UInt16] = []
        var files: [String] = [], sources: [SourceInfo] = []
        var diagnostics: [Diagnostic] = []
        var storeDiagnostics: [Diagnostic] = []
        var figures: [Figure] = []
        var fastRows = 0, carefulRows = 0
    }

    static func outcome(_ bytes: [UInt8], split: Int?, catalogue: Catalogue) -> (Outcome, parts: Int) {
        var buffer = ObservationBuffer()
        var diagnostics: [Diagnostic] = []
        // A row of an earlier file first: the merge must keep ids and positions of what was there.
        _ = ObservationLoader.load(bytes: Array("province,period,indicator,value,source\nnghe-an,2024-01,iip_yoy,1.5,earlier\n".utf8),
                                   file: "earlier.csv", catalogue: catalogue, into: &buffer, diagnostics: &diagnostics)
        let counts = ObservationLoader.load(bytes: bytes, file: "obs.csv", catalogue: catalogue, into: &buffer, diagnostics: &diagnostics, split: split)
        var o = Outcome()
        o.keys = buffer.keys; o.values = buffer.values; o.sourceIDs = buffer.sourceIDs; o.lines = buffer.lines
        o.fileIDs = buffer.fileIDs; o.valueColumns = buffer.valueColumns; o.files = buffer.files; o.sources = buffer.sources
        o.diagnostics = diagnostics
        var storeDiagnostics: [Diagnostic] = []
        let store = FigureStore(buffer: buffer, catalogue: catalogue, diagnostics: &storeDiagnostics)
        o.storeDiagnostics = storeDiagnostics
        o.figures = Array(store.figures)
        o.fastRows = counts.fastRows; o.carefulRows = counts.carefulRows
        return (o, counts.parts)
    }

    /// Compares one reader with two at every `splits` offset; returns how many splits were read in two parts.
    @discardableResult
    func assertSameAtEverySplit(_ text: [UInt8], splits: [Int], catalogue: Catalogue, file: StaticString = #filePath, line: UInt = #line) -> Int {
        let (one, parts) = Self.outcome(text, split: nil, catalogue: catalogue)
        XCTAssertEqual(parts, 1, file: file, line: line)
        var twoParts = 0
        for split in splits {
            let (two, parts) = Self.outcome(text, split: split, catalogue: catalogue)
            if parts == 2 { twoParts += 1 }
            guard two == one else {
                XCTFail("split at byte \(split) differs:\n\(Self.difference(one, two))", file: file, line: line)
                return twoParts
            }
        }
        return twoParts
    }

    static func difference(_ a: Outcome, _ b: Outcome) -> String {
        var out: [String] = []
        if a.diagnostics != b.diagnostics {
            out.append("diagnostics:\n  " + a.diagnostics.map(\.description).joined(separator: "\n  ")
                       + "\nagainst\n  " + b.diagnostics.map(\.description).joined(separator: "\n  "))
        }
        if a.lines != b.lines { out.append("lines \(a.lines.prefix(40)) against \(b.lines.prefix(40))") }
        if a.keys != b.keys { out.append("keys differ (\(a.keys.count) against \(b.keys.count))") }
        if a.sourceIDs != b.sourceIDs { out.append("source ids \(a.sourceIDs.prefix(40)) against \(b.sourceIDs.prefix(40))") }
        if a.sources != b.sources { out.append("sources differ") }
        if a.fileIDs != b.fileIDs || a.files != b.files { out.append("files differ") }
        if a.valueColumns != b.valueColumns { out.append("value columns differ") }
        if a.figures != b.figures || a.storeDiagnostics != b.storeDiagnostics { out.append("stores differ") }
        if (a.fastRows, a.carefulRows) != (b.fastRows, b.carefulRows) { out.append("path counts \(a.fastRows)/\(a.carefulRows) against \(b.fastRows)/\(b.carefulRows)") }
        return out.joined(separator: "\n")
    }

    /// The offsets just after each line feed of the first `allLines` lines and of every
    /// `lineStep`-th line after them, and every `step`-th byte besides (splits inside records).
    static func splits(_ bytes: [UInt8], step: Int, allLines: Int = .max, lineStep: Int = 1) -> [Int] {
        var out: [Int] = []
        var line = 1
        for i in 1..<bytes.count {
            if bytes[i - 1] == 0x0A {
                line += 1
                if line <= allLines || line % lineStep == 0 { out.append(i); continue }
            }
            if i % step == 0 { out.append(i) }
        }
        return out
    }

    /// A file with every kind of row both readers must agree on: several publications and units,
    /// rows without a source, a quoted field with line breaks (a split inside it must be
    /// noticed), CRLF lines, invalid UTF-8, a duplicate that conflicts, careful-path rows
    /// (quotes, as-of dates), and enough bad rows on both sides of the middle that the file's
    /// limit of shown problems (200) falls in the later part.
    static var mixedFile: [UInt8] {
        var text = "\u{FEFF}province,period,indicator,basis,value,unit,source,published,as_of,note\n"
        let units = ["nghe-an", "Nghệ An", "thanh-hoa", "bac-giang", "vietnam"]
        for i in 0..<140 {
            let unit = units[i % units.count]
            let month = 1 + i % 12
            let year = i < 70 ? 2024 : 2025
            let unitForPeriod = unit == "bac-giang" && year == 2025 ? "bac-ninh" : unit
            let source = i % 9 == 0 ? "" : "https://example.org/report-\(i / 20)"
            let published = i % 11 == 0 ? "2025-0\(1 + i % 9)-15" : ""
            text += "\(unitForPeriod),\(year)-\(month < 10 ? "0" : "")\(month),iip_yoy,month,\(Double(i) / 4),%,\(source),\(published),,\n"
            if i % 17 == 0 { text += "Nge An,2025-05,iip_yoy,month,18.4,%,s,,,\n" }       // unknown unit (a suggestion)
            if i % 23 == 0 { text += "nghe-an,2025-05,budget_revenue,ytd,\"11,360\",VND bn,s,,,\r\n" } // careful path, CRLF
            if i == 40 { text += "nghe-an,2025-05,iip_yoy,month,\"18\n.4\",%,\"quoted\nline\nbreaks\",,,\n" }
            if i == 90 { text += "nghe-an,2025-04,iip_yoy,month,\"7,5\",%,\"a quote\n\nwith blank lines\",,,\n" }
            if i == 60 { text += "nghe-an,2025-05,iip_yoy,month,1,%,caf\u{E9},,,\n" }
            if i == 100 { text += "nghe-an,2025-05,budget_revenue,ytd,2703.973,VND bn,s,,2025-05-20,\n" }
            if i == 120 { text += "nghe-an,2024-01,iip_yoy,month,9,%,https://example.org/report-0,,,\n" }  // conflicts with an earlier row
        }
        var bytes = Array(text.utf8)
        // Invalid UTF-8 in a row near the end.
        bytes += Array("thanh-hoa,2025-06,iip_yoy,month,2,%,".utf8) + [0xC3, 0x28] + Array(",,,\n".utf8)
        // 260 bad rows, half before the middle of this file's second half and half after: the
        // limit of 200 shown is reached in the later part.
        for i in 0..<260 { bytes += Array("nghe-an,2025-\(i % 2 == 0 ? "13" : "00"),iip_yoy,month,1,%,s,,,\n".utf8) }
        bytes += Array("nghe-an,2025-07,iip_yoy,month,3,%,last row without a line break,,,".utf8)
        return bytes
    }

    func testTwoPartsGiveExactlyWhatOneReaderGives() {
        let catalogue = TestData.catalogue
        let text = Self.mixedFile
        let splits = Self.splits(text, step: 401, allLines: 130, lineStep: 9)
        let twoParts = assertSameAtEverySplit(text, splits: splits, catalogue: catalogue)
        // Most line starts are record starts: those splits must really have been read in two parts.
        XCTAssertGreaterThan(twoParts, splits.count / 2, "the later part was hardly ever used")
        XCTAssertLessThan(twoParts, splits.count, "splits inside quoted fields and records must fall back to one reader")
    }

    func testTheLaterPartsProblemsFollowTheFileLimit() {
        let (one, _) = Self.outcome(Self.mixedFile, split: nil, catalogue: TestData.catalogue)
        XCTAssertTrue(one.diagnostics.contains { $0.message.contains("more problem(s) in this file not shown") }, "the fixture must pass the limit of shown problems")
        XCTAssertTrue(one.diagnostics.contains { $0.message.contains("have no source") })
    }

    func testEveryBrokenFixtureAndTheBundledDataSplitAnywhere() throws {
        var ignored: [Diagnostic] = []
        let catalogue = DataLoader.loadCatalogue(paths: [], diagnostics: &ignored).catalogue
        let fixtures = TestData.repoRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/broken")
        let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { $0.hasSuffix(".csv") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 5)
        for name in names {
            let bytes = try XCTUnwrap(FileManager.default.contents(atPath: fixtures.appendingPathComponent(name).path))
            guard bytes.count > 1 else { continue }
            assertSameAtEverySplit(Array(bytes), splits: Self.splits(Array(bytes), step: 3), catalogue: catalogue)
        }
        let bundled = try XCTUnwrap(FileManager.default.contents(atPath: TestData.bundled + "/observations.csv"))
        let twoParts = assertSameAtEverySplit(Array(bundled), splits: Self.splits(Array(bundled), step: 4001, allLines: 0, lineStep: 9), catalogue: catalogue)
        XCTAssertGreaterThan(twoParts, 40)
    }

    /// A file over the size that is split by default, read from disk through `pread` by both
    /// threads, against one reader of the same bytes.
    func testALargeFileIsReadInTwoPartsByDefault() throws {
        let dir = TestData.tempDir(for: self)
        let path = dir + "/big.csv"
        var text = Array("province,period,indicator,basis,value,unit,source\n".utf8)
        let row = Array("nghe-an,2025-05,iip_yoy,month,18.4,%,https://example.org/a-long-enough-citation-for-the-row\n".utf8)
        while text.count < ParallelParse.minimumBytes + 4096 { text += row }
        text += Array("Nge An,2025-05,iip_yoy,month,1,%,s\n".utf8)
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(text)))
        let catalogue = TestData.catalogue
        var buffer = ObservationBuffer(), diagnostics: [Diagnostic] = []
        let counts = ObservationLoader.load(path, catalogue: catalogue, into: &buffer, diagnostics: &diagnostics)
        XCTAssertEqual(counts.parts, ParallelParse.enabled ? 2 : 1)
        var one = ObservationBuffer(), oneDiagnostics: [Diagnostic] = []
        ObservationLoader.load(bytes: text, file: path, catalogue: catalogue, into: &one, diagnostics: &oneDiagnostics, split: nil)
        XCTAssertEqual(buffer.keys, one.keys)
        XCTAssertEqual(buffer.lines, one.lines)
        XCTAssertEqual(buffer.sourceIDs, one.sourceIDs)
        XCTAssertEqual(buffer.valueColumns, one.valueColumns)
        XCTAssertEqual(diagnostics, oneDiagnostics)
        XCTAssertEqual(diagnostics.map(\.line), [text.split(separator: 0x0A).count])
    }
}
