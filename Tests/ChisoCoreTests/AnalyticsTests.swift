import XCTest
@testable import ChisoCore

final class AnalyticsTests: XCTestCase {
    let h = "province,period,indicator,basis,value,source\n"
    func p(_ s: String) -> Period { Period(s)! }
    func unit(_ id: String) -> Province { TestData.catalogue.unit(id: id)! }
    func ind(_ id: String) -> Indicator { TestData.catalogue.indicator(id: id)! }

    func testYearToDateIsTheSumOfMonthsWhenAllArePresent() {
        let a = Analytics(TestData.dataset(h + "nghe-an,2025-01,budget_revenue,month,100,s\nnghe-an,2025-02,budget_revenue,month,250.5,s\nnghe-an,2025-03,budget_revenue,month,49.5,s\n"))
        let v = a.value(unit: unit("nghe-an"), indicator: ind("budget_revenue"), basis: .ytd, period: p("2025-03"))
        XCTAssertEqual(v?.value, 400)
        XCTAssertEqual(v?.derivation, .yearToDateFromMonths)
        XCTAssertEqual(v?.inputs.count, 3)
    }

    func testAMissingMonthLeavesYearToDateMissingNotZero() {
        let a = Analytics(TestData.dataset(h + "nghe-an,2025-01,budget_revenue,month,100,s\nnghe-an,2025-03,budget_revenue,month,50,s\n"))
        XCTAssertNil(a.value(unit: unit("nghe-an"), indicator: ind("budget_revenue"), basis: .ytd, period: p("2025-03")))
        XCTAssertNil(a.value(unit: unit("nghe-an"), indicator: ind("budget_revenue"), basis: .month, period: p("2025-02")))
    }

    func testMonthIsTheDifferenceOfConsecutiveYearToDate() {
        let a = Analytics(TestData.dataset(h + "nghe-an,2025-04,budget_revenue,ytd,8980,s\nnghe-an,2025-05,budget_revenue,ytd,11360,s\nnghe-an,2025-01,budget_revenue,ytd,1500,s\n"))
        let may = a.value(unit: unit("nghe-an"), indicator: ind("budget_revenue"), basis: .month, period: p("2025-05"))
        XCTAssertEqual(may?.value, 2380)
        XCTAssertEqual(may?.derivation, .monthFromYearToDate)
        XCTAssertEqual(a.value(unit: unit("nghe-an"), indicator: ind("budget_revenue"), basis: .month, period: p("2025-01"))?.value, 1500)
        XCTAssertNil(a.value(unit: unit("nghe-an"), indicator: ind("budget_revenue"), basis: .month, period: p("2025-04")))
    }

    func testRatesAreNeverDerivedBySumming() {
        let a = Analytics(TestData.dataset(h + "nghe-an,2025-01,iip_yoy,month,10,s\nnghe-an,2025-02,iip_yoy,month,20,s\n"))
        XCTAssertNil(a.value(unit: unit("nghe-an"), indicator: ind("iip_yoy"), basis: .ytd, period: p("2025-02")))
    }

    func testChangeOnLastYearComputedByHand() {
        // 11360 / 10480 - 1 = 8.3969…%
        let a = Analytics(TestData.dataset(h + "nghe-an,2025-05,budget_revenue,ytd,11360,s\nnghe-an,2024-05,budget_revenue,ytd,10480,t\n"))
        let c = a.change(unit: unit("nghe-an"), indicator: ind("budget_revenue"), basis: .ytd, period: p("2025-05"))
        XCTAssertEqual(c?.value ?? 0, 8.396946564885496, accuracy: 1e-9)
        XCTAssertEqual(c?.derivation, .changeOnLastYear)
    }

    func testReportedChangeFromTheSamePublicationWins() {
        let a = Analytics(TestData.dataset(h + "nghe-an,2025-05,budget_revenue,ytd,11360,s\nnghe-an,2024-05,budget_revenue,ytd,10480,t\nnghe-an,2025-05,budget_revenue_yoy,ytd,8.4,s\n"))
        let c = a.change(unit: unit("nghe-an"), indicator: ind("budget_revenue"), basis: .ytd, period: p("2025-05"))
        XCTAssertEqual(c?.value, 8.4)
        XCTAssertFalse(c?.isDerived ?? true)
    }

    func testShareOfTargetFromTheTargetsFile() {
        let a = Analytics(TestData.dataset(h + "thanh-hoa,2025-05,budget_revenue,ytd,21295,s\n"))
        let s = a.shareOfTarget(unit: unit("thanh-hoa"), indicator: ind("budget_revenue"), period: p("2025-05"))
        XCTAssertEqual(s?.value ?? 0, 42.59, accuracy: 1e-9)
        XCTAssertEqual(s?.derivation, .shareOfTarget("budget_revenue_estimate"))
        XCTAssertNil(a.shareOfTarget(unit: unit("nghe-an"), indicator: ind("budget_revenue"), period: p("2025-05")))
    }

    /// A reported share is the headline even from another publication than the amount (the
    /// headline rule); the share computed from the target stays an alternative.
    func testReportedShareFromAnotherPublicationIsTheHeadline() {
        let a = Analytics(TestData.dataset(h + "thanh-hoa,2025-05,budget_revenue,ytd,21295,s\nthanh-hoa,2025-05,budget_revenue_pct_estimate,ytd,46.8,other\n"))
        let s = a.shareOfTarget(unit: unit("thanh-hoa"), indicator: ind("budget_revenue"), period: p("2025-05"))
        XCTAssertEqual(s?.value, 46.8)
        XCTAssertEqual(s?.isDerived, false)
        XCTAssertTrue(s?.isFromAnotherPublication(than: a.value(unit: unit("thanh-hoa"), indicator: ind("budget_revenue"), basis: .ytd, period: p("2025-05"))) ?? false)
    }

    func testRankAmongUnitsWithData() {
        let a = Analytics(TestData.dataset(h + "nghe-an,2025-09,iip_yoy,ytd,12,s\nthanh-hoa,2025-09,iip_yoy,ytd,15.2,s\nbac-ninh,2025-09,iip_yoy,ytd,12,s\n"))
        XCTAssertEqual(a.rank(unit: unit("thanh-hoa"), indicator: ind("iip_yoy"), basis: .ytd, period: p("2025-09"))?.rank, 1)
        let r = a.rank(unit: unit("nghe-an"), indicator: ind("iip_yoy"), basis: .ytd, period: p("2025-09"))
        XCTAssertEqual(r?.rank, 2)
        XCTAssertEqual(r?.of, 3)
        XCTAssertNil(a.rank(unit: unit("vietnam"), indicator: ind("iip_yoy"), basis: .ytd, period: p("2025-09")))
    }

    func testNationalTotalSaysHowManyUnitsContributed() {
        let a = Analytics(TestData.dataset(h + "nghe-an,2025-09,budget_revenue,ytd,20000,s\nthanh-hoa,2025-09,budget_revenue,ytd,44067,s\n"))
        let t = a.nationalTotal(indicator: ind("budget_revenue"), basis: .ytd, period: p("2025-09"))
        XCTAssertEqual(t?.value, 64067)
        XCTAssertEqual(t?.contributing, 2)
        XCTAssertEqual(t?.expected, 3)
        XCTAssertEqual(t?.isComplete, false)
        XCTAssertNil(a.nationalTotal(indicator: ind("iip_yoy"), basis: .ytd, period: p("2025-09")))
        let region = a.regionalTotal(region: "north-central-coast", indicator: ind("budget_revenue"), basis: .ytd, period: p("2025-09"))
        XCTAssertEqual(region?.value, 64067)
        XCTAssertEqual(region?.isComplete, true)
    }

    func testMergedUnitBeforeJuly2025SumsFlowsOfItsFormerUnits() {
        let a = Analytics(TestData.dataset(h + "Bac Giang,2025-03,budget_revenue,ytd,4000,s\nBac Ninh,2025-03,budget_revenue,ytd,9000.5,s\nBac Giang,2025-03,iip_yoy,ytd,26.3,s\nBac Ninh,2025-03,iip_yoy,ytd,5,s\n"))
        let v = a.value(unit: unit("bac-ninh"), indicator: ind("budget_revenue"), basis: .ytd, period: p("2025-03"))
        XCTAssertEqual(v?.value, 13000.5)
        XCTAssertEqual(v?.derivation, .sumOfUnits(["bac-giang", "bac-ninh-former"]))
        // Rates stay per former unit, labelled.
        XCTAssertNil(a.value(unit: unit("bac-ninh"), indicator: ind("iip_yoy"), basis: .ytd, period: p("2025-03")))
        let parts = a.perFormerUnit(unit: unit("bac-ninh"), indicator: ind("iip_yoy"), basis: .ytd, period: p("2025-03"))
        XCTAssertEqual(parts.map(\.unit.id), ["bac-giang", "bac-ninh-former"])
        XCTAssertEqual(parts.map { $0.value?.value }, [26.3, 5])
    }

    func testMergedUnitSumIsMissingWhenAFormerUnitIsMissing() {
        let a = Analytics(TestData.dataset(h + "Bac Giang,2025-03,budget_revenue,ytd,4000,s\n"))
        XCTAssertNil(a.value(unit: unit("bac-ninh"), indicator: ind("budget_revenue"), basis: .ytd, period: p("2025-03")))
    }

    func testSeriesKeepsGaps() {
        let a = Analytics(TestData.dataset(h + "nghe-an,2025-01,iip_yoy,month,1,s\nnghe-an,2025-03,iip_yoy,month,3,s\n"))
        let s = a.series(unit: unit("nghe-an"), indicator: ind("iip_yoy"), basis: .month, ending: p("2025-03"), months: 4).map { $0?.value }
        XCTAssertEqual(s, [nil, 1, nil, 3])
        XCTAssertEqual(a.series(unit: unit("nghe-an"), indicator: ind("iip_yoy"), basis: .month, ending: p("2025-03"), months: 0).count, 0)
    }

    func testEmptyDataGivesNothingAndNoCrash() {
        let a = Analytics(TestData.dataset(h))
        XCTAssertNil(a.latestPeriod())
        XCTAssertTrue(a.ranking(indicator: ind("iip_yoy"), basis: .month, period: p("2025-05")).isEmpty)
        XCTAssertNil(a.nationalTotal(indicator: ind("budget_revenue"), basis: .ytd, period: p("2025-05")))
    }

    func testPeriodArithmeticAcrossYears() {
        XCTAssertEqual(p("2025-01").advanced(by: -1), p("2024-12"))
        XCTAssertEqual(Period(ordinal: p("2024-12").ordinal), p("2024-12"))
        XCTAssertEqual(p("2025-05").sameMonthLastYear, p("2024-05"))
        XCTAssertNil(Period("2025-13"))
        XCTAssertNil(Period("25-05"))
        XCTAssertEqual(Period("05/2025"), p("2025-05"))
    }

    func testNumberFormatsPerLanguage() {
        XCTAssertEqual(NumberFormat.format(11360.5, lang: .vi), "11.360,5")
        XCTAssertEqual(NumberFormat.format(11360.5, lang: .en), "11,360.5")
        XCTAssertEqual(NumberFormat.format(18.4, lang: .vi, signed: true), "+18,4")
        XCTAssertEqual(NumberFormat.format(-3.5, lang: .en), "-3.5")
        XCTAssertEqual(NumberFormat.format(1966800, lang: .vi), "1.966.800")
    }

    func testDisplayWidthOfVietnameseAndWideText() {
        XCTAssertEqual(DisplayWidth.of("Nghệ An"), 7)
        XCTAssertEqual(DisplayWidth.of("Nghệ An".decomposedStringWithCanonicalMapping), 7)
        XCTAssertEqual(DisplayWidth.of("越南"), 4)
        XCTAssertEqual(DisplayWidth.truncate("Thành phố Hồ Chí Minh", to: 10), "Thành phố…")
    }

    func testSanitizerReplacesControlsEscapesAndBidi() {
        XCTAssertEqual(Sanitizer.clean("a\u{1B}[2Jb\u{202E}c\u{7F}\u{85}"), "a␛[2Jb�c␡�")
        XCTAssertEqual(Sanitizer.clean("Nghệ An – “ok”"), "Nghệ An – “ok”")
    }

    func testFastFoldingAgreesWithUnicodeDecomposition() {
        let data = DataLoader.load(paths: [TestData.bundled])
        var names = data.catalogue.units.flatMap { [$0.name, $0.nameEN, $0.id] + $0.aliases }
        names += ["ĐẮK LẮK", "Thừa Thiên Huế", "Bà Rịa–Vũng Tàu", "TP.HCM", "  Nghệ\u{00A0}An ", "Nghệ An".decomposedStringWithCanonicalMapping, "ǅ ǈ Å"]
        for name in names { XCTAssertEqual(TextFold.key(name), TextFold.foundationKey(name), name) }
    }

    func testFoldingMatchesVietnameseNames() {
        XCTAssertEqual(TextFold.key("Thanh Hóa"), "thanh hoa")
        XCTAssertEqual(TextFold.key("ĐÀ NẴNG"), "da nang")
        XCTAssertEqual(TextFold.unitKey("Tỉnh Nghệ An"), "nghe an")
    }
}

final class CompanionPairingTests: XCTestCase {
    func testReportedShareIsUsedForAYearToDateDerivedFromTheSamePublication() {
        let h = "province,period,indicator,basis,value,source\n"
        let a = Analytics(TestData.dataset(h + "thanh-hoa,2025-01,budget_revenue,month,100,s\nthanh-hoa,2025-02,budget_revenue,month,150,s\nthanh-hoa,2025-02,budget_revenue_pct_estimate,ytd,0.5,s\n"))
        let share = a.shareOfTarget(unit: TestData.catalogue.unit(id: "thanh-hoa")!, indicator: TestData.catalogue.indicator(id: "budget_revenue")!, period: Period(year: 2025, month: 2))
        XCTAssertEqual(share?.value, 0.5)
        XCTAssertEqual(share?.isDerived, false)
    }
}

final class FieldTextTests: XCTestCase {
    func testFieldTextIsTrimmedNFCOnEveryPath() {
        let samples = ["  Nghệ An ", "\u{00A0}\u{2003}Huế\u{3000}\n", "\t \u{2028}", "", "Nghệ An".decomposedStringWithCanonicalMapping, "Thành phố Hồ Chí Minh", "Ω\u{2126}", "a\u{0301}", "“quote” – ok…", "ﬁ", "\u{F900}", "plain"]
        for s in samples {
            XCTAssertEqual(FieldText.clean(s), s.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping, s.debugDescription)
        }
    }
}
