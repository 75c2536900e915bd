import XCTest
@testable import ChisoCore

/// A derived value that is not a finite number (an overflow, a ratio of 10^300 to 10^-300) is
/// missing, never `inf`; `overflowWarnings` names the file and line of the figures that cause it.
final class NonFiniteTests: XCTestCase {
    let h = "province,period,indicator,basis,value,source\n"
    func p(_ s: String) -> Period { Period(s)! }
    func unit(_ id: String) -> Province { TestData.catalogue.unit(id: id)! }
    func ind(_ id: String) -> Indicator { TestData.catalogue.indicator(id: id)! }

    func testEveryDerivationThatOverflowsIsMissing() {
        let a = Analytics(TestData.dataset(h + """
            nghe-an,2024-05,budget_revenue,month,1e-300,s
            nghe-an,2025-05,budget_revenue,month,1e300,s
            nghe-an,2025-08,budget_revenue,ytd,-1.7e308,s
            nghe-an,2025-09,budget_revenue,ytd,1.7e308,s
            thanh-hoa,2025-01,budget_revenue,month,1.7e308,s
            thanh-hoa,2025-02,budget_revenue,month,1.7e308,s
            nghe-an,2025-01,budget_revenue,month,1.7e308,s

            """))
        let revenue = ind("budget_revenue")
        // Change on last year: 10^300 / 10^-300.
        XCTAssertNil(a.change(unit: unit("nghe-an"), indicator: revenue, basis: .month, period: p("2025-05")))
        // A month as the difference of two year-to-date figures.
        XCTAssertNil(a.value(unit: unit("nghe-an"), indicator: revenue, basis: .month, period: p("2025-09")))
        // A year to date summed from months.
        XCTAssertNil(a.value(unit: unit("thanh-hoa"), indicator: revenue, basis: .ytd, period: p("2025-02")))
        // A total over units.
        XCTAssertNil(a.nationalTotal(indicator: revenue, basis: .month, period: p("2025-01")))
        // The reported figures themselves stay.
        XCTAssertEqual(a.value(unit: unit("nghe-an"), indicator: revenue, basis: .month, period: p("2025-05"))?.value, 1e300)

        let warnings = a.overflowWarnings()
        let lines = Set(warnings.map(\.line))
        XCTAssertEqual(lines, [2, 3, 4, 5, 6, 7, 8], warnings.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(warnings.allSatisfy { $0.severity == .warning && $0.file == "obs.csv" && Analytics.isOverflowWarning($0) })
        XCTAssertTrue(warnings.contains { $0.line == 3 && $0.message.contains("the change on last year for 2025-05") }, warnings.map(\.message).joined(separator: "\n"))
        XCTAssertTrue(warnings.contains { $0.line == 5 && $0.message.contains("the month 2025-09") })
        XCTAssertTrue(warnings.contains { $0.line == 6 && $0.message.contains("the year to date of 2025") })
        XCTAssertTrue(warnings.contains { $0.line == 8 && $0.message.contains("the total over provinces for 2025-01") })
    }

    func testOrdinaryFiguresGiveNoWarningAndStayDerived() {
        let a = Analytics(TestData.dataset(h + "nghe-an,2024-05,budget_revenue,month,1e-100,s\nnghe-an,2025-05,budget_revenue,month,1e100,s\n"))
        XCTAssertEqual(a.overflowWarnings(), [])
        XCTAssertNotNil(a.change(unit: unit("nghe-an"), indicator: ind("budget_revenue"), basis: .month, period: p("2025-05")))
    }
}
