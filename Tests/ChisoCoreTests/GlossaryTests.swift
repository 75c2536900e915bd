import ChisoTestSupport
import XCTest
@testable import ChisoCore

final class GlossaryTests: XCTestCase {
    func testEveryTermHasEveryLanguageAndEveryRowATerm() {
        XCTAssertEqual(Glossary.problems(), [])
    }

    func testEveryLanguageIsAColumn() {
        for lang in Language.allCases {
            XCTAssertTrue(Glossary.languageCodes.contains(lang.rawValue), "\(lang) has no column")
        }
    }

    func testPlaceholdersAreFilledInOrder() {
        XCTAssertEqual(Glossary.text(.periodMonth, .vi, "5", "2025"), "tháng 5/2025")
        XCTAssertEqual(Glossary.text(.periodMonth, .en, "5", "2025", "May"), "May 2025")
    }

    func testPlaceholdersAreFilledOnceEach() {
        XCTAssertEqual(Glossary.filled("{2} và {1}, {1}", ["a", "b"]), "b và a, a")
        // An argument that holds a placeholder is not filled again; one without an argument stays.
        XCTAssertEqual(Glossary.filled("{1} {2}", ["{2}", "x"]), "{2} x")
        XCTAssertEqual(Glossary.filled("{1} {3} {} {x} {", ["a"]), "a {3} {} {x} {")
        XCTAssertEqual(Glossary.filled("tháng {1}/{2}", ["5", "2025"]), "tháng 5/2025")
        XCTAssertEqual(Glossary.filled("{10}", (1...10).map(String.init)), "10")
    }

    func testARowIsTheSameWhetherAskedFirstOrAfterTheOthers() {
        // Rows are split at their first use (GlossaryLines): the table parsed whole gives the same.
        let lines = GlossaryLines(Glossary.table + "\n" + Glossary.helpRows)
        XCTAssertEqual(lines.keys, Term.allCases.map(\.rawValue))
        XCTAssertEqual(lines.codes, ["vi", "en"])
        XCTAssertEqual(lines.texts(lines.index["status.done"] ?? -1), ["hoàn thành", "completed"])
        XCTAssertEqual(Glossary.text(key: "no.such.key", .en), "no.such.key")
    }

    func testStatusesUseTheWordsOfAdministrativeReports() {
        XCTAssertEqual(Glossary.text(.statusInProgress, .vi), "đang triển khai")
        XCTAssertEqual(Glossary.text(.statusDone, .vi), "hoàn thành")
        XCTAssertEqual(Glossary.text(.statusDrafting, .vi), "đang xây dựng")
        XCTAssertEqual(Glossary.text(.periodFullYear, .vi), "cả năm")
    }

    func testProblemsFindAGapAndAPlaceholderMismatch() {
        // The checker itself must be able to fail: feed it a broken table through the parser.
        XCTAssertEqual(Glossary.cells("| a | b \\| c |"), ["a", "b | c"])
        XCTAssertEqual(Glossary.placeholderNames(in: "tháng {1}/{2} {x}"), ["1", "2"])
    }

    func testDocsGlossaryIsTheGeneratedText() throws {
        let path = Fixtures.repositoryRoot.appendingPathComponent("Docs/glossary.md").path
        let generated = Glossary.markdown()
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try generated.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let onDisk = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertEqual(onDisk, generated, "Docs/glossary.md is out of date: run Scripts/gen-glossary.sh")
    }
}

final class OneVocabularyTests: XCTestCase {
    /// Words reach the screen, reports and exports through the glossary only: no source file pairs a Vietnamese and an
    /// English literal inline (`lang == .vi ? "…" : "…"`, `tr("…", "…")`, `vi: "…", en: "…"`).
    func testNoSourceFilePairsLanguagesInline() throws {
        let sources = Fixtures.repositoryRoot.appendingPathComponent("Sources")
        let patterns = [#"== \.vi \? ""#, #"== \.en \? ""#, #"\btr\(""#, #"\bt\("[^"]*", ""#, #"vi: "[^"]"#]
        var offenders: [String] = []
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        XCTAssertGreaterThan(files.count, 20, "the source tree was not found")
        for file in files where file.hasSuffix(".swift") && !file.hasPrefix("ChisoCore/Text/Glossary") {
            let text = try String(contentsOfFile: sources.appendingPathComponent(file).path, encoding: .utf8)
            for p in patterns where text.range(of: p, options: .regularExpression) != nil {
                offenders.append("\(file): \(p)")
            }
        }
        XCTAssertEqual(offenders, [], "move these words into Sources/ChisoCore/Text/GlossaryTable.swift")
    }
}
