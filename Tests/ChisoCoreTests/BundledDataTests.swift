import XCTest
@testable import ChisoCore

/// The bundled real data loads cleanly and gives the figures of the 10 June 2025 report.
final class BundledDataTests: XCTestCase {
    static let data = DataLoader.load(paths: [TestData.bundled])

    func testBundledDataHasNoErrorsAndKnowsEveryUnit() {
        let d = Self.data
        XCTAssertEqual(d.errorCount, 0, d.diagnostics.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(d.catalogue.provinces2025.count, 34)
        XCTAssertEqual(d.catalogue.formerUnits.count, 63)
        XCTAssertEqual(d.catalogue.indicators.count, 12, "11 monthly indicators and GRDP growth")
        XCTAssertFalse(d.hasSynthetic)
        XCTAssertEqual(d.catalogue.unit(id: "bac-giang")?.successor, "bac-ninh")
        XCTAssertTrue(d.catalogue.provinces2025.allSatisfy { !$0.source.isEmpty })
        for unit in d.catalogue.provinces2025 { XCTAssertNotNil(d.catalogue.region(id: unit.region), unit.id) }
    }

    func testEveryFigureCarriesASourceAndNoCopiedText() {
        let store = Self.data.store
        XCTAssertEqual(store.figures.count, 666, "518 monthly figures (527 rows) and 148 quarterly GRDP figures (417 rows)")
        XCTAssertEqual(store.figures.filter { $0.period.isQuarter }.count, 148)
        for f in Self.data.store.figures {
            XCTAssertFalse(f.source.citation.isEmpty)
            XCTAssertTrue(f.source.quote.isEmpty, "no text copied from a page: \(f.source.quote)")
        }
    }

    func testNgheAnDisbursementToTwentyMayCarriesItsAsOfDate() throws {
        let d = Self.data
        let may = Period(year: 2025, month: 5)
        let amount = try XCTUnwrap(d.figure("nghe-an", "pi_disbursed", .ytd, may))
        XCTAssertEqual(amount.value, 2703.973)
        XCTAssertEqual(amount.source.asOf, "2025-05-20")
        XCTAssertEqual(amount.source.asOfLabel(period: may, lang: .vi), "đến 20/5")
        let share = try XCTUnwrap(d.figure("nghe-an", "pi_disbursed_pct_plan", .ytd, may))
        XCTAssertEqual(share.value, 30.01)
        XCTAssertNil(share.source.asOf, "the 10 June report's 30,01 % covers the whole of May")
        XCTAssertEqual(share.revisions.map(\.source.asOf), ["2025-05-20"])
        let text = BriefFormatter(Brief.build(Analytics(d), unit: try XCTUnwrap(d.catalogue.unit(id: "nghe-an")), period: may, lang: .vi)).render(.text)
        XCTAssertTrue(text.contains("2.703,973 tỷ đồng (đến 20/5)"), text)
    }

    func testNgheAnMay2025() {
        let d = Self.data
        let may = Period(year: 2025, month: 5)
        XCTAssertEqual(d.figure("nghe-an", "iip_yoy", .month, may)?.value, 18.4)
        XCTAssertEqual(d.figure("nghe-an", "iip_yoy", .ytd, may)?.value, 13.89)
        XCTAssertEqual(d.figure("nghe-an", "iip_manufacturing_yoy", .ytd, may)?.value, 13.69)
        let budget = d.figure("nghe-an", "budget_revenue", .ytd, may)
        XCTAssertEqual(budget?.value, 11360)
        XCTAssertEqual(budget?.revisions.map(\.value), [10846])
        XCTAssertEqual(budget?.source.published, "2025-06-10")
        XCTAssertEqual(d.figure("nghe-an", "budget_revenue_pct_estimate", .ytd, may)?.value, 64.1)
        XCTAssertEqual(d.figure("nghe-an", "budget_revenue_yoy", .ytd, may)?.value, 8.4)
        let pi = d.figure("nghe-an", "pi_disbursed_pct_plan", .ytd, may)
        XCTAssertEqual(pi?.value, 30.01)
        XCTAssertEqual(pi?.revisions.map(\.value), [27.03])
        XCTAssertEqual(d.figure("nghe-an", "projects_approved", .ytd, may)?.value, 23)
        XCTAssertEqual(d.figure("nghe-an", "projects_adjusted", .ytd, may)?.value, 73)
        XCTAssertEqual(d.figure("nghe-an", "investment_capital", .ytd, may)?.value, 8098.4)
    }

    /// Issue 8, one concept one headline: Nghệ An, January to May 2025.
    func testNgheAnMay2025HeadlinesFollowTheLatestPublication() throws {
        let a = Analytics(Self.data)
        let c = Self.data.catalogue
        let unit = try XCTUnwrap(c.unit(id: "nghe-an"))
        let may = Period(year: 2025, month: 5)
        let pi = try XCTUnwrap(c.indicator(id: "pi_disbursed")), revenue = try XCTUnwrap(c.indicator(id: "budget_revenue"))
        // Disbursement as % of plan: 30,01 % of 10 June, not 2.703,973 / 10.837 = 24,95 %.
        let share = try XCTUnwrap(a.headline(unit: unit, indicator: pi, concept: .share, basis: .ytd, period: may))
        XCTAssertEqual(share.value.value, 30.01)
        XCTAssertEqual(share.value.figure?.source.published, "2025-06-10")
        XCTAssertTrue(share.value.figure?.source.citation.contains("baonghean.vn") ?? false)
        XCTAssertEqual(share.alternatives.map { ($0.value * 100).rounded() / 100 }, [27.03, 24.95])
        XCTAssertEqual(share.alternatives.last?.isDerived, true)
        // 2.703,973 stays with its own 27,03 % (vneconomy, 3 June) in Detail.
        let groups = a.provenance(unit: unit, indicator: pi, basis: .ytd, period: may).groups
        let vneconomy = try XCTUnwrap(groups.first { $0.source?.citation.contains("vneconomy.vn") ?? false })
        XCTAssertEqual(vneconomy.entries.map(\.value.value), [2703.973, 27.03])
        // Budget revenue: 11.360 / 64,1 % / +8,4 % of 10 June, with 10.846 / 61,2 / +3,5 of 3 June behind.
        for (concept, headline, other) in [(Concept.value, 11360.0, 10846.0), (.share, 64.1, 61.2), (.change, 8.4, 3.5)] {
            let hl = try XCTUnwrap(a.headline(unit: unit, indicator: revenue, concept: concept, basis: .ytd, period: may))
            XCTAssertEqual(hl.value.value, headline, "\(concept)")
            XCTAssertEqual(hl.value.figure?.source.published, "2025-06-10")
            XCTAssertEqual(hl.alternatives.first?.value, other, "\(concept)")
            XCTAssertEqual(hl.alternatives.first?.figure?.source.published, "2025-06-03")
        }
        let brief = BriefFormatter(Brief.build(a, unit: unit, period: may, lang: .vi)).render(.text)
        XCTAssertFalse(brief.contains("24,95"), brief)
        let row = brief.split(separator: "\n").first { $0.hasPrefix("Giải ngân ĐTC") && $0.contains("5 tháng") }
        XCTAssertTrue(row?.contains("2.703,973 tỷ đồng") ?? false, String(describing: row))
        XCTAssertTrue(row?.contains("30,01 %⚑†") ?? false, String(describing: row))
    }

    func testResolutionsAndNgheAnItems() {
        let c = Self.data.catalogue
        XCTAssertEqual(Set(c.resolutions.map(\.id)).isSuperset(of: ["123-KL/TW", "57-NQ/TW", "66-NQ/TW", "68-NQ/TW", "148-KL/TW"]), true)
        XCTAssertNil(c.resolutions.first { $0.id == "148-KL/TW" }?.issued)
        let items = c.items(for: "nghe-an")
        XCTAssertGreaterThanOrEqual(items.count, 8)
        XCTAssertTrue(items.contains { $0.document.vi.contains("328") && $0.document.en.contains("328") })
        let r66 = items.first { $0.resolution == "66-NQ/TW" }
        XCTAssertEqual(r66?.due, "2025-06")
        XCTAssertEqual(r66?.isOverdue(at: Period(year: 2025, month: 7)), true)
        XCTAssertEqual(r66?.isOverdue(at: Period(year: 2025, month: 6)), false)
    }

    func testBriefInEveryFormatShowsTheReportFigures() {
        let a = Analytics(Self.data)
        let unit = Self.data.catalogue.unit(id: "nghe-an")!
        let brief = Brief.build(a, unit: unit, period: Period(year: 2025, month: 5), lang: .vi)
        let text = BriefFormatter(brief).render(.text)
        for s in ["+18,4 %", "+13,89 %", "+13,69 %", "11.360 tỷ đồng⚑", "64,1 %", "+8,4 %", "30,01 %⚑", "8.098,4 tỷ đồng", "10.846", "27,03", "Kế hoạch hành động số 328"] {
            XCTAssertTrue(text.contains(s), "text lacks \(s)")
        }
        let en = BriefFormatter(Brief.build(a, unit: unit, period: Period(year: 2025, month: 5), lang: .en)).render(.markdown)
        for s in ["| IIP | May | +18.4 % |", "11,360 VND bn⚑", "64.1 %", "Jan–May", "## Sources", "10,846"] {
            XCTAssertTrue(en.contains(s), "markdown lacks \(s)\n\(en)")
        }
        let csv = BriefFormatter(brief).render(.csv)
        XCTAssertTrue(csv.hasPrefix("province,province_name,period,indicator,indicator_name,basis,value,unit,derived"))
        XCTAssertTrue(csv.contains("nghe-an,Tỉnh Nghệ An,2025-05,budget_revenue,"))
        XCTAssertTrue(csv.contains(",11360,VND bn,false,"))
        let json = BriefFormatter(brief).render(.json)
        let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let figures = object?["figures"] as? [[String: Any]]
        let budget = figures?.first { $0["indicator"] as? String == "budget_revenue" && $0["basis"] as? String == "ytd" }
        XCTAssertEqual(budget?["value"] as? Double, 11360)
        XCTAssertEqual((budget?["revisions"] as? [[String: Any]])?.first?["value"] as? Double, 10846)
    }
}
