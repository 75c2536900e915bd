import XCTest
@testable import ChisoCore

/// Quarters as a kind of period: parsing, order by their end, words, the loader's checks with
/// their exact places, the `scope` column, and the store's lookup of a quarter.
final class QuarterTests: XCTestCase {
    // MARK: Period

    func testAQuarterParsesInTheFormsPeopleWriteAndBadOnesDoNot() {
        for text in ["2025-Q1", "2025-q1", "Q1/2025", "q1-2025", "2025 Q1", " 2025-Q1 "] {
            let p = Period(text)
            XCTAssertEqual(p, Period(year: 2025, quarter: 1), text)
            XCTAssertEqual(p?.kind, .quarter, text)
            XCTAssertEqual(p?.month, 3, text)
        }
        for text in ["2025-Q0", "2025-Q5", "2025-Q", "2025-Q12", "2025-QI", "Q1", "2025-Q1-2", "２０２５-Q1"] {
            XCTAssertNil(Period(text), text)
        }
        XCTAssertEqual(Period("2025-05"), Period(year: 2025, month: 5))
        XCTAssertEqual(Period("2025-05")?.kind, .month)
        XCTAssertEqual(Period(year: 2025, quarter: 4).description, "2025-Q4")
        XCTAssertEqual(Period(year: 2025, month: 3).description, "2025-03")
        XCTAssertNotEqual(Period(year: 2025, quarter: 1), Period(year: 2025, month: 3))
    }

    func testPeriodsSortByTheirEndMonthBeforeQuarterAtTheSameEnd() {
        let texts = ["2025-04", "2025-Q1", "2024-Q4", "2025-03", "2025-01", "2025-Q2", "2024-12"]
        let sorted = texts.compactMap(Period.init).sorted().map(\.description)
        XCTAssertEqual(sorted, ["2024-12", "2024-Q4", "2025-01", "2025-03", "2025-Q1", "2025-04", "2025-Q2"])
        XCTAssertTrue(Period(year: 2025, quarter: 1) < Period(year: 2025, month: 4))
    }

    func testAQuarterKnowsItsMonthsAndTheLatestQuarterEndedByAMonth() {
        let q3 = Period(year: 2025, quarter: 3)
        XCTAssertEqual(q3.lastMonth, Period(year: 2025, month: 9))
        XCTAssertEqual(q3.lastMonth.kind, .month)
        XCTAssertEqual(q3.firstMonth, Period(year: 2025, month: 7))
        XCTAssertEqual(q3.months.map(\.description), ["2025-07", "2025-08", "2025-09"])
        XCTAssertEqual(q3.sameMonthLastYear, Period(year: 2024, quarter: 3))
        XCTAssertEqual(Period(year: 2025, month: 5).lastMonth, Period(year: 2025, month: 5))
        XCTAssertEqual(Period(year: 2025, month: 5).latestQuarterEnded, Period(year: 2025, quarter: 1))
        XCTAssertEqual(Period(year: 2025, month: 6).latestQuarterEnded, Period(year: 2025, quarter: 2))
        XCTAssertEqual(Period(year: 2025, month: 10).latestQuarterEnded, Period(year: 2025, quarter: 3))
        XCTAssertEqual(Period(year: 2025, month: 2).latestQuarterEnded, Period(year: 2024, quarter: 4))
        XCTAssertEqual(Period(year: 2025, month: 8).containingQuarter, q3)
        XCTAssertTrue(Period(year: 2025, quarter: 2).isBeforeReorganisation)
        XCTAssertFalse(q3.isBeforeReorganisation)
        XCTAssertEqual(Period(ordinal: q3.ordinal, kind: .quarter), q3)
    }

    func testQuarterWordsInBothLanguages() {
        let q = { (n: Int) in Period(year: 2025, quarter: n) }
        XCTAssertEqual(Words.month(q(1), .vi), "quý I/2025")
        XCTAssertEqual(Words.month(q(4), .vi), "quý IV/2025")
        XCTAssertEqual(Words.month(q(1), .en), "Q1 2025")
        XCTAssertEqual(Words.basis(.quarter, q(2), .vi), "quý II")
        XCTAssertEqual(Words.basis(.quarter, q(2), .en), "Q2")
        XCTAssertEqual((1...4).map { Words.basis(.ytd, q($0), .vi) }, ["quý I", "6 tháng", "9 tháng", "cả năm"])
        XCTAssertEqual((1...4).map { Words.basis(.ytd, q($0), .en) }, ["Q1", "H1", "9 months", "full year"])
        XCTAssertEqual(Words.basisName(.quarter, .vi), "trong quý")
        // A month keeps its words.
        XCTAssertEqual(Words.basis(.ytd, Period(year: 2025, month: 5), .vi), "5 tháng")
    }

    // MARK: Loader

    static var catalogue: Catalogue {
        var c = TestData.catalogue
        c.addIndicator(Indicator(id: "grdp_growth", nameVI: "Tăng trưởng GRDP", nameEN: "GRDP growth", unit: "%", kind: .rate, target: "grdp_growth"))
        return c
    }

    let header = "province,scope,period,basis,indicator,value,unit,source\n"

    func testBadQuarterRowsAreReportedAtTheirLineAndColumn() {
        let csv = header + """
        Nghe An,former,2025-Q1,ytd,grdp_growth,6.99,%,s
        Nghe An,former,2025-Q5,ytd,grdp_growth,6.99,%,s
        Nghe An,former,2025-Q1,month,grdp_growth,6.99,%,s
        Nghe An,former,2025-05,quarter,grdp_growth,6.99,%,s
        Nghe An,old,2025-Q2,ytd,grdp_growth,8.24,%,s
        Bac Giang,merged,2025-Q3,ytd,grdp_growth,9,%,s
        bac-ninh-former,merged,2025-Q3,ytd,grdp_growth,9,%,s
        Nghe An,former,2025-Q,quarter,grdp_growth,9.24,%,s

        """
        let (rows, diagnostics) = TestData.load(csv, catalogue: Self.catalogue)
        let rendered = diagnostics.map { "\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" }
        XCTAssertEqual(rendered, [
            "3:16: error: bad period '2025-Q5'",
            "4:24: error: basis 'month' does not fit the quarter 2025-Q1",
            "5:24: error: basis 'quarter' does not fit the month 2025-05",
            "6:9: error: bad scope 'old'",
            "7:11: error: scope 'merged' contradicts 'Bac Giang': bac-giang is a unit before 1 July 2025, merged into bac-ninh",
            "8:17: error: scope 'merged' contradicts 'bac-ninh-former': bac-ninh-former is a unit before 1 July 2025, merged into bac-ninh",
            "9:16: error: bad period '2025-Q'",
        ])
        XCTAssertEqual(diagnostics[0].hint, "write a quarter as YYYY-Qn with n from 1 to 4, e.g. 2025-Q1")
        XCTAssertEqual(diagnostics[1].hint, "a quarter's basis is quarter (that quarter alone) or ytd (January to the quarter's end)")
        XCTAssertEqual(rows.count, 1)
        XCTAssertEqual(rows.first?.period, Period(year: 2025, quarter: 1))
        XCTAssertEqual(rows.first?.basis, .ytd)
        // The scope problems are phrases: Vietnamese in a Vietnamese validate and `p` list, no English left.
        XCTAssertEqual(diagnostics[3].message(.vi), "scope sai “old”")
        XCTAssertEqual(diagnostics[4].message(.vi), "scope “merged” mâu thuẫn với “Bac Giang”: bac-giang là đơn vị trước ngày 1/7/2025, đã hợp nhất vào bac-ninh")
        XCTAssertEqual(diagnostics[4].hintPhrase?.text(.vi), "ghi scope former, hoặc ghi đơn vị sau hợp nhất (bac-ninh) để có số liệu theo 34 đơn vị")
        XCTAssertEqual(diagnostics[4].hint, "write scope former, or the merged unit (bac-ninh) for its 34-unit figure")
        for d in diagnostics {
            XCTAssertNotEqual(d.phrase.term, .diagUntranslated, "\(d.line): \(d.message) is not a glossary phrase")
        }
    }

    func testTheScopeDecidesTheUnitInsteadOfThePeriod() {
        let csv = header + """
        Bac Ninh,former,2025-Q3,ytd,grdp_growth,1,%,s
        Bac Ninh,merged,2025-Q2,ytd,grdp_growth,2,%,s
        Bac Ninh,,2025-Q2,ytd,grdp_growth,3,%,s
        Bac Ninh,,2025-Q3,ytd,grdp_growth,4,%,s
        Nghe An,merged,2025-Q2,quarter,grdp_growth,5,%,s
        Nghe An,former,2025-Q3,,grdp_growth,6,%,s

        """
        let (rows, diagnostics) = TestData.load(csv, catalogue: Self.catalogue)
        XCTAssertEqual(diagnostics, [])
        let units = Self.catalogue.units
        XCTAssertEqual(rows.map { units[$0.unit].id }, ["bac-ninh-former", "bac-ninh", "bac-ninh-former", "bac-ninh", "nghe-an", "nghe-an"])
        XCTAssertEqual(rows.last?.basis, .quarter, "an empty basis of a quarter is the quarter alone")
    }

    // MARK: Store

    func testTheStoreFindsAQuarterByItsKindAndBasisOnly() {
        let csv = header + """
        Nghe An,,2025-Q1,ytd,grdp_growth,6.99,%,s
        Nghe An,,2025-Q2,quarter,grdp_growth,9.24,%,s
        Nghe An,,2025-03,ytd,grdp_growth,7.5,%,s

        """
        let catalogue = Self.catalogue
        var (rows, diagnostics) = TestData.load(csv, catalogue: catalogue)
        let store = FigureStore(observations: rows, catalogue: catalogue, diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics, [])
        guard let unit = catalogue.unitIndex(id: "nghe-an"), let ind = catalogue.indicatorIndex(id: "grdp_growth") else { return XCTFail("catalogue") }
        XCTAssertEqual(store.count, 3, "2025-Q1 ytd and 2025-03 ytd are two figures")
        XCTAssertEqual(store.value(unit: unit, indicator: ind, basis: .ytd, period: Period(year: 2025, quarter: 1)), 6.99)
        XCTAssertEqual(store.value(unit: unit, indicator: ind, basis: .ytd, period: Period(year: 2025, month: 3)), 7.5)
        XCTAssertEqual(store.value(unit: unit, indicator: ind, basis: .quarter, period: Period(year: 2025, quarter: 2)), 9.24)
        XCTAssertNil(store.value(unit: unit, indicator: ind, basis: .month, period: Period(year: 2025, quarter: 2)), "a quarter has no single-month basis")
        XCTAssertNil(store.value(unit: unit, indicator: ind, basis: .month, period: Period(year: 2025, month: 6)))
        XCTAssertNil(store.value(unit: unit, indicator: ind, basis: .quarter, period: Period(year: 2025, month: 6)))
        let figure = store.figure(unit: unit, indicator: ind, basis: .quarter, period: Period(year: 2025, quarter: 2))
        XCTAssertEqual(figure?.period, Period(year: 2025, quarter: 2))
        XCTAssertEqual(figure?.period.kind, .quarter)
        XCTAssertEqual(figure?.basis, .quarter)
        XCTAssertEqual(Set(store.figures.map(\.period.description)), ["2025-Q1", "2025-Q2", "2025-03"])
    }

    func testKeyPackingKeepsKindBasisAndMonth() {
        for period in [Period(year: 2025, quarter: 1), Period(year: 2025, month: 3), Period(year: 2100, quarter: 4), Period(year: 1990, month: 1)] {
            for basis in Basis.allCases where basis.fits(period.kind) {
                let k = FigureKeyPacking.pack(unit: 0xFFFFFF, indicator: 0xFFF, basis: basis, period: period)
                XCTAssertEqual(FigureKeyPacking.period(k), period)
                XCTAssertEqual(FigureKeyPacking.basis(k), basis)
                XCTAssertEqual(FigureKeyPacking.unit(k), 0xFFFFFF)
                XCTAssertEqual(FigureKeyPacking.indicator(k), 0xFFF)
            }
        }
    }

    // MARK: The bundled GRDP rows

    func testTheBundledGRDPRowsGiveTheRevisedFigures() throws {
        let dataset = DataLoader.load(paths: [TestData.bundled], label: "Data/")
        let c = dataset.catalogue
        XCTAssertEqual(dataset.diagnostics.filter { $0.severity == .error }.map(\.message), [])
        guard let ind = c.indicatorIndex(id: "grdp_growth"), let ngheAn = c.unitIndex(id: "nghe-an"),
              let daNang = c.unitIndex(id: "da-nang-former") else { return XCTFail("catalogue") }
        let q1 = try XCTUnwrap(dataset.store.figure(unit: ngheAn, indicator: ind, basis: .ytd, period: Period(year: 2025, quarter: 1)))
        XCTAssertEqual(q1.value, 6.99)
        XCTAssertEqual(q1.source.published, "2025-08-23")
        XCTAssertTrue(q1.revisions.contains { $0.value == 8 }, "the first estimate, 8 %, is kept as a revision")
        XCTAssertEqual(dataset.store.value(unit: ngheAn, indicator: ind, basis: .ytd, period: Period(year: 2025, quarter: 3)), 8.61)
        XCTAssertEqual(dataset.store.value(unit: ngheAn, indicator: ind, basis: .ytd, period: Period(year: 2025, quarter: 4)), 8.44)
        XCTAssertEqual(dataset.store.value(unit: daNang, indicator: ind, basis: .ytd, period: Period(year: 2024, quarter: 4)), 7.51)
        let grdpRows = try String(contentsOfFile: TestData.bundled + "/grdp.csv", encoding: .utf8).split(separator: "\n").count - 1
        XCTAssertEqual(grdpRows, 417)
    }
}
