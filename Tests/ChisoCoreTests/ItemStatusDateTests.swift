import XCTest
@testable import ChisoCore

/// resolutions.yaml: an item's status date is `status_date`; the old name `as_of` is read with a
/// warning at its own line and column (in chiso `as_of` is the last day a figure covers).
final class ItemStatusDateTests: XCTestCase {
    func load(_ statusLine: String) -> ([ImplementationItem], [Diagnostic]) {
        let dir = TestData.tempDir(for: self)
        let path = dir + "/resolutions.yaml"
        let text = "documents:\n  - id: 57-NQ/TW\n    title_vi: \"Nghị quyết 57\"\n    title_en: \"Resolution 57\"\nitems:\n"
            + "  - province: nghe-an\n    resolution: 57-NQ/TW\n    document_vi: \"Kế hoạch\"\n    document_en: \"Plan\"\n"
            + "    title_vi: \"Kế hoạch\"\n    title_en: \"Plan\"\n    status: issued\n" + statusLine
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        var diagnostics: [Diagnostic] = []
        let (_, loaded) = CatalogueLoader.loadResolutions(path, units: TestData.catalogue, diagnostics: &diagnostics)
        return (loaded, diagnostics)
    }

    func testStatusDateIsRead() {
        let (items, diagnostics) = load("    status_date: 2025-06-10\n")
        XCTAssertEqual(diagnostics.map(\.description), [])
        XCTAssertEqual(items.map(\.statusDate), ["2025-06-10"])
    }

    func testTheOldNameAsOfIsReadWithAWarningAtItsPlace() {
        let (items, diagnostics) = load("    as_of: 2025-06-10\n")
        XCTAssertEqual(items.map(\.statusDate), ["2025-06-10"])
        XCTAssertEqual(diagnostics.map { "\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" },
                       ["13:5: warning: 'as_of' of an item is now 'status_date'; read as status_date"])
    }

    func testABadStatusDateIsAnErrorAtItsValue() {
        let (items, diagnostics) = load("    status_date: 10/6/2025\n")
        XCTAssertEqual(items.count, 0)
        XCTAssertEqual(diagnostics.map { "\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" },
                       ["13:18: error: bad status_date '10/6/2025'"])
    }
}
