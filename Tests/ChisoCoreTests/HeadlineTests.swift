import XCTest
@testable import ChisoCore

/// The headline rule: one concept, one headline figure (Docs/data-format.md). Figures are
/// hand-made; `thanh-hoa`'s 2025 revenue estimate in the test catalogue is 50.000.
final class HeadlineTests: XCTestCase {
    let h = "province,period,indicator,basis,value,source,published\n"
    let may = Period(year: 2025, month: 5)
    var thanhHoa: Province { TestData.catalogue.unit(id: "thanh-hoa")! }
    var revenue: Indicator { TestData.catalogue.indicator(id: "budget_revenue")! }

    func analytics(_ rows: String) -> Analytics { Analytics(TestData.dataset(h + rows)) }

    func source(_ v: DerivedValue?) -> String? { v?.figure?.source.citation }
    /// Element `i`, nil when absent (so a broken rule fails the test instead of crashing it).
    func at<T>(_ array: [T], _ i: Int) -> T? { array.indices.contains(i) ? array[i] : nil }

    /// Within one publication the amount stays with its own share; across publications the
    /// share's headline is the latest publication's, and the computed share is an alternative.
    func testSamePublicationPairingAndLatestShareAsHeadline() throws {
        let a = analytics("""
            thanh-hoa,2025-05,budget_revenue,ytd,21000,early,2025-06-03
            thanh-hoa,2025-05,budget_revenue_pct_estimate,ytd,42,early,2025-06-03
            thanh-hoa,2025-05,budget_revenue_pct_estimate,ytd,45,late,2025-06-10

            """)
        let share = try XCTUnwrap(a.headline(unit: thanhHoa, indicator: revenue, concept: .share, basis: .ytd, period: may))
        XCTAssertEqual(share.value.value, 45)
        XCTAssertEqual(source(share.value), "late")
        // Alternatives: the other publication's 42 %, then 21.000 / 50.000 = 42 % computed.
        XCTAssertEqual(share.alternatives.map(\.value), [42, 42])
        XCTAssertEqual(source(at(share.alternatives, 0)), "early")
        XCTAssertEqual(at(share.alternatives, 1)?.derivation, .shareOfTarget("budget_revenue_estimate"))
        // The figure shown everywhere one figure stands for the share.
        XCTAssertEqual(a.shareOfTarget(unit: thanhHoa, indicator: revenue, period: may)?.value, 45)
        // Detail: 21.000 stays with its own 42 %, the later 45 % on its own line, the computed one last.
        let groups = a.provenance(unit: thanhHoa, indicator: revenue, basis: .ytd, period: may).groups
        XCTAssertEqual(groups.map { $0.source?.citation }, ["late", "early", nil])
        XCTAssertEqual(at(groups, 1)?.entries.map(\.concept), [.value, .share])
        XCTAssertEqual(at(groups, 1)?.entries.map(\.value.value), [21000, 42])
        XCTAssertEqual(at(groups, 1)?.entries.map(\.isHeadline), [true, false])
        XCTAssertEqual(at(groups, 0)?.entries.map(\.isHeadline), [true])
    }

    /// Two publications reporting the same three concepts: every headline is the later one's.
    func testTwoPublicationsTheLaterGivesEveryHeadline() throws {
        let a = analytics("""
            thanh-hoa,2025-05,budget_revenue,ytd,11360,late,2025-06-10
            thanh-hoa,2025-05,budget_revenue_pct_estimate,ytd,64.1,late,2025-06-10
            thanh-hoa,2025-05,budget_revenue_yoy,ytd,8.4,late,2025-06-10
            thanh-hoa,2025-05,budget_revenue,ytd,10846,early,2025-06-03
            thanh-hoa,2025-05,budget_revenue_pct_estimate,ytd,61.2,early,2025-06-03
            thanh-hoa,2025-05,budget_revenue_yoy,ytd,3.5,early,2025-06-03

            """)
        for (concept, headline, other) in [(Concept.value, 11360.0, 10846.0), (.share, 64.1, 61.2), (.change, 8.4, 3.5)] {
            let hl = try XCTUnwrap(a.headline(unit: thanhHoa, indicator: revenue, concept: concept, basis: .ytd, period: may))
            XCTAssertEqual(hl.value.value, headline, "\(concept)")
            XCTAssertEqual(source(hl.value), "late")
            XCTAssertEqual(hl.alternatives.first?.value, other, "\(concept)")
            XCTAssertEqual(source(hl.alternatives.first), "early")
        }
        // The change has no computed alternative (no 2024 figure); the share has 11.360 / 50.000 = 22,72 %.
        XCTAssertEqual(a.headline(unit: thanhHoa, indicator: revenue, concept: .change, basis: .ytd, period: may)?.alternatives.count, 1)
        XCTAssertEqual(a.headline(unit: thanhHoa, indicator: revenue, concept: .share, basis: .ytd, period: may)?.alternatives.last?.value ?? 0,
                       22.72, accuracy: 1e-9)
        XCTAssertEqual(a.change(unit: thanhHoa, indicator: revenue, basis: .ytd, period: may)?.value, 8.4)
        let groups = a.provenance(unit: thanhHoa, indicator: revenue, basis: .ytd, period: may).groups
        XCTAssertEqual(groups.map { $0.source?.citation }, ["late", "early", nil])
        XCTAssertEqual(at(groups, 1)?.entries.map(\.value.value), [10846, 3.5, 61.2])
    }

    /// With no publication reporting the share or the change, the computed ones are the headlines.
    func testOnlyComputedValuesAreHeadlinesWhenNothingIsReported() throws {
        let a = analytics("""
            thanh-hoa,2025-05,budget_revenue,ytd,21295,s,
            thanh-hoa,2024-05,budget_revenue,ytd,20000,t,

            """)
        let share = try XCTUnwrap(a.headline(unit: thanhHoa, indicator: revenue, concept: .share, basis: .ytd, period: may))
        XCTAssertEqual(share.value.value, 42.59, accuracy: 1e-9)   // 21.295 / 50.000
        XCTAssertTrue(share.value.isDerived)
        XCTAssertTrue(share.alternatives.isEmpty)
        let change = try XCTUnwrap(a.headline(unit: thanhHoa, indicator: revenue, concept: .change, basis: .ytd, period: may))
        XCTAssertEqual(change.value.value, 6.475, accuracy: 1e-9)  // 21.295 / 20.000 − 1
        XCTAssertEqual(change.value.derivation, .changeOnLastYear)
        // The figure shown in reports and panels is the same headline.
        XCTAssertEqual(a.shareOfTarget(unit: thanhHoa, indicator: revenue, period: may), share.value)
        XCTAssertEqual(a.change(unit: thanhHoa, indicator: revenue, basis: .ytd, period: may), change.value)
    }

    /// Dated beats undated whatever the row order; among undated rows the later row wins; the
    /// alternatives follow the same order (the store's revision rule).
    func testUndatedRowsComeAfterDatedOnesThenLaterRowFirst() throws {
        let a = analytics("""
            thanh-hoa,2025-05,budget_revenue_pct_estimate,ytd,40,dated-early,2025-06-03
            thanh-hoa,2025-05,budget_revenue_pct_estimate,ytd,41,dated-late,2025-06-10
            thanh-hoa,2025-05,budget_revenue_pct_estimate,ytd,43,undated-first,
            thanh-hoa,2025-05,budget_revenue_pct_estimate,ytd,44,undated-second,

            """)
        let share = try XCTUnwrap(a.headline(unit: thanhHoa, indicator: revenue, concept: .share, basis: .ytd, period: may))
        XCTAssertEqual(share.all.map { source($0) }, ["dated-late", "dated-early", "undated-second", "undated-first"])
        let b = analytics("""
            thanh-hoa,2025-05,budget_revenue_pct_estimate,ytd,43,undated-first,
            thanh-hoa,2025-05,budget_revenue_pct_estimate,ytd,44,undated-second,

            """)
        XCTAssertEqual(source(b.shareOfTarget(unit: thanhHoa, indicator: revenue, period: may)), "undated-second")
        XCTAssertEqual(b.headline(unit: thanhHoa, indicator: revenue, concept: .share, basis: .ytd, period: may)?.alternatives.map { source($0) },
                       ["undated-first"])
    }

    /// Same publication date: the later as-of date first, a row without one (the whole period)
    /// before both; Detail shows the as-of date with its publication.
    func testSamePublishedDateTheLaterAsOfComesFirst() throws {
        let a = Analytics(TestData.dataset("""
            province,period,indicator,basis,value,source,published,as_of
            thanh-hoa,2025-05,budget_revenue_pct_estimate,ytd,40,to-20-may,2025-06-03,2025-05-20
            thanh-hoa,2025-05,budget_revenue_pct_estimate,ytd,42,whole-month,2025-06-03,
            thanh-hoa,2025-05,budget_revenue_pct_estimate,ytd,41,to-25-may,2025-06-03,2025-05-25

            """))
        let share = try XCTUnwrap(a.headline(unit: thanhHoa, indicator: revenue, concept: .share, basis: .ytd, period: may))
        XCTAssertEqual(share.all.map { source($0) }, ["whole-month", "to-25-may", "to-20-may"])
        let lines = a.provenanceLines(unit: thanhHoa, indicator: revenue, period: may, lang: .vi).map { $0.map(\.text).joined() }
        XCTAssertTrue(lines.contains { $0.contains("to-20-may, 3/6/2025, đến 20/5: 40 % dự toán") }, lines.joined(separator: "\n"))
    }

    /// Nothing known: no headline; concepts that do not apply: none either.
    func testMissingFiguresAndConceptsThatDoNotApply() {
        let a = analytics("nghe-an,2025-05,iip_yoy,ytd,13.89,s,\n")
        let nghean = TestData.catalogue.unit(id: "nghe-an")!
        for concept in Concept.allCases {
            XCTAssertNil(a.headline(unit: thanhHoa, indicator: revenue, concept: concept, basis: .ytd, period: may), "\(concept)")
        }
        let iip = TestData.catalogue.indicator(id: "iip_yoy")!
        XCTAssertEqual(a.headline(unit: nghean, indicator: iip, concept: .value, basis: .ytd, period: may)?.value.value, 13.89)
        XCTAssertNil(a.headline(unit: nghean, indicator: iip, concept: .change, basis: .ytd, period: may))
        XCTAssertNil(a.headline(unit: nghean, indicator: iip, concept: .share, basis: .ytd, period: may))
        // A share exists on the year-to-date basis only.
        let m = analytics("thanh-hoa,2025-05,budget_revenue,month,2000,s,\nthanh-hoa,2025-05,budget_revenue,ytd,21000,s,\n")
        XCTAssertNil(m.headline(unit: thanhHoa, indicator: revenue, concept: .share, basis: .month, period: may))
        XCTAssertTrue(a.provenance(unit: thanhHoa, indicator: revenue, basis: .ytd, period: may).groups.isEmpty)
    }

    /// Panel source notes: one publication, no marks; several, one mark per publication in the
    /// order shown; computed figures carry no mark.
    func testSourceNotesMarkEachFigureWithItsPublication() throws {
        let a = analytics("""
            thanh-hoa,2025-05,budget_revenue,ytd,21000,early,2025-06-03
            thanh-hoa,2025-05,budget_revenue_pct_estimate,ytd,45,late,2025-06-10

            """)
        let amount = a.value(unit: thanhHoa, indicator: revenue, basis: .ytd, period: may)
        let share = a.shareOfTarget(unit: thanhHoa, indicator: revenue, period: may)
        let notes = SourceNotes([amount, nil, share])
        XCTAssertEqual(notes.sources.map(\.citation), ["early", "late"])
        XCTAssertEqual(notes.marks, ["¹", "", "²"])
        XCTAssertEqual(SourceNotes([amount, share], ascii: true).marks, ["^1", "^2"])
        let single = SourceNotes([amount, amount])
        XCTAssertFalse(single.isMixed)
        XCTAssertEqual(single.marks, ["", ""])
        XCTAssertEqual(SourceNotes.mark(12, ascii: false), "¹²")
    }
}
