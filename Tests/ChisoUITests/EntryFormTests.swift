import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// The entry form (`a`, issue 12) through the reducer: fields, typed numbers read back, the
/// question about an ambiguous value, the checks, the save effect, entry turned off.
final class EntryFormTests: XCTestCase {
    static let url = "https://baonghean.vn/en/report-10299312.html"

    func session(language: String? = nil, availability: EntryAvailability = .writable(location: "/tmp/entries")) throws -> DashboardSession {
        var s = try Fixtures.session(province: "nghe-an", month: "2025-05", language: language)
        s.state.entryAvailability = availability
        return s
    }

    @discardableResult
    func type(_ text: String, _ s: inout DashboardSession) -> [Effect] {
        text.flatMap { s.send(.char($0)) }
    }

    func model(_ s: DashboardSession) throws -> EntryFormModel {
        EntryFormModel(try XCTUnwrap(s.state.entryForm), s.data, s.state.language)
    }

    func testAOpensTheFormForTheSelectedUnitAndMonth() throws {
        var s = try session()
        s.send(.char("a"))
        let form = try XCTUnwrap(s.state.entryForm)
        XCTAssertEqual(form.province, "nghe-an")
        XCTAssertEqual(form.month, Period(year: 2025, month: 5))
        XCTAssertEqual(s.state.keyMode, .form)
        // Keys are text in the form: q does not quit.
        XCTAssertFalse(s.send(.char("q")).contains(.quit))
        s.send(.esc)
        XCTAssertNil(s.state.entryForm)
    }

    func testTheIndicatorIsFoundByTypingAndTheUnitComesFromIt() throws {
        var s = try session()
        s.send(.char("a"))
        type("budget_revenue", &s)
        XCTAssertEqual(s.state.entryForm?.indicator, "budget_revenue")
        XCTAssertEqual(try model(s).unit, "tỷ đồng")
        s.send(.backspace)
        s.send(.right)
        XCTAssertNotEqual(s.state.entryForm?.indicator, "budget_revenue", "→ goes on to the next indicator")
    }

    func testAVietnameseNumberIsReadBackAndSavedInTheCSVForm() throws {
        var s = try session()
        s.send(.char("a"))
        type("budget_revenue", &s)
        s.send(.tab)
        s.send(.tab)
        type("11.360", &s)
        XCTAssertEqual(try model(s).readsAs, "11.360")
        s.send(.tab)
        s.send(.tab)
        type(Self.url, &s)
        s.send(.tab)
        type("10/6/2025", &s)
        let effects = s.send(.enter)
        guard case .saveEntry(let draft)? = effects.first else { return XCTFail("no save: \(effects), \(s.state.entryForm as Any)") }
        XCTAssertEqual(draft.value, "11360")
        XCTAssertEqual(draft.indicator, "budget_revenue")
        XCTAssertEqual(draft.unit, "VND bn")
        XCTAssertEqual(draft.published, "2025-06-10")
        XCTAssertEqual(draft.period, "2025-05")
        XCTAssertEqual(s.state.entryForm?.saving, true)
        // The store returned: the form closes and the status line says saved.
        s.apply(.entrySaved(draft))
        XCTAssertNil(s.state.entryForm)
        XCTAssertEqual(s.state.message?.hasPrefix("Đã lưu:"), true, s.state.message ?? "")
        // The next form starts with the same source and published date (one report, many figures).
        s.send(.char("a"))
        XCTAssertEqual(s.state.entryForm?[.source], Self.url)
        XCTAssertEqual(s.state.entryForm?[.published], "10/6/2025")
        XCTAssertEqual(s.state.entryForm?[.value], "")
    }

    func testAnAmbiguousNumberInAnEnglishSessionIsAskedAbout() throws {
        var s = try session(language: "en")
        s.send(.char("a"))
        type("budget_revenue", &s)
        s.send(.tab)
        s.send(.tab)
        type("11.360", &s)
        XCTAssertNil(try model(s).readsAs, "no reading before the question is answered")
        s.send(.tab)
        s.send(.tab)
        type(Self.url, &s)
        XCTAssertTrue(s.send(.enter).isEmpty, "an ambiguous value is not saved")
        XCTAssertEqual(s.state.entryForm?.asking, true)
        XCTAssertEqual(s.state.entryForm?.focus, .value)
        type("1", &s)
        XCTAssertEqual(s.state.entryForm?.asking, false)
        XCTAssertEqual(try model(s).readsAs, "11,360")
        guard case .saveEntry(let draft)? = s.send(.enter).first else { return XCTFail("not saved after the answer") }
        XCTAssertEqual(draft.value, "11360")
        // The other answer: 11.36.
        var t = try session(language: "en")
        t.send(.char("a"))
        t.send(.tab)
        t.send(.tab)
        type("11.360", &t)
        t.send(.enter)
        type("2", &t)
        XCTAssertEqual(try model(t).readsAs, "11.36")
    }

    func testErrorsAreShownAndNothingWithAnErrorIsSaved() throws {
        var s = try session()
        s.send(.char("a"))
        s.send(.tab)
        s.send(.tab)
        type("11,3x", &s)
        s.send(.tab)
        type("31/2/2025", &s)
        s.send(.tab)
        type("baonghean.vn", &s)
        XCTAssertTrue(s.send(.enter).isEmpty)
        let problems = try model(s).problems
        XCTAssertEqual(Set(problems.map(\.field)), [.value, .asOf, .source], "\(problems)")
        XCTAssertTrue(problems.contains { $0.text.contains("không phải là số") })
        XCTAssertTrue(problems.contains { $0.text.contains("không phải là ngày") })
        XCTAssertTrue(problems.contains { $0.text.contains("http://") })
        XCTAssertEqual(s.state.entryForm?.focus, .value, "the cursor goes to the first wrong field")
        XCTAssertNotNil(s.state.entryForm?.failure)
    }

    func testTheLoadersChecksRunInTheForm() throws {
        // An as-of date after the month: the loader's own check (EntryCheck) refuses it.
        var s = try session()
        s.send(.char("a"))
        s.send(.tab)
        s.send(.tab)
        type("5", &s)
        s.send(.tab)
        type("2025-07-20", &s)
        s.send(.tab)
        type(Self.url, &s)
        XCTAssertTrue(s.send(.enter).isEmpty)
        let problems = try model(s).problems
        XCTAssertEqual(problems.map(\.field), [.asOf], "\(problems)")
    }

    func testEveryProblemIsListedAtOnceInTheSessionsLanguage() throws {
        // A count that is negative and an as-of date before the month: the loader stops a row at
        // its first error; the form still lists both, with the source the form itself refuses.
        var s = try session()
        s.send(.char("a"))
        type("projects_approved", &s)
        XCTAssertEqual(s.state.entryForm?.indicator, "projects_approved")
        s.send(.tab)
        s.send(.tab)
        type("-3", &s)
        s.send(.tab)
        type("20/4/2025", &s)
        s.send(.tab)
        type("baonghean.vn", &s)
        XCTAssertTrue(s.send(.enter).isEmpty)
        let problems = try model(s).problems
        XCTAssertEqual(problems.map(\.field), [.value, .asOf, .source], "\(problems)")
        XCTAssertTrue(problems[0].text.contains("âm"), "the loader's words, in Vietnamese: \(problems[0].text)")
        let screen = s.frame().lines().joined(separator: "\n")
        for p in problems { XCTAssertTrue(screen.contains(EntryFormView.label(p.field, .vi) + ": "), "\(p) missing:\n\(screen)") }
    }

    func testReadOnlyTheFormSaysSoAndTakesNoTyping() throws {
        for availability in [EntryAvailability.readOnly, .notWritable(location: "/srv/entries"), .none] {
            var s = try session(availability: availability)
            s.send(.char("a"))
            s.send(.tab)
            s.send(.tab)
            type("123", &s)
            XCTAssertEqual(s.state.entryForm?[.value], "", "\(availability)")
            XCTAssertTrue(s.send(.enter).isEmpty)
            let screen = s.frame().text
            let expected = availability == .readOnly ? "chỉ đọc" : "không nhập được số liệu"
            XCTAssertTrue(screen.contains(expected), screen)
        }
    }
}
