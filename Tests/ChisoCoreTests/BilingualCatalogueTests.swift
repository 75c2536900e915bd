import ChisoCore
import Foundation
import XCTest

/// Issue 10: every catalogue text has a Vietnamese and an English form. A missing form is an
/// error at its FILE:LINE:COLUMN whose hint names the key to add; the bundled catalogue has
/// both forms everywhere, records which language its source used, and carries no quote.
final class BilingualCatalogueTests: XCTestCase {
    var dir = ""

    override func setUpWithError() throws {
        dir = NSTemporaryDirectory() + "chiso-bilingual-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let made = dir
        addTeardownBlock { try? FileManager.default.removeItem(atPath: made) }
    }

    func load(_ yaml: String) -> (path: String, documents: [Resolution], items: [ImplementationItem], diagnostics: [Diagnostic]) {
        let path = dir + "/resolutions.yaml"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(yaml.utf8)), path)
        var diagnostics: [Diagnostic] = []
        let (documents, items) = CatalogueLoader.loadResolutions(path, units: TestData.catalogue, diagnostics: &diagnostics)
        return (path, documents, items, diagnostics)
    }

    func testAMissingLanguageFormIsAnErrorAtItsKeyNamingTheKeyToAdd() {
        let yaml = """
        documents:
          - id: 57-NQ/TW
            title_vi: "Nghị quyết số 57-NQ/TW"
            issuer_en: "Politburo"
          - id: 66-NQ/TW
            title_vi: "Nghị quyết số 66-NQ/TW"
            title_en: "Resolution No. 66-NQ/TW"
        items:
          - province: nghe-an
            resolution: 66-NQ/TW
            document_vi: "Chương trình hành động"
            document_en: "Action Program"
            title: "Action Program"
            lead_vi: "Sở Tư pháp"
            status: drafting
            source: "https://example.org"
          - province: nghe-an
            resolution: 66-NQ/TW
            document_en: "Plan"
            title_vi: "Kế hoạch"
            title_en: "Plan"
            source_lang: fr
            status: planned
            source: "https://example.org"

        """
        let r = load(yaml)
        let lines = r.diagnostics.map { "\($0.line):\($0.column) \($0.message) [\($0.hint ?? "")]" }
        XCTAssertEqual(lines, [
            "3:5 title_vi has no English form in document 57-NQ/TW [add title_en beside title_vi]",
            "4:5 issuer_en has no Vietnamese form in document 57-NQ/TW [add issuer_vi beside issuer_en]",
            "13:5 'title' has no language form in item [write it as title_vi (Vietnamese) and title_en (English)]",
            "14:5 lead_vi has no English form in item [add lead_en beside lead_vi]",
            "19:5 document_en has no Vietnamese form in item [add document_vi beside document_en]",
            "22:5 unknown source_lang 'fr' in item [write vi or en]",
        ], lines.joined(separator: "\n"))
        XCTAssertTrue(r.diagnostics.allSatisfy { $0.severity == .error })
        XCTAssertTrue(r.diagnostics[0].description.hasPrefix("\(r.path):3:5: error: title_vi has no English form"), r.diagnostics[0].description)
        // The entries with errors are skipped; the complete one loads.
        XCTAssertEqual(r.documents.map(\.id), ["66-NQ/TW"])
        XCTAssertEqual(r.items.count, 0)
    }

    func testARequiredTextLeftOutIsAnErrorAtTheEntry() {
        let r = load("documents:\n  - id: 57-NQ/TW\n    issuer_vi: a\n    issuer_en: b\n")
        XCTAssertEqual(r.diagnostics.map { "\($0.line):\($0.column) \($0.message) [\($0.hint ?? "")]" },
                       ["2:5 document 57-NQ/TW has no title [add title_vi and title_en]"])
    }

    func testBothFormsAndTheSourceLanguageAreRead() {
        let yaml = """
        documents:
          - id: 148-KL/TW
            source_lang: en
            title_vi: "Kết luận số 148"
            title_en: "Conclusion No. 148"
        items:
          - province: nghe-an
            resolution: 148-KL/TW
            source_lang: en
            document_vi: "Kế hoạch số 322"
            document_en: "Plan No. 322"
            title_vi: "Kế hoạch"
            title_en: "Plan"
            status: issued
            status_date: 2025-06-10
            published: 2025-06-10
            source: "https://example.org"

        """
        let r = load(yaml)
        XCTAssertEqual(r.diagnostics, [])
        XCTAssertEqual(r.documents.first?.title.text(.vi), "Kết luận số 148")
        XCTAssertEqual(r.documents.first?.title.text(.en), "Conclusion No. 148")
        XCTAssertEqual(r.documents.first?.sourceLanguage, .en)
        XCTAssertEqual(r.items.first?.document.text(.vi), "Kế hoạch số 322")
        XCTAssertEqual(r.items.first?.sourceLanguage, .en)
        XCTAssertEqual(r.items.first?.statusDate, "2025-06-10")
        XCTAssertEqual(r.items.first?.source.published, "2025-06-10")
        XCTAssertTrue(r.items.first?.lead.isEmpty ?? false, "no lead given, none invented")
    }

    /// The bundled catalogue: both forms of every text, document numbers as the source gives
    /// them, the source language recorded, no quote, and no English left in a Vietnamese form.
    func testTheBundledCatalogueIsBilingualAndQuoteFree() throws {
        let path = TestData.bundled + "/resolutions.yaml"
        var diagnostics: [Diagnostic] = []
        let catalogue = TestData.catalogue
        let (documents, items) = CatalogueLoader.loadResolutions(path, units: catalogue, diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }, [])
        XCTAssertEqual(documents.count, 8)
        for d in documents {
            for text in [d.title, d.issuer, d.summary] {
                XCTAssertFalse(text.vi.isEmpty || text.en.isEmpty, d.id)
            }
            XCTAssertTrue(d.title.vi.contains(d.number) && d.title.en.contains(d.number), "\(d.id): the number as the source gives it")
        }
        XCTAssertEqual(documents.first { $0.id == "148-KL/TW" }?.sourceLanguage, .en)
        XCTAssertGreaterThanOrEqual(items.count, 15)
        for item in items {
            XCTAssertFalse(item.document.vi.isEmpty || item.document.en.isEmpty || item.title.vi.isEmpty || item.title.en.isEmpty)
            XCTAssertEqual(item.source.quote, "", "bundled items carry no quote: \(item.document.en)")
            XCTAssertEqual(item.source.published, "2025-06-10")
            XCTAssertEqual(item.sourceLanguage, .en)
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertFalse(text.contains("quote:"), "no quote key in the bundled file")
        // The English that the Vietnamese screen used to show (issue 10).
        let english = ["Growth plan and scenario", "Provincial Peop", "Department of J", "Conclusion No. 148 of the Politburo",
                       "(Conclusion on the supplementary project", "signed by General Secretary", "(title as given in the Nghe An report"]
        let vietnamese = documents.flatMap { [$0.title.vi, $0.issuer.vi, $0.summary.vi, $0.shortVI] }
            + items.flatMap { [$0.document.vi, $0.title.vi, $0.lead.vi, $0.note.vi] }
        for e in english {
            XCTAssertFalse(vietnamese.contains { $0.contains(e) }, "English '\(e)' in a Vietnamese form")
        }
        // The items the 10 June 2025 report states, each present.
        let names = items.map(\.document.en)
        for expected in ["Provincial Steering Committee for Resolution 57", "Two-level local government from 1 July 2025",
                         "Consultation on amending the 2013 Constitution", "Monthly review of the four key resolutions",
                         "Faster disbursement of public investment", "Three national target programmes", "Support to build and repair homes"] {
            XCTAssertTrue(names.contains(expected), "missing item \(expected)")
        }
    }
}
