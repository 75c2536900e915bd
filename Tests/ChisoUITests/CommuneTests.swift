@testable import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// The dashboard one level down: the province list as a tree, search into communes, the header
/// path, Compare ranking communes, and only visible rows built with 3,321 communes loaded.
final class CommuneTests: XCTestCase {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots").path

    /// The bundled data plus `communes` (appended after the bundled units, so figure unit indices
    /// stay valid) and figures for them from `values(commune, indicator, month)`.
    static func data(communes: [Province], indicators: [(String, Basis)], months: ClosedRange<Int>,
                     value: (Int, String, Int) -> Double?) -> DashboardData {
        let bundled = Fixtures.bundled.dataset
        let cat = bundled.catalogue
        var catalogue = Catalogue(units: cat.units + communes, regions: cat.regions, indicators: cat.indicators, targets: cat.targets,
                                  resolutions: cat.resolutions, items: cat.items)
        catalogue.panels = cat.panels
        var rows: [RawObservation] = bundled.store.figures.map {
            RawObservation(unit: $0.unit, period: $0.period, indicator: $0.indicator, basis: $0.basis, value: $0.value, source: $0.source, valueColumn: 1)
        }
        let source = Source(citation: "synthetic: test communes", file: "communes-test.csv", line: 1)
        for (k, c) in communes.enumerated() {
            guard let u = catalogue.unitIndex(id: c.id) else { continue }
            for (id, basis) in indicators {
                guard let i = catalogue.indicatorIndex(id: id) else { continue }
                for m in months {
                    if let v = value(k, id, m) {
                        rows.append(RawObservation(unit: u, period: Period(year: 2025, month: m), indicator: i, basis: basis, value: v, source: source, valueColumn: 1))
                    }
                }
            }
        }
        var diagnostics: [Diagnostic] = []
        let store = FigureStore(observations: rows, catalogue: catalogue, diagnostics: &diagnostics)
        return DashboardData(Dataset(catalogue: catalogue, store: store, diagnostics: [], files: [], label: "communes-test"))
    }

    /// Six communes of Nghệ An and two of Hà Tĩnh, with budget revenue, disbursement and IIP for January–May 2025.
    static let small: DashboardData = {
        let names = [("nghe-an", "truong-vinh", "Phường Trường Vinh", "Truong Vinh ward"), ("nghe-an", "thanh-vinh", "Phường Thành Vinh", "Thanh Vinh ward"),
                     ("nghe-an", "dien-chau", "Xã Diễn Châu", "Dien Chau commune"), ("nghe-an", "quynh-luu", "Xã Quỳnh Lưu", "Quynh Luu commune"),
                     ("nghe-an", "con-cuong", "Xã Con Cuông", "Con Cuong commune"), ("nghe-an", "tuong-duong", "Xã Tương Dương", "Tuong Duong commune"),
                     ("ha-tinh", "thanh-sen", "Phường Thành Sen", "Thanh Sen ward"), ("ha-tinh", "ky-anh", "Xã Kỳ Anh", "Ky Anh commune")]
        let communes = names.map { Province(id: $0.0 + "-" + $0.1, level: .commune, name: $0.2, nameEN: $0.3, region: "", source: "test", parent: $0.0) }
        return data(communes: communes, indicators: [("budget_revenue", .month), ("pi_disbursed", .month), ("iip_yoy", .month)], months: 1...5) { k, id, m in
            // Tương Dương has no figures: it shows muted and ranks last.
            if k == 5 { return nil }
            switch id {
            case "budget_revenue": return Double(40 + 13 * ((k * 7 + m * 3) % 9))
            case "pi_disbursed": return Double(10 + 5 * ((k * 5 + m) % 7))
            default: return Double((k * 11 + m * 5) % 17 - 6) / 2
            }
        }
    }()

    func session(_ data: DashboardData = small, province: String = "nghe-an", screen: String? = nil, language: String? = nil,
                 indicator: String? = nil, width: Int = 120, height: Int = 40) throws -> DashboardSession {
        var o = StartOptions()
        o.indicator = indicator
        o.province = province
        o.month = "2025-05"
        o.screen = screen
        o.language = language
        return try DashboardSession(data: data, options: o, size: Size(width: width, height: height))
    }

    func check(_ name: String, _ session: DashboardSession, file: StaticString = #filePath, line: UInt = #line) {
        let text = session.frame().lines().joined(separator: "\n") + "\n"
        if let failure = Snapshot.verify(text, name: name, directory: Self.snapshots) { XCTFail(failure, file: file, line: line) }
        XCTAssertEqual(Invariants.check(session.frame(), size: session.state.size), [], file: file, line: line)
        XCTAssertEqual(Invariants.check(session.state, session.data), [], file: file, line: line)
    }

    // MARK: Tree

    func testOOpensAndClosesTheCommunesOfTheSelectedProvince() throws {
        var s = try session()
        let provinces = Fixtures.bundled.units.count
        XCTAssertEqual(UnitTree(s.state, s.data).count, provinces)
        s.send(try Key.script("o"))
        XCTAssertEqual(s.state.expanded, ["nghe-an"])
        XCTAssertEqual(UnitTree(s.state, s.data).count, provinces + 6)
        XCTAssertEqual(s.state.province, "nghe-an", "opening keeps the province selected")
        s.send(try Key.script("j"))
        XCTAssertEqual(s.state.province, "nghe-an-truong-vinh", "↓ enters the communes")
        s.send(try Key.script("j j j j j j"))
        XCTAssertEqual(s.state.province, "ha-tinh", "after the last commune comes the next province")
        s.send(try Key.script("k"))
        XCTAssertEqual(s.state.province, "nghe-an-tuong-duong")
        XCTAssertEqual(s.state.provinceList.selected, UnitTree(s.state, s.data).index(of: "nghe-an-tuong-duong"))
        // `o` on a commune closes its province and selects the province.
        s.send(try Key.script("o"))
        XCTAssertEqual(s.state.province, "nghe-an")
        XCTAssertEqual(s.state.expanded, [])
        XCTAssertEqual(UnitTree(s.state, s.data).count, provinces)
        XCTAssertEqual(Invariants.check(s.state, s.data), [])
    }

    func testOWithoutCommunesSaysSoAndChangesNothing() throws {
        var s = try Fixtures.session()
        s.send(try Key.script("o"))
        XCTAssertEqual(s.state.expanded, [])
        XCTAssertNotNil(s.state.message)
        var t = try session(province: "hue")
        t.send(try Key.script("o"))
        XCTAssertEqual(t.state.expanded, [], "Huế has no communes in the fixture")
        XCTAssertTrue(t.state.message?.contains("Huế") == true, t.state.message ?? "")
    }

    func testSearchFindsACommuneWithoutAccentsAndOpensItsProvince() throws {
        var s = try session()
        s.send(try Key.script("/ Q U Y N H space l u u enter"))
        XCTAssertEqual(s.state.province, "nghe-an-quynh-luu")
        XCTAssertEqual(s.state.expanded, ["nghe-an"])
        let tree = UnitTree(s.state, s.data)
        XCTAssertEqual(s.state.provinceList.selected, tree.index(of: "nghe-an-quynh-luu"))
        XCTAssertEqual(tree.row(s.state.provinceList.selected)?.unit.id, "nghe-an-quynh-luu")
        // A commune of another province opens that one too; provinces still come first in the results.
        s.send(try Key.script("/ k y space a n h enter"))
        XCTAssertEqual(s.state.province, "ha-tinh-ky-anh")
        XCTAssertEqual(s.state.expanded, ["nghe-an", "ha-tinh"])
        XCTAssertEqual(s.data.search("nghe").first?.id, "nghe-an")
        XCTAssertEqual(s.data.search("dien chau").map(\.id), ["nghe-an-dien-chau"])
    }

    func testTheTreeWalkMatchesAFlattenedList() throws {
        let data = Self.small
        for expanded: Set<String> in [[], ["nghe-an"], ["ha-tinh"], ["nghe-an", "ha-tinh"], ["nghe-an", "hue", "unknown"]] {
            var flat: [String] = []
            for u in data.units {
                flat.append(u.id)
                if expanded.contains(u.id) { flat += data.communes(of: u.id).map(\.id) }
            }
            let tree = UnitTree(data, expanded: expanded)
            XCTAssertEqual(tree.count, flat.count)
            XCTAssertEqual(tree.rows(from: 0, count: 1000).map(\.unit.id), flat)
            for start in [0, 1, 17, 18, 19, 20, 24, 25, flat.count - 1, flat.count] {
                XCTAssertEqual(tree.rows(from: start, count: 3).map(\.unit.id), Array(flat.dropFirst(start).prefix(3)), "from \(start)")
            }
            for (i, id) in flat.enumerated() { XCTAssertEqual(tree.index(of: id), i) }
        }
        XCTAssertNil(UnitTree(data, expanded: []).index(of: "nghe-an-dien-chau"), "a commune of a closed province has no row")
    }

    func testSelectingACommuneShowsItsOwnFiguresAndThePath() throws {
        let s = try session(province: "nghe-an-dien-chau")
        XCTAssertEqual(s.state.expanded, ["nghe-an"], "starting at a commune opens its province")
        let lines = s.frame().lines()
        XCTAssertTrue(lines[0].contains("Nghệ An › Xã Diễn Châu"), lines[0])
        // Diễn Châu (k = 2), May: budget revenue 40 + 13 × ((14 + 15) % 9) = 66.
        XCTAssertTrue(s.frame().text.contains("66 tỷ đồng"), s.frame().text)
        // The path is cut by display width on a narrow screen, and the frame stays whole.
        let narrow = try session(province: "nghe-an-dien-chau", width: 72, height: 20)
        let top = narrow.frame().lines()[0]
        XCTAssertTrue(top.contains("Nghệ An › Xã") && top.contains("…") && !top.contains("Xã Diễn Châu"), top)
        XCTAssertTrue(top.contains("MINH HỌA") && top.hasSuffix("VI"), top)
        XCTAssertEqual(Invariants.check(narrow.frame(), size: narrow.state.size), [])
        XCTAssertLessThanOrEqual(DisplayWidth.of(top), 72)
    }

    func testTreeSnapshot() throws {
        var s = try session()
        s.send(try Key.script("o j j j"))
        check("communes-tree-120x40-vi", s)
        XCTAssertTrue(s.frame().lines()[0].contains("Nghệ An › Xã Diễn Châu"))
        var ascii = try session(language: "en")
        ascii.state.ascii = true
        ascii.send(try Key.script("o"))
        let text = ascii.frame().text
        XCTAssertTrue(text.contains("- Nghe An"), text)
        XCTAssertTrue(text.contains("+ Ha Tinh"), text)
        XCTAssertTrue(text.contains("Truong Vinh ward"), text)
    }

    // MARK: Compare

    func testCompareRanksTheCommunesOfTheSelectedCommunesProvince() throws {
        var s = try session(province: "nghe-an-dien-chau", indicator: "budget_revenue")
        s.send(try Key.script("2"))
        XCTAssertEqual(CompareTable.level(s.state, s.data), .communesOfProvince)
        let rows = CompareTable.rows(s.state, s.data).rows
        XCTAssertEqual(rows.count, 6)
        XCTAssertEqual(rows[s.state.compare.selected].unit.id, "nghe-an-dien-chau", "the selected commune is the selected row")
        XCTAssertEqual(rows.last?.unit.id, "nghe-an-tuong-duong", "no figures: last")
        XCTAssertEqual(rows.compactMap(\.rank).count, 5)
        XCTAssertEqual(rows.compactMap(\.rank), rows.compactMap(\.rank).sorted(), "sorted by rank")
        check("communes-compare-120x40-vi", s)
        // c: all communes, then provinces again (the commune's province selected).
        s.send(try Key.script("c"))
        XCTAssertEqual(CompareTable.level(s.state, s.data), .allCommunes)
        XCTAssertEqual(CompareTable.rowCount(s.state, s.data), 8)
        s.send(try Key.script("c"))
        XCTAssertEqual(CompareTable.level(s.state, s.data), .provinces)
        XCTAssertEqual(CompareTable.rows(s.state, s.data).rows[s.state.compare.selected].unit.id, "nghe-an")
        s.send(try Key.script("c"))
        XCTAssertEqual(CompareTable.level(s.state, s.data), .communesOfProvince)
        // Sorting by name, and Enter opens the commune's detail.
        s.send(try Key.script("backtab backtab s"))
        XCTAssertEqual(s.state.compareSort, .name)
        XCTAssertEqual(CompareTable.rows(s.state, s.data).rows.first?.unit.id, "nghe-an-thanh-vinh")
        s.send(try Key.script("g enter"))
        XCTAssertEqual(s.state.screen, .detail)
        XCTAssertEqual(s.state.province, "nghe-an-thanh-vinh")
        XCTAssertEqual(Invariants.check(s.state, s.data), [])
    }

    func testCWithoutCommunesSaysSoAndKeepsProvinces() throws {
        var s = try Fixtures.session(screen: "compare")
        s.send(try Key.script("c"))
        XCTAssertEqual(CompareTable.level(s.state, s.data), .provinces)
        XCTAssertNotNil(s.state.message)
    }

    // MARK: Scale

    /// 3,321 communes, every province open: a frame builds only the rows it draws.
    func testWith3321CommunesOnlyVisibleRowsAreBuilt() throws {
        let communes = DemoGenerator.communes(count: 3321, seed: 7, catalogue: Fixtures.bundled.catalogue)
        XCTAssertEqual(communes.count, 3321)
        let data = Self.data(communes: communes, indicators: [("budget_revenue", .month)], months: 4...5) { k, _, m in Double((k * 37 + m) % 101) }
        XCTAssertEqual(data.communeCount, 3321)
        var s = try session(data, province: "nghe-an", indicator: "budget_revenue")
        s.state.expanded = Set(data.units.map(\.id))
        s.send(try Key.script("G"))
        let tree = UnitTree(s.state, data)
        XCTAssertEqual(tree.count, data.units.count + 3321)
        XCTAssertEqual(s.state.provinceList.selected, tree.count - 1)
        let visible = try XCTUnwrap(s.state.layout.overview).rows.visible
        let stats = RenderStats()
        let frame = Frame.render(s.state, data, stats: stats)
        XCTAssertEqual(stats.treeRowsBuilt, visible, "tree rows built for one frame")
        XCTAssertTrue(frame.text.contains("\(tree.count - visible + 1)–\(tree.count)/\(tree.count)"), frame.text)
        XCTAssertEqual(Invariants.check(s.state, data), [])

        // Compare over all 3,321 communes: every value is ranked, but only drawn rows get columns and sparklines.
        s.send(try Key.script("2"))
        XCTAssertEqual(CompareTable.level(s.state, data), .communesOfProvince)
        s.send(try Key.script("c"))
        XCTAssertEqual(CompareTable.level(s.state, data), .allCommunes)
        s.send(try Key.script("b"))
        XCTAssertEqual(CompareTable.rowCount(s.state, data), 3321)
        let rows = CompareTable.rows(s.state, data).rows
        XCTAssertEqual(rows.count, 3321)
        XCTAssertEqual(rows.filter { !$0.complete }.count, 3321, "other columns are left for the rows drawn")
        XCTAssertEqual(rows.first?.rank, 1)
        let compareStats = RenderStats()
        _ = Frame.render(s.state, data, stats: compareStats)
        let shown = try XCTUnwrap(s.state.layout.compare).rows.visible
        XCTAssertGreaterThan(compareStats.compareRowsBuilt, 0)
        XCTAssertLessThanOrEqual(compareStats.compareRowsBuilt, shown)
        XCTAssertLessThanOrEqual(compareStats.sparklinesBuilt, shown)
        XCTAssertEqual(compareStats.treeRowsBuilt, 0)

        // Moving through the tree costs the same with every province open as with none.
        var t = try session(data, province: "nghe-an")
        t.state.expanded = Set(data.units.map(\.id))
        for _ in 0..<50 { t.send(.down) }
        XCTAssertEqual(t.state.province, data.communes(of: "nghe-an")[49].id)
    }
}
