import ChisoCore
import ChisoTestSupport
import Foundation
import XCTest
@testable import ChisoUI

/// A reload that would lose every figure, or finds a data file gone, is refused: the last good
/// data stays, marked stale, and the status line and the problems list say why.
final class ReloadDecisionTests: XCTestCase {
    var folder = URL(fileURLWithPath: "/tmp")
    var observations: URL { folder.appendingPathComponent("observations.csv") }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-reload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { [folder] in try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Fixtures.dataFolder).appendingPathComponent("observations.csv"), to: observations)
    }

    func load() -> DashboardData { DashboardData(DataLoader.load(paths: [folder.path], label: "data")) }

    func session(_ language: String = "en") throws -> DashboardSession {
        var o = StartOptions()
        o.province = "nghe-an"
        o.month = "2025-05"
        o.language = language
        return try DashboardSession(data: load(), options: o, size: Size(width: 120, height: 40))
    }

    /// The refused reload left the data and the frame's body as they were and marked them stale.
    func assertRefused(_ session: DashboardSession, figures: Int, body: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(session.state.stale, "stale mark", file: file, line: line)
        XCTAssertEqual(session.data.dataset.store.count, figures, "the last good figures stay", file: file, line: line)
        XCTAssertEqual(Array(session.frame().lines().dropFirst().dropLast()), body, "the body still shows the last good data", file: file, line: line)
    }

    func testAReloadThatFindsTheObservationsFileGoneKeepsTheLastGoodData() throws {
        var session = try session()
        let figures = session.data.dataset.store.count
        XCTAssertGreaterThan(figures, 400)
        let body = Array(session.frame().lines().dropFirst().dropLast())
        try FileManager.default.removeItem(at: observations)
        XCTAssertFalse(session.reloaded(load()), "a reload that finds a data file gone is refused")
        assertRefused(session, figures: figures, body: body)
        let message = session.state.message ?? ""
        XCTAssertTrue(message.contains("observations.csv is gone") && message.contains("last good data"), message)
        XCTAssertTrue(session.frame().lines()[0].contains("STALE"))
        // p names the file and says why the old data is shown.
        XCTAssertTrue(session.state.problems.first.map { $0.file == observations.path && $0.severity == .error } == true,
                      "\(session.state.problems.prefix(3))")
        session.send(.char("p"))
        let listed = session.frame().text
        XCTAssertTrue(listed.contains("observations.csv: error: file gone since the last"), listed)
        XCTAssertTrue(listed.contains("A data file is gone"), listed)
        session.send(.esc)
        // Put back: the next reload takes it and the mark goes.
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Fixtures.dataFolder).appendingPathComponent("observations.csv"), to: observations)
        XCTAssertTrue(session.reloaded(load()))
        XCTAssertFalse(session.state.stale)
        XCTAssertTrue(session.state.message?.hasPrefix("Data reloaded") == true, session.state.message ?? "")
    }

    func testAReloadThatWouldLoseEveryFigureKeepsTheLastGoodData() throws {
        for (what, content) in [("header only", "province,period,basis,indicator,value,unit,source\n"), ("empty", "")] {
            var session = try session()
            let figures = session.data.dataset.store.count
            let body = Array(session.frame().lines().dropFirst().dropLast())
            try Data(content.utf8).write(to: observations)
            XCTAssertFalse(session.reloaded(load()), what)
            assertRefused(session, figures: figures, body: body)
            let message = session.state.message ?? ""
            XCTAssertTrue(message.contains("no figures") && message.contains("last good data"), "\(what): \(message)")
            XCTAssertTrue(session.state.problems.contains { $0.message.contains("no figures") }, "\(what): \(session.state.problems.prefix(3))")
            try FileManager.default.removeItem(at: observations)
            try FileManager.default.copyItem(at: URL(fileURLWithPath: Fixtures.dataFolder).appendingPathComponent("observations.csv"), to: observations)
        }
    }

    func testTheReasonIsSaidInVietnamese() throws {
        var gone = try session("vi")
        try FileManager.default.removeItem(at: observations)
        XCTAssertFalse(gone.reloaded(load()))
        XCTAssertTrue(gone.state.message?.contains("Không còn tệp observations.csv") == true, gone.state.message ?? "")
        XCTAssertTrue(gone.frame().lines()[0].contains("DỮ LIỆU CŨ"))
        gone.send(.char("p"))
        XCTAssertTrue(gone.frame().text.contains("Tệp dữ liệu đã mất"), gone.frame().text)

        try FileManager.default.copyItem(at: URL(fileURLWithPath: Fixtures.dataFolder).appendingPathComponent("observations.csv"), to: observations)
        var empty = try session("vi")
        try Data("province,period,basis,indicator,value,unit,source\n".utf8).write(to: observations)
        XCTAssertFalse(empty.reloaded(load()))
        XCTAssertTrue(empty.state.message?.contains("không có số liệu nào") == true, empty.state.message ?? "")
    }

    func testTheDecisionItself() throws {
        let good = load().dataset
        XCTAssertNil(ReloadCheck.refusal(current: good, new: good).reason, "the same data is taken")
        // Fewer figures is not a refusal (a corrected file may drop rows); none at all is.
        let header = "province,period,basis,indicator,value,unit,source\n"
        let oneRow = header + "nghe-an,2025-05,ytd,budget_revenue,11360,VND bn,https://example.org/a\n"
        try Data(oneRow.utf8).write(to: observations)
        let one = load().dataset
        XCTAssertEqual(one.store.count, 1)
        XCTAssertNil(ReloadCheck.refusal(current: good, new: one).reason)
        try Data(header.utf8).write(to: observations)
        let none = load().dataset
        XCTAssertEqual(ReloadCheck.refusal(current: good, new: none).reason, .noFigures)
        // From nothing to nothing is no loss.
        XCTAssertNil(ReloadCheck.refusal(current: none, new: none).reason)
        try FileManager.default.removeItem(at: observations)
        let gone = load().dataset
        XCTAssertEqual(ReloadCheck.refusal(current: good, new: gone).reason, .filesGone([observations.path]))
        // A catalogue given in the folder and then removed is gone too, even though the bundled one stands in.
        try Data(oneRow.utf8).write(to: observations)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Fixtures.dataFolder).appendingPathComponent("targets.csv"),
                                         to: folder.appendingPathComponent("targets.csv"))
        let withTargets = load().dataset
        try FileManager.default.removeItem(at: folder.appendingPathComponent("targets.csv"))
        let check = ReloadCheck.refusal(current: withTargets, new: load().dataset)
        XCTAssertEqual(check.reason, .filesGone([folder.appendingPathComponent("targets.csv").path]))
        XCTAssertEqual(check.problems.map(\.file), [folder.appendingPathComponent("targets.csv").path])
        // Errors in the new data: refused, counted.
        try Data((oneRow + "nghe-an,2025-05,ytd,budget_revenue,abc,VND bn,https://example.org/b\n").utf8).write(to: observations)
        XCTAssertEqual(ReloadCheck.refusal(current: good, new: load().dataset).reason, .errors(1))
    }
}
