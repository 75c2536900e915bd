import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// A follower's reducer: it shows the presenter's states, looks around on its own key, snaps back
/// with `f`, says when its data differs, and draws the shared place at its own size.
final class MeetingReducerTests: XCTestCase {
    /// A presenter's shared state after `keys`, from Nghệ An, May 2025.
    func presenter(_ keys: String, width: Int = 120, height: Int = 40) throws -> MeetingState {
        var p = try Fixtures.session(width: width, height: height)
        p.send(try Key.script(keys))
        return MeetingState(p.state, p.data, meeting: "hdnd", dataHash: DataHash.of(p.data))
    }

    /// A follower of "hdnd" on the same data, English, at its own size.
    func follower(width: Int = 80, height: Int = 24) throws -> DashboardSession {
        var f = try Fixtures.session(width: width, height: height, province: "ha-noi", month: "2024-01", language: "en")
        f.apply(.meeting(.role(.following(FollowState(name: "hdnd")))))
        f.apply(.meeting(.ownData(DataHash.of(f.data))))
        return f
    }

    func follow(_ f: DashboardSession) -> FollowState? {
        if case .following(let s) = f.state.meeting { return s }
        return nil
    }

    func testAFollowerShowsThePresentersMonthUnitAndScreen() throws {
        var f = try follower()
        f.apply(.meeting(.state(try presenter("right 2 j"))))
        XCTAssertEqual(f.state.screen, .compare)
        XCTAssertEqual(f.state.month, Period(year: 2025, month: 6))
        XCTAssertEqual(CompareTable.unitAtCursor(f.state, f.data), "ha-tinh")
        XCTAssertEqual(f.state.language, .en, "the follower keeps its own language")
        XCTAssertEqual(f.state.size, Size(width: 80, height: 24), "and its own size")
        XCTAssertEqual(follow(f)?.lookingAround, false)
        XCTAssertEqual(follow(f)?.dataDiffers, false)
        // The selected row shows in the follower's own, shorter list.
        let rows = try XCTUnwrap(f.state.layout.compare?.rows)
        XCTAssertTrue(rows.first <= f.state.compare.selected && f.state.compare.selected < rows.first + rows.rows.height,
                      "selected \(f.state.compare.selected), rows from \(rows.first)")
        let text = f.frame().text
        XCTAssertTrue(text.contains("FOLLOWING: hdnd"), text)
        XCTAssertTrue(text.contains("▸ Ha Tinh"), text)
    }

    func testAKeyLooksAroundAndFSnapsBack() throws {
        var f = try follower()
        f.apply(.meeting(.state(try presenter("2"))))
        f.send(.left)
        XCTAssertEqual(follow(f)?.lookingAround, true)
        XCTAssertEqual(f.state.month, Period(year: 2025, month: 4))
        // While looking around the presenter's states are kept, not shown.
        f.apply(.meeting(.state(try presenter("2 right right"))))
        XCTAssertEqual(f.state.month, Period(year: 2025, month: 4))
        XCTAssertTrue(f.frame().text.contains("LOOKING AROUND"), f.frame().text)
        f.send(.char("f"))
        XCTAssertEqual(follow(f)?.lookingAround, false)
        XCTAssertEqual(f.state.month, Period(year: 2025, month: 7))
        XCTAssertFalse(f.frame().text.contains("LOOKING AROUND"))
        // Then it follows again.
        f.apply(.meeting(.state(try presenter("2 right right right"))))
        XCTAssertEqual(f.state.month, Period(year: 2025, month: 8))
    }

    func testKeysThatChangeNothingSharedDoNotLookAround() throws {
        var f = try follower()
        f.apply(.meeting(.state(try presenter(""))))
        f.send(try Key.script("L ? ?"))
        XCTAssertEqual(follow(f)?.lookingAround, false, "language and help are the follower's own")
        f.apply(.meeting(.state(try presenter("right"))))
        XCTAssertEqual(f.state.month, Period(year: 2025, month: 6))
    }

    func testADifferentDataHashIsOnTheBanner() throws {
        var f = try follower()
        var shared = try presenter("")
        shared.data = "0123456789abcdef"
        f.apply(.meeting(.state(shared)))
        XCTAssertEqual(follow(f)?.dataDiffers, true)
        XCTAssertTrue(f.frame().text.contains("DATA DIFFERS"), f.frame().text)
        f.apply(.meeting(.state(try presenter(""))))
        XCTAssertFalse(f.frame().text.contains("DATA DIFFERS"))
    }

    func testAUnitTheFollowerLacksIsNamedAndTheRestFollows() throws {
        var f = try follower()
        var shared = try presenter("right")
        shared.unit = "atlantis"
        f.apply(.meeting(.state(shared)))
        XCTAssertEqual(f.state.province, "ha-noi")
        XCTAssertEqual(f.state.month, Period(year: 2025, month: 6))
        XCTAssertEqual(follow(f)?.missing, "atlantis")
    }

    func testFWithoutAMeetingSaysSo() throws {
        var s = try Fixtures.session()
        s.send(.char("f"))
        XCTAssertEqual(s.state.message, Glossary.text(.meetingNotFollowing, .vi))
    }

    func testTheMessageIsOneLineThatReadsBack() throws {
        let shared = try presenter("2 right")
        let line = shared.line()
        XCTAssertEqual(line.last, 0x0A)
        XCTAssertEqual(line.filter { $0 == 0x0A }.count, 1)
        XCTAssertLessThan(line.count, 600, "a small message")
        XCTAssertEqual(MeetingState.parse(line.dropLast()), shared)
        XCTAssertNil(MeetingState.parse(Array("not json".utf8)))
    }

    func testAPresenterShowsItsFollowers() throws {
        var p = try Fixtures.session(width: 120, height: 40)
        p.apply(.meeting(.role(.presenting(name: "hdnd", followers: 0))))
        p.apply(.meeting(.followers(3)))
        XCTAssertTrue(p.frame().text.contains("ĐANG TRÌNH BÀY: hdnd · 3 người theo"), p.frame().text)
    }
}
