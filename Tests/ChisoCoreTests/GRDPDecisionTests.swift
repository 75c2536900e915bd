import ChisoCore
import ChisoTestSupport
import XCTest

/// The GRDP figures whose rows disagree and carry no date to decide (Scripts/import-shared-data.py,
/// GRDP_DECISIONS; Data/README.md): the bundled data shows the decided value, the other stays a revision.
final class GRDPDecisionTests: XCTestCase {
    func testTheDecidedValueIsShownAndTheOtherKeptAsARevision() throws {
        let dataset = Fixtures.bundled.dataset
        let cases: [(unit: String, basis: Basis, quarter: Period, shown: Double, other: Double)] = [
            ("bac-giang", .ytd, Period(year: 2025, quarter: 1), 13.82, 14.02),       // the statistics office's ranking
            ("vietnam", .ytd, Period(year: 2024, quarter: 1), 5.98, 5.66),           // the year-end release's revision
            ("vietnam", .quarter, Period(year: 2024, quarter: 2), 7.25, 6.93),
            ("vietnam", .quarter, Period(year: 2024, quarter: 3), 7.43, 7.4),
            ("hai-phong-former", .ytd, Period(year: 2025, quarter: 2), 11.04, 11.2), // 11.2 is the merged city's
            ("tra-vinh", .ytd, Period(year: 2024, quarter: 1), 13.93, 13.9),         // not the rounded figure
        ]
        for c in cases {
            let figure = try XCTUnwrap(dataset.figure(c.unit, "grdp_growth", c.basis, c.quarter), "\(c)")
            XCTAssertEqual(figure.value, c.shown, "\(c.unit) \(c.quarter)")
            XCTAssertTrue(figure.revisions.contains { $0.value == c.other }, "\(c.unit) \(c.quarter): \(figure.revisions.map(\.value))")
        }
    }
}
