import Foundation
import XCTest
@testable import ChisoCore

/// `--vintage DATE` (issue 11): the data as known on a day.
final class VintageTests: XCTestCase {
    func date(_ text: String) throws -> CalendarDate { try XCTUnwrap(CalendarDate(text)) }

    /// The rule in one function: published, else entered, else the end of the month after the period.
    func testKnownFromRule() throws {
        let may = Period(year: 2025, month: 5)
        XCTAssertEqual(Vintage.knownFrom(published: "2025-06-03", period: may), .init(date: try date("2025-06-03"), basis: .published))
        // A user's entry without a published date counts from the day it was entered.
        XCTAssertEqual(Vintage.knownFrom(published: nil, entered: "2025-06-07T09:30:00Z", period: may),
                       .init(date: try date("2025-06-07"), basis: .entered))
        XCTAssertEqual(Vintage.knownFrom(published: "2025-06-03", entered: "2025-06-07", period: may).basis, .published)
        // Undated: from the last day of the month after the period.
        let undated = Vintage.knownFrom(published: nil, period: may)
        XCTAssertEqual(undated.date, try date("2025-06-30"))
        XCTAssertTrue(undated.isUndated)
        XCTAssertEqual(Vintage.assumedKnownFrom(period: Period(year: 2024, month: 12)), try date("2025-01-31"))
        XCTAssertEqual(Vintage.assumedKnownFrom(period: Period(year: 2024, month: 1)), try date("2024-02-29"))
        XCTAssertEqual(Vintage.assumedKnownFrom(period: Period(year: 2025, month: 1)), try date("2025-02-28"))
        // A quarter counts from the end of the month after its last month: Q1 2025 from 30 April.
        XCTAssertEqual(Vintage.assumedKnownFrom(period: Period(year: 2025, quarter: 1)), try date("2025-04-30"))
        XCTAssertEqual(Vintage.assumedKnownFrom(period: Period(year: 2024, quarter: 4)), try date("2025-01-31"))
        // A date that is not a full day is not used (a month alone, a note's month are never read).
        XCTAssertTrue(Vintage.knownFrom(published: "2025-06", period: may).isUndated)
        let vintage = try XCTUnwrap(Vintage("2025-06-05"))
        XCTAssertTrue(vintage.knows(.init(date: try date("2025-06-05"), basis: .published)))
        XCTAssertFalse(vintage.knows(.init(date: try date("2025-06-06"), basis: .published)))
        XCTAssertNil(Vintage("2025-06-31"))
        XCTAssertNil(Vintage("5/6/2025"))
    }

    /// The 3 June and 10 June publications of Nghệ An's Jan–May 2025 budget revenue, through the real loader.
    func testBundledDataOnThreeDaysOfJune() throws {
        func figure(_ vintage: String?) -> Figure? {
            let data = DataLoader.load(paths: [TestData.bundled], vintage: vintage.flatMap(Vintage.init))
            return data.figure("nghe-an", "budget_revenue", .ytd, Period(year: 2025, month: 5))
        }
        let before = figure("2025-06-02")
        XCTAssertNil(before, "nothing of Jan–May 2025 was published by 2 June")
        let early = try XCTUnwrap(figure("2025-06-05"))
        XCTAssertEqual(early.value, 10_846)
        XCTAssertEqual(early.source.published, "2025-06-03")
        XCTAssertTrue(early.revisions.isEmpty, "the 10 June figure was not known on 5 June")
        let late = try XCTUnwrap(figure("2025-06-10"))
        XCTAssertEqual(late.value, 11_360)
        XCTAssertEqual(late.revisions.map(\.value), [10_846])
        XCTAssertEqual(try XCTUnwrap(figure(nil)).value, 11_360)
        let data = DataLoader.load(paths: [TestData.bundled], vintage: Vintage("2025-06-05"))
        XCTAssertEqual(data.vintage?.description, "2025-06-05")
        XCTAssertEqual(data.store.lastPeriod, Period(year: 2025, month: 5), "no month after the vintage's")
        XCTAssertLessThan(data.store.count, DataLoader.load(paths: [TestData.bundled]).store.count)
    }

    /// Implementation items whose status was stated on 10 June 2025 were not known on 5 June.
    func testItemsStatedLaterAreNotKnown() throws {
        func items(_ day: String?) -> [ImplementationItem] {
            DataLoader.load(paths: [TestData.bundled], vintage: day.flatMap(Vintage.init)).catalogue.items(for: "nghe-an")
        }
        let all = items(nil)
        XCTAssertTrue(all.contains { $0.statusDate == "2025-06-10" })
        XCTAssertFalse(items("2025-06-05").contains { ($0.statusDate ?? "") > "2025-06-05" })
        XCTAssertLessThan(items("2025-06-05").count, all.count)
        XCTAssertTrue(items("2025-06-10").contains { $0.statusDate == "2025-06-10" })
    }

    /// Targets (`targets.csv`) follow the rule too: from their published day, an undated one from the end of
    /// January after its year. Nghệ An's 2025 budget estimate is implied from a page of 8 January 2026, so on
    /// 10 June 2025 there is none; the 10,5 % growth aim was stated on 10 June 2025, not known on 5 June.
    func testTargetsAreKnownFromTheirPublishedDay() throws {
        func target(_ day: String?, _ id: String, year: Int = 2025) -> Target? {
            DataLoader.load(paths: [TestData.bundled], vintage: day.flatMap(Vintage.init)).catalogue
                .target(province: "nghe-an", year: year, target: id)
        }
        XCTAssertEqual(target(nil, "budget_revenue_estimate")?.value, 17_725)
        XCTAssertNil(target("2025-06-10", "budget_revenue_estimate"), "implied from a page of January 2026")
        XCTAssertNil(target("2025-06-10", "pi_plan"), "implied from a page of January 2026")
        XCTAssertEqual(target("2026-01-08", "budget_revenue_estimate")?.value, 17_725)
        XCTAssertNil(target("2025-06-05", "grdp_growth"))
        XCTAssertEqual(target("2025-06-10", "grdp_growth")?.source.published, "2025-06-10")
        XCTAssertEqual(target("2025-09-01", "grdp_growth")?.source.published, "2025-08-23", "the revision counts once known")
        // Undated (Nghệ An's 2024 budget estimate, implied from figures of December 2024): from 31 January 2025.
        XCTAssertNil(target("2025-01-30", "budget_revenue_estimate", year: 2024))
        XCTAssertEqual(target("2025-01-31", "budget_revenue_estimate", year: 2024)?.value, 15_908)
    }

    /// An undated row counts from the end of the month after its period: not on 29 June, on 30 June.
    func testUndatedRowCountsFromTheEndOfTheFollowingMonth() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-vintage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        try """
        province,period,basis,indicator,value,unit,source,published,as_of,note
        Nghe An,2025-05,ytd,budget_revenue,100,VND bn,https://example.org/undated,,,page dated 2025-06 day not shown
        Nghe An,2025-05,ytd,budget_revenue,90,VND bn,https://example.org/dated,2025-06-02,,
        """.write(to: folder.appendingPathComponent("obs.csv"), atomically: true, encoding: .utf8)
        func figure(_ day: String) throws -> Figure? {
            DataLoader.load(paths: [folder.path], vintage: try XCTUnwrap(Vintage(day)))
                .figure("nghe-an", "budget_revenue", .ytd, Period(year: 2025, month: 5))
        }
        XCTAssertEqual(try figure("2025-06-29")?.value, 90, "the undated row (a month only in its note) is not known before 30 June")
        XCTAssertEqual(try figure("2025-06-29")?.revisions.count, 0)
        // From 30 June the undated row is known; the dated one stays the headline (the revision rule, unchanged).
        let on30 = try XCTUnwrap(try figure("2025-06-30"))
        XCTAssertEqual(on30.value, 90)
        XCTAssertEqual(on30.revisions.map(\.value), [100])
        XCTAssertNil(try figure("2025-06-01"))
    }
}
