import ChisoCore
import ChisoTestSupport
import XCTest

/// panels.csv: which panels the Overview shows comes from data, with errors at their line.
final class PanelLoaderTests: XCTestCase {
    func write(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-panels-\(getpid())-\(UUID().uuidString).csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url.path
    }

    func testTheBundledPanelsAreTheFourHeadlines() {
        let panels = Fixtures.bundled.catalogue.panels
        XCTAssertEqual(panels.map(\.id), ["industry", "budget", "public_investment", "investment"])
        XCTAssertEqual(panels.map(\.primary), ["iip_yoy", "budget_revenue", "pi_disbursed", "investment_capital"])
        XCTAssertEqual(panels[1].plan(.vi), "dự toán")
        XCTAssertEqual(panels[3].companions.map { $0.label(.en) }, ["new projects", "adjusted"])
    }

    func testPanelsKeepTheOrderOfTheirFirstRowAndCollectCompanions() throws {
        let path = try write("""
        panel,role,indicator,title_vi,title_en,label_vi,label_en
        b,companion,budget_revenue_yoy,,,so cùng kỳ,yoy
        a,primary,iip_yoy,Công nghiệp,Industry,kế hoạch,plan
        b,primary,budget_revenue,Thu,Revenue,dự toán,estimate

        """)
        var diagnostics: [Diagnostic] = []
        let panels = PanelLoader.load(path, catalogue: Fixtures.bundled.catalogue, diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(panels.map(\.id), ["b", "a"])
        XCTAssertEqual(panels[0].title(.en), "Revenue")
        XCTAssertEqual(panels[0].extras, ["budget_revenue_yoy"])
        XCTAssertTrue(panels[0].shows("budget_revenue_yoy"))
    }

    func testBadRowsAreReportedAtTheirLineAndSkipped() throws {
        let path = try write("""
        panel,role,indicator,title_vi,title_en,label_vi,label_en
        a,primary,iip_yoy,A,A,,
        a,primary,budget_revenue,A,A,,
        a,sidekick,budget_revenue,,,,
        a,companion,no_such_indicator,,,,
        c,companion,iip_yoy,,,,

        """)
        var diagnostics: [Diagnostic] = []
        let panels = PanelLoader.load(path, catalogue: Fixtures.bundled.catalogue, diagnostics: &diagnostics)
        XCTAssertEqual(panels.map(\.id), ["a"], "a panel without a primary is left out")
        XCTAssertEqual(panels.first?.primary, "iip_yoy")
        XCTAssertEqual(diagnostics.map(\.line), [3, 4, 5, 0])
        XCTAssertTrue(diagnostics[0].message.contains("second primary"), diagnostics[0].message)
        XCTAssertTrue(diagnostics[1].message.contains("unknown role 'sidekick'"), diagnostics[1].message)
        XCTAssertTrue(diagnostics[2].message.contains("unknown indicator 'no_such_indicator'"), diagnostics[2].message)
        XCTAssertTrue(diagnostics[3].message.contains("panel 'c' has no primary"), diagnostics[3].message)
        XCTAssertTrue(diagnostics.allSatisfy { $0.severity == .error })
    }
}

/// The one sparkline scale and the one ASCII fallback, in Core.
final class SparkScaleTests: XCTestCase {
    func testLevelsSpanTheSeriesAndAFlatSeriesSitsInTheMiddle() {
        XCTAssertEqual(SparkScale.levels([0, 7, 3.5, nil, .nan], count: 8), [0, 7, 4, nil, nil])
        XCTAssertEqual(SparkScale.levels([2, 2, 2], count: 8), [4, 4, 4])
        XCTAssertEqual(SparkScale.levels([nil, .infinity], count: 8), [nil, nil])
        XCTAssertEqual(SparkScale.levels([1, 2], count: 0), [nil, nil])
        XCTAssertEqual(SparkScale.levels([-1.7e308, 0, 1.7e308], count: 8), [0, 4, 7], "no overflow at the ends of Double")
        XCTAssertEqual(SparkScale.glyphs([1, nil, 2], levels: SparkScale.asciiLevels, gap: "."), ["_", ".", "@"])
    }

    func testTheFallbackFoldsLettersAndSymbolsToASCII() {
        XCTAssertEqual("Nghệ An │ ▲ 8,4 % ·".map { ASCIIFallback.fold(String($0)) }.joined(), "Nghe An | ^ 8,4 % .")
        XCTAssertEqual(ASCIIFallback.fold("Ư"), "U")
        XCTAssertEqual(ASCIIFallback.fold("█"), "#")
    }
}
