import Foundation
import XCTest

/// `--vintage DATE` through the real binary (issue 11): the 3 June / 10 June 2025 revisions of
/// Nghệ An's Jan–May budget revenue in every format of `report`, and a bad date.
final class VintageCLITests: XCTestCase {
    override func setUpWithError() throws {
        try ChisoProcess.requireBinary()
    }

    func report(_ format: String, vintage: String?, lang: String = "vi") throws -> String {
        var args = ["report", "--province", "nghe-an", "--month", "2025-05", "--indicator", "budget_revenue", "--format", format, "--lang", lang]
        if let vintage { args += ["--vintage", vintage] }
        let r = try ChisoProcess.run(args)
        XCTAssertEqual(r.status, 0, r.stderr)
        return r.stdout
    }

    func testReportTextOnFiveAndTenJune() throws {
        let early = try report("text", vintage: "2025-06-05")
        XCTAssertTrue(early.contains("Số liệu đến 5/6/2025"), early)
        XCTAssertTrue(early.contains("10.846 tỷ đồng "), early)
        XCTAssertFalse(early.contains("11.360"), "the 10 June figure was not published on 5 June\n\(early)")
        XCTAssertFalse(early.contains("⚑ số khác"), early)
        // Sources without a published date are marked undated, with the day they count from.
        XCTAssertTrue(early.contains("chưa rõ ngày công bố, tính từ 31/5/2025"), early)
        let late = try report("text", vintage: "2025-06-10")
        XCTAssertTrue(late.contains("11.360 tỷ đồng⚑"), late)
        XCTAssertTrue(late.contains("⚑ số khác: 10.846"), late)
        let english = try report("markdown", vintage: "2025-06-05", lang: "en")
        XCTAssertTrue(english.contains("Data as of 5 Jun 2025"), english)
        XCTAssertTrue(english.contains("10,846 VND bn"), english)
        XCTAssertFalse(english.contains("11,360"), english)
        // Without --vintage nothing says a vintage.
        let all = try report("text", vintage: nil)
        XCTAssertTrue(all.contains("11.360 tỷ đồng⚑"), all)
        XCTAssertFalse(all.contains("Số liệu đến") || all.contains("chưa rõ ngày công bố"), all)
    }

    func testReportJSONAndCSVCarryTheVintage() throws {
        struct Doc: Decodable {
            struct Record: Decodable { let basis: String; let value: Double?; let published: String?; let known_from: String?; let undated: Bool? }
            let vintage: String?
            let figures: [Record]
        }
        func doc(_ vintage: String?) throws -> Doc { try JSONDecoder().decode(Doc.self, from: Data(try report("json", vintage: vintage).utf8)) }
        let early = try doc("2025-06-05")
        XCTAssertEqual(early.vintage, "2025-06-05")
        let ytd = try XCTUnwrap(early.figures.first { $0.basis == "ytd" })
        XCTAssertEqual(ytd.value, 10_846)
        XCTAssertEqual(ytd.known_from, "2025-06-03")
        XCTAssertEqual(ytd.undated, false)
        XCTAssertEqual(try doc("2025-06-10").figures.first { $0.basis == "ytd" }?.value, 11_360)
        XCTAssertNil(try doc(nil).vintage)

        let csv = try report("csv", vintage: "2025-06-05").split(separator: "\n").map(String.init)
        let header = csv[0].split(separator: ",").map(String.init)
        let column = try XCTUnwrap(header.firstIndex(of: "vintage"))
        let row = try XCTUnwrap(csv.first { $0.contains(",ytd,") })
        XCTAssertTrue(row.contains(",10846,"), row)
        XCTAssertFalse(row.contains("11360"), row)
        // The vintage column of the data row (cells here hold no quoted commas after the trend).
        XCTAssertEqual(row.split(separator: ",", omittingEmptySubsequences: false).suffix(header.count - column).first.map(String.init), "2025-06-05")
        let late = try report("csv", vintage: "2025-06-10")
        XCTAssertTrue(late.contains(",11360,"), late)
    }

    func render(_ args: [String]) throws -> [String] {
        let r = try ChisoProcess.run(["render", "--province", "nghe-an"] + args)
        XCTAssertEqual(r.status, 0, r.stderr)
        return r.stdout.components(separatedBy: "\n")
    }

    /// The dashboard's frame: the header says the vintage at 80 and 120 columns, the Overview opens
    /// at the latest month with data then, and shows the figure published by then.
    func testRenderOnFiveAndTenJune() throws {
        for (width, height) in [("80", "24"), ("120", "40")] {
            let early = try render(["--vintage", "2025-06-05", "--width", width, "--height", height])
            XCTAssertTrue(early[0].contains("số liệu đến 5/6/2025"), early[0])
            XCTAssertTrue(early[0].contains("tháng 5/2025"), "opens at May 2025, the latest month with data on 5 June: \(early[0])")
            let frame = early.joined(separator: "\n")
            XCTAssertTrue(frame.contains("10.846 tỷ đồng"), frame)
            XCTAssertFalse(frame.contains("11.360"), frame)
        }
        let late = try render(["--vintage", "2025-06-10", "--width", "120", "--height", "40", "--lang", "en"])
        XCTAssertTrue(late[0].contains("data as of 10 Jun 2025"), late[0])
        XCTAssertTrue(late.joined(separator: "\n").contains("11,360 VND bn"), late.joined(separator: "\n"))
        // Detail: the 10 June figure with the 3 June one as its revision; on 5 June no revision at all.
        let detail = ["--month", "2025-05", "--screen", "detail", "--indicator", "budget_revenue", "--lang", "en", "--width", "120", "--height", "40"]
        XCTAssertTrue(try render(detail + ["--vintage", "2025-06-10"]).joined(separator: "\n").contains("10,846"))
        let detailEarly = try render(detail + ["--vintage", "2025-06-05"]).joined(separator: "\n")
        XCTAssertTrue(detailEarly.contains("10,846"), detailEarly)
        XCTAssertFalse(detailEarly.contains("11,360"), detailEarly)
        // No vintage: no vintage words, and the latest month of the whole data.
        let all = try render(["--width", "120", "--height", "40"])
        XCTAssertFalse(all[0].contains("số liệu đến"), all[0])
        XCTAssertFalse(all[0].contains("tháng 5/2025"), all[0])
    }

    /// At 60×18 (the smallest frame) the header still says the whole vintage.
    func testNarrowHeaderKeepsTheVintage() throws {
        XCTAssertTrue(try render(["--vintage", "2025-06-05", "--width", "60", "--height", "18"])[0].hasSuffix("số liệu đến 5/6/2025"))
        XCTAssertTrue(try render(["--vintage", "2025-06-05", "--width", "60", "--height", "18", "--lang", "en"])[0].hasSuffix("data as of 5 Jun 2025"))
    }

    /// A panel's source without a published date is marked undated under a vintage (and only then).
    func testUndatedSourceIsMarkedInPanels() throws {
        let args = ["--month", "2025-04", "--width", "120", "--height", "40"]
        let early = try render(args + ["--vintage", "2025-06-05"]).joined(separator: "\n")
        XCTAssertTrue(early.contains("nguồn: vietnam.vn, chưa rõ ngày"), early)
        XCTAssertFalse(try render(args).joined(separator: "\n").contains("chưa rõ ngày"))
    }

    /// Charts stop at the last month that existed: on 5 June 2025 the months list ends at May 2025.
    func testMonthsStopAtTheVintage() throws {
        let after = try render(["--vintage", "2025-06-05", "--month", "2025-05", "--keys", "right"])
        XCTAssertTrue(after[0].contains("tháng 5/2025"), "no month after May 2025 on 5 June: \(after[0])")
        let later = try render(["--month", "2025-05", "--keys", "right"])
        XCTAssertFalse(later[0].contains("tháng 5/2025"), later[0])
    }

    /// A row of a later month published early (a forecast) does not stretch the months past the
    /// vintage day's month: on 5 June there was no July yet.
    func testNoMonthAfterTheVintageDaysMonth() throws {
        let dir = NSTemporaryDirectory() + "chiso-vintage-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        try """
        province,period,basis,indicator,value,unit,source,published,as_of,note
        Nghe An,2025-05,ytd,budget_revenue,100,VND bn,https://example.org/may,2025-06-02,,
        Nghe An,2025-07,ytd,budget_revenue,150,VND bn,https://example.org/forecast,2025-06-01,,
        """.write(toFile: dir + "/obs.csv", atomically: true, encoding: .utf8)
        let frame = try render(["--data", dir, "--vintage", "2025-06-05", "--month", "2025-05", "--keys", "right right"])
        XCTAssertTrue(frame[0].contains("tháng 6/2025"), "June 2025 had begun on 5 June, July had not: \(frame[0])")
    }

    /// Entries typed by users count from their `published` day, else from the day they were entered.
    func testEntriesCountFromPublishedElseEntered() throws {
        let dir = NSTemporaryDirectory() + "chiso-vintage-entries-" + UUID().uuidString
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        func add(_ month: String, _ value: String, published: String?) throws {
            var args = ["entry", "add", "--entries", dir, "--province", "nghe-an", "--month", month, "--basis", "ytd",
                        "--indicator", "budget_revenue", "--value", value, "--source", "https://example.org/\(value)", "--quote", "test figure"]
            if let published { args += ["--published", published] }
            let r = try ChisoProcess.run(args)
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        try add("2025-05", "11111", published: "2025-06-04")
        try add("2025-04", "9999", published: nil)
        func report(_ month: String, _ vintage: String?) throws -> String {
            var args = ["report", "--entries", dir, "--province", "nghe-an", "--month", month, "--indicator", "budget_revenue"]
            if let vintage { args += ["--vintage", vintage] }
            let r = try ChisoProcess.run(args)
            XCTAssertEqual(r.status, 0, r.stderr)
            return r.stdout
        }
        // Published 4 June: known on 5 June, and the latest publication then.
        XCTAssertTrue(try report("2025-05", "2025-06-05").contains("11.111 tỷ đồng⚑"))
        XCTAssertFalse(try report("2025-05", "2025-06-03").contains("11.111"))
        // No published day: it counts from the day it was entered (today), not from the end of May's next month.
        XCTAssertFalse(try report("2025-04", "2025-06-10").contains("9.999"))
        XCTAssertTrue(try report("2025-04", nil).contains("9.999"))
        // Writing or listing entries takes no --vintage.
        let refused = try ChisoProcess.run(["entry", "log", "--entries", dir, "--vintage", "2025-06-05"])
        XCTAssertEqual(refused.status, 64, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("--vintage"), refused.stderr)
    }

    func testBadVintageIsAUsageErrorNamingTheFlag() throws {
        for bad in ["2025-06-31", "5/6/2025", "yesterday", "2025-6-5", ""] {
            for command in [["report", "--province", "nghe-an"], ["render"], ["validate"], ["dashboard"], []] {
                let r = try ChisoProcess.run(command + ["--vintage", bad])
                XCTAssertEqual(r.status, 64, "\(command) --vintage '\(bad)': \(r.stderr)")
                XCTAssertTrue(r.stderr.contains("--vintage"), r.stderr)
                XCTAssertTrue(r.stderr.contains("YYYY-MM-DD"), r.stderr)
            }
        }
        // Before anything had been published: no figures, said plainly (status 1, as data without figures).
        let empty = try ChisoProcess.run(["report", "--province", "nghe-an", "--vintage", "2000-01-01", "--lang", "en"])
        XCTAssertEqual(empty.status, 1, empty.stderr)
        XCTAssertTrue(empty.stderr.contains("no figures had been published by 2000-01-01"), empty.stderr)
    }
}
