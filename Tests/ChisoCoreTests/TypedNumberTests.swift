import ChisoCore
import XCTest

/// Numbers typed into the entry form the Vietnamese and the English way (issue 12).
final class TypedNumberTests: XCTestCase {
    func csv(_ text: String, _ lang: Language) -> String? {
        if case .value(let csv, _) = TypedNumber.parse(text, language: lang) { return csv }
        return nil
    }

    func testVietnameseFormsInAVietnameseSession() {
        XCTAssertEqual(csv("11.360", .vi), "11360")
        XCTAssertEqual(csv("64,1", .vi), "64.1")
        XCTAssertEqual(csv("11.360,5", .vi), "11360.5")
        XCTAssertEqual(csv("1.234.567", .vi), "1234567")
        XCTAssertEqual(csv("2.703,973", .vi), "2703.973")
        XCTAssertEqual(csv("-3,4 %", .vi), "-3.4")
        XCTAssertEqual(csv("+8,4%", .vi), "8.4")
        XCTAssertEqual(csv("73", .vi), "73")
    }

    func testEnglishFormsInAnEnglishSession() {
        XCTAssertEqual(csv("11,360", .en), "11360")
        XCTAssertEqual(csv("64.1", .en), "64.1")
        XCTAssertEqual(csv("11,360.5", .en), "11360.5")
        XCTAssertEqual(csv("1,234,567", .en), "1234567")
        XCTAssertEqual(csv("0.360", .en), "0.360")
    }

    func testTheOtherLanguagesFormIsTakenWhereUnambiguous() {
        // English forms typed in a Vietnamese session, Vietnamese forms in an English one.
        XCTAssertEqual(csv("64.1", .vi), "64.1")
        XCTAssertEqual(csv("11,360.5", .vi), "11360.5")
        XCTAssertEqual(csv("64,1", .en), "64.1")
        XCTAssertEqual(csv("11.360,5", .en), "11360.5")
        XCTAssertEqual(csv("1.234.567", .en), "1234567")
        XCTAssertEqual(csv("13,69", .en), "13.69")
    }

    func testASeparatorBeforeThreeDigitsThatIsTheSessionsDecimalIsAmbiguous() {
        XCTAssertEqual(TypedNumber.parse("11.360", language: .en), .ambiguous(thousands: "11360", decimal: "11.360"))
        XCTAssertEqual(TypedNumber.parse("11,360", language: .vi), .ambiguous(thousands: "11360", decimal: "11.360"))
        XCTAssertEqual(TypedNumber.parse("-1.500", language: .en), .ambiguous(thousands: "-1500", decimal: "-1.500"))
        // A lone 0 never starts a group of thousands.
        XCTAssertEqual(csv("0,360", .vi), "0.360")
    }

    func testNotNumbers() {
        for bad in ["", "abc", "1.2.3,4,5", "11..360", "1,23,456", ".5", "5.", "1 2e3", "١٢", "12,34.56.7", "0.123.456"] {
            XCTAssertEqual(TypedNumber.parse(bad, language: .vi), .invalid, bad)
            XCTAssertEqual(TypedNumber.parse(bad, language: .en), .invalid, bad)
        }
    }
}
