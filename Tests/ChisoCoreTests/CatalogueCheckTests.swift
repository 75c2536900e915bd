import ChisoCore
import Foundation
import XCTest

/// Catalogue ids of the documented form only, and the YAML checks: duplicate keys and raw
/// control characters, each reported at its own FILE:LINE:COLUMN.
final class CatalogueCheckTests: XCTestCase {
    var dir = ""

    override func setUpWithError() throws {
        dir = NSTemporaryDirectory() + "chiso-catalogue-check-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let made = dir
        addTeardownBlock { try? FileManager.default.removeItem(atPath: made) }
    }

    func write(_ name: String, _ text: String) -> String {
        let path = dir + "/" + name
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)), path)
        return path
    }

    /// The diagnostic at `line`, or a failure naming every diagnostic.
    func diagnostic(_ diagnostics: [Diagnostic], line: Int, file: StaticString = #filePath, testLine: UInt = #line) -> Diagnostic? {
        let found = diagnostics.first { $0.line == line }
        if found == nil { XCTFail("no diagnostic at line \(line): \(diagnostics.map(\.description))", file: file, line: testLine) }
        return found
    }

    static let badSlugs = ["Nghe-An", "nghe an", "nghệ-an", "x\u{1B}]0;owned\u{07}", "a\u{202E}b", "-leading", "a<b>", String(repeating: "a", count: 65)]

    func testUnitIDsAreASCIISlugs() {
        var text = "id,level,name\nnghe-an,province,Nghệ An\nnghe-an-c12,commune,Xã\n"
        for (k, bad) in Self.badSlugs.enumerated() { text += "\"\(bad)\",province,Bad \(k)\n" }
        var diagnostics: [Diagnostic] = []
        let units = CatalogueLoader.loadUnits(write("provinces.csv", text), diagnostics: &diagnostics)
        XCTAssertEqual(units.map(\.id), ["nghe-an", "nghe-an-c12"])
        for k in Self.badSlugs.indices {
            let d = diagnostic(diagnostics, line: k + 4)
            XCTAssertEqual(d?.severity, .error)
            XCTAssertEqual(d?.column, 1)
            XCTAssertTrue(d?.message.hasPrefix("unit id '") == true, d?.description ?? "")
            XCTAssertTrue(d?.hint?.contains("ASCII slug") == true)
            XCTAssertFalse(d?.description.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E } ?? true)
        }
    }

    func testIndicatorAndRegionIDsAreASCIISlugs() {
        var text = "id,name_vi,name_en,unit,kind\nbudget_revenue,Thu,Revenue,VND bn,flow\n"
        for bad in Self.badSlugs { text += "\"\(bad)\",n,n,VND bn,flow\n" }
        text += ",n,n,VND bn,flow\n"
        var diagnostics: [Diagnostic] = []
        let indicators = CatalogueLoader.loadIndicators(write("indicators.csv", text), diagnostics: &diagnostics)
        XCTAssertEqual(indicators.map(\.id), ["budget_revenue"])
        for k in Self.badSlugs.indices { XCTAssertTrue(diagnostic(diagnostics, line: k + 3)?.message.hasPrefix("indicator id '") == true) }
        XCTAssertEqual(diagnostic(diagnostics, line: Self.badSlugs.count + 3)?.message, "empty id")

        var regions = "id,name_vi,name_en\nred-river-delta,Đồng bằng sông Hồng,Red River Delta\n"
        for bad in Self.badSlugs { regions += "\"\(bad)\",n,n\n" }
        diagnostics = []
        XCTAssertEqual(CatalogueLoader.loadRegions(write("regions.csv", regions), diagnostics: &diagnostics).map(\.id), ["red-river-delta"])
        for k in Self.badSlugs.indices { XCTAssertTrue(diagnostic(diagnostics, line: k + 3)?.message.hasPrefix("region id '") == true) }
    }

    func testDocumentIDsFollowTheDocumentedPattern() {
        let good = ["57-NQ/TW", "202/2025/QH15", "178/2024/NĐ-CP", "123-KL/TW"]
        let bad = ["57-NQ/TW\\e]0;owned\\a", "57-NQ/TW\\u202E", "57 NQ/TW", "<b>57</b>", "[57](javascript:x)", "/57", "57\\u200F"]
        var yaml = "documents:\n"
        for id in good + bad { yaml += "  - id: \"\(id)\"\n    title_vi: t\n    title_en: t\n" }
        var diagnostics: [Diagnostic] = []
        let (documents, _) = CatalogueLoader.loadResolutions(write("resolutions.yaml", yaml), units: Catalogue(), diagnostics: &diagnostics)
        XCTAssertEqual(documents.map(\.id), good)
        XCTAssertEqual(diagnostics.count, bad.count, diagnostics.map(\.description).joined(separator: "\n"))
        for k in bad.indices {
            let d = diagnostic(diagnostics, line: 2 + 3 * (good.count + k))
            XCTAssertEqual(d?.column, 9, "at the id's value")
            XCTAssertTrue(d?.message.hasPrefix("document id '") == true)
            XCTAssertFalse(d?.description.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0.value == 0x200F } ?? true)
        }
    }

    func testDuplicateYAMLKeysAreErrors() {
        let yaml = """
        documents:
          - id: 57-NQ/TW
            title_en: e
            title_vi: first
            title_vi: second
        items: []
        documents:
          - id: 66-NQ/TW
            title_vi: v
            title_en: e

        """
        var diagnostics: [Diagnostic] = []
        let path = write("resolutions.yaml", yaml)
        _ = CatalogueLoader.loadResolutions(path, units: Catalogue(), diagnostics: &diagnostics)
        let errors = diagnostics.filter { $0.severity == .error }
        XCTAssertEqual(errors.map { "\($0.line):\($0.column) \($0.message)" },
                       ["5:5 duplicate key 'title_vi': it replaces the one at line 4",
                        "7:1 duplicate key 'documents': it replaces the one at line 1"], diagnostics.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(errors.first?.description.hasPrefix("\(path):5:5: error: duplicate key 'title_vi'") == true)
    }

    func testRawControlCharactersInYAMLAreReportedWhereTheyAre() {
        let yaml = "documents:\n  - id: 57-NQ/TW\n    title: \"a\u{1B}]0;owned\u{07}\"\n    note: x\u{9B}2J\n    summary: \"fine \\e escape\"\n"
        var diagnostics: [Diagnostic] = []
        let path = write("resolutions.yaml", yaml)
        let (documents, _) = CatalogueLoader.loadResolutions(path, units: Catalogue(), diagnostics: &diagnostics)
        XCTAssertTrue(documents.isEmpty)
        XCTAssertEqual(diagnostics.map { "\($0.line):\($0.column) \($0.message)" },
                       ["3:14 control character U+001B in YAML", "3:23 control character U+0007 in YAML", "4:12 control character U+009B in YAML"])
        XCTAssertTrue(diagnostics.allSatisfy { $0.hint?.contains("double-quoted") == true })
        XCTAssertTrue(diagnostics[0].description.hasPrefix("\(path):3:14: error: control character U+001B in YAML ("))
        // Escapes in double-quoted strings are fine.
        diagnostics = []
        let escaped = "documents:\n  - id: 57-NQ/TW\n    title_vi: \"a\\e]0;owned\\a\"\n    title_en: t\n"
        XCTAssertEqual(CatalogueLoader.loadResolutions(write("ok.yaml", escaped), units: Catalogue(), diagnostics: &diagnostics).0.first?.title.vi,
                       "a\u{1B}]0;owned\u{07}")
        XCTAssertEqual(diagnostics, [])
    }

    func testDueDatesAreYearMonthOrAFullDate() {
        var yaml = "documents:\n  - id: 57-NQ/TW\n    title_vi: t\n    title_en: t\nitems:\n"
        for due in ["2025-06", "2025-06-30", "2025-06\\e]0;x\\a", "2025-06-3", "2025-06xyz"] {
            yaml += "  - province: vietnam\n    resolution: 57-NQ/TW\n    document_vi: d\n    document_en: d\n    title_vi: t\n    title_en: t\n    status: planned\n    due: \"\(due)\"\n"
        }
        var diagnostics: [Diagnostic] = []
        let units = Catalogue(units: [Province(id: "vietnam", level: .national, name: "Việt Nam", nameEN: "Vietnam")], regions: [], indicators: [])
        let (_, items) = CatalogueLoader.loadResolutions(write("due.yaml", yaml), units: units, diagnostics: &diagnostics)
        XCTAssertEqual(items.compactMap(\.due), ["2025-06", "2025-06-30"])
        XCTAssertEqual(diagnostics.filter { $0.message.hasPrefix("bad due date") }.count, 3, diagnostics.map(\.description).joined(separator: "\n"))
    }
}
