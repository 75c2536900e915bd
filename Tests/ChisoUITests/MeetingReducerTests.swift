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

    /// The bundled data as known on 10 June 2025 (`--vintage 2025-06-10`).
    static let vintageData = DashboardData(DataLoader.load(paths: [Fixtures.dataFolder], label: "Data/", vintage: Vintage("2025-06-10")))

    /// A session on the data as known on 10 June 2025.
    func vintageSession(width: Int = 80, height: Int = 24, language: String = "vi") throws -> DashboardSession {
        var o = StartOptions()
        o.province = "nghe-an"
        o.month = "2025-05"
        o.language = language
        return try DashboardSession(data: Self.vintageData, options: o, size: Size(width: width, height: height))
    }

    /// Issue 13: the state carries the presenter's vintage (`Dataset.vintage`); a follower whose
    /// own vintage differs names the presenter's day with the data-differs warning.
    func testThePresentersVintageTravelsAndAFollowerOnOtherDataSaysSo() throws {
        let p = try vintageSession(width: 120, height: 40)
        let shared = MeetingState(p.state, p.data, meeting: "hdnd", dataHash: DataHash.of(p.data))
        XCTAssertEqual(shared.vintage, "2025-06-10")
        XCTAssertEqual(MeetingState.parse(shared.line().dropLast())?.vintage, "2025-06-10")
        XCTAssertNil(try presenter("").vintage, "no vintage: the latest data")
        // A follower on the latest data: the data differs, and the banner says as of which day.
        var f = try follower(width: 120, height: 40)
        f.apply(.meeting(.state(shared)))
        XCTAssertEqual(follow(f)?.dataDiffers, true)
        var text = f.frame().text
        XCTAssertTrue(text.contains("DATA DIFFERS: the presenter shows data as of 10 Jun 2025"), text)
        // The same vintage on the follower: no warning.
        var same = try vintageSession(language: "en")
        same.apply(.meeting(.role(.following(FollowState(name: "hdnd")))))
        same.apply(.meeting(.ownData(DataHash.of(same.data))))
        same.apply(.meeting(.state(shared)))
        XCTAssertEqual(follow(same)?.dataDiffers, false)
        text = same.frame().text
        XCTAssertFalse(text.contains("DATA DIFFERS") || text.contains("presenter shows"), text)
        // A follower with a vintage, the presenter without one (Vietnamese).
        var old = try vintageSession(width: 120, height: 40)
        old.apply(.meeting(.role(.following(FollowState(name: "hdnd")))))
        old.apply(.meeting(.ownData(DataHash.of(old.data))))
        old.apply(.meeting(.state(try presenter("right"))))
        text = old.frame().text
        XCTAssertTrue(text.contains("DỮ LIỆU KHÁC: người trình bày xem số liệu mới nhất"), text)
        // Same figures, other day (the hash alone would not tell): the presenter's day is still named.
        var sameFigures = shared
        sameFigures.data = DataHash.of(f.data)
        f.apply(.meeting(.state(sameFigures)))
        XCTAssertEqual(follow(f)?.dataDiffers, false)
        text = f.frame().text
        XCTAssertTrue(text.contains("the presenter shows data as of 10 Jun 2025") && !text.contains("DATA DIFFERS"), text)
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
