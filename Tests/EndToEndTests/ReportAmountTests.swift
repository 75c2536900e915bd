import XCTest

/// Issue 10: `chiso report` prints a computed amount rounded (May's disbursement, a difference of
/// two year-to-date totals: `448 tỷ đồng~`, not `447,503`) and a published one as its source gives
/// it (`2.703,973`, `4.624,269`), in text and Markdown.
final class ReportAmountTests: XCTestCase {
    func testComputedAmountsAreRoundedPublishedOnesKeptAsGiven() throws {
        for format in ["text", "markdown"] {
            let may = try ChisoProcess.run(["report", "--province", "nghe-an", "--month", "2025-05", "--format", format])
            XCTAssertEqual(may.status, 0, may.stderr)
            XCTAssertTrue(may.stdout.contains("448 tỷ đồng~"), may.stdout)
            XCTAssertTrue(may.stdout.contains("2.703,973 tỷ đồng"), may.stdout)
            XCTAssertFalse(may.stdout.contains("447,503"), may.stdout)
            let june = try ChisoProcess.run(["report", "--province", "nghe-an", "--month", "2025-06", "--format", format])
            XCTAssertTrue(june.stdout.contains("1.203 tỷ đồng~"), june.stdout)
            XCTAssertFalse(june.stdout.contains("1.203,027"), june.stdout)
            let september = try ChisoProcess.run(["report", "--province", "nghe-an", "--month", "2025-09", "--format", format])
            XCTAssertTrue(september.stdout.contains("4.624,269 tỷ đồng"), september.stdout)
        }
    }
}
