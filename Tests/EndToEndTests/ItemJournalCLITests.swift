import Foundation
import XCTest

/// `chiso entry item` for a bundled item (issue 12): a new title and lead unit, the item withdrawn
/// (gone from `report` and `brief`, changes to it refused until it is taken back, a new item of its
/// name refused), then taken back with `--action revert`; resolutions.yaml never written, each
/// change one more record, all named in `entry log --items`.
final class ItemJournalCLITests: XCTestCase {
    static let document = "Đẩy nhanh giải ngân vốn đầu tư công"

    override func setUpWithError() throws {
        try ChisoProcess.requireBinary()
    }

    func testTitleLeadWithdrawAndRevertOfABundledItem() throws {
        let dir = NSTemporaryDirectory() + "chiso-item-journal-" + UUID().uuidString
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        let entries = dir + "/entries"
        let yaml = ChisoProcess.repoRoot.appendingPathComponent("Data/resolutions.yaml").path
        let yamlBefore = try Data(contentsOf: URL(fileURLWithPath: yaml))
        func item(_ args: [String], lang: String = "en") throws -> ChisoProcess.Output {
            try ChisoProcess.run(["entry", "item", "--entries", entries, "--province", "nghe-an", "--resolution", "123-KL/TW",
                                  "--document", Self.document, "--source", "https://baonghean.vn/viec", "--lang", lang] + args)
        }
        func report(_ lang: String = "en") throws -> String {
            let run = try ChisoProcess.run(["report", "--province", "nghe-an", "--month", "2025-05", "--entries", entries, "--lang", lang])
            XCTAssertEqual(run.status, 0, run.stderr)
            return run.stdout
        }
        let original = try report()
        XCTAssertTrue(original.contains("Faster disbursement of public investment: Provincial Party Secretary's direction"), original)

        var run = try item(["--action", "title", "--title", "Giải ngân vốn đầu tư công trước 30/9", "--published", "2025-06-20"])
        XCTAssertEqual(run.status, 0, run.stderr)
        run = try item(["--action", "title", "--title", " "])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("chiso: --title: no title; nothing saved"), run.stderr)
        run = try item(["--action", "lead", "--lead", "Sở Tài chính"], lang: "vi")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("chiso: đã lưu (đổi đơn vị chủ trì) cho nghe-an 123-KL/TW «"), "the action in words, not the journal's 'lead'\n\(run.stderr)")
        var text = try report()
        XCTAssertTrue(text.contains("Faster disbursement of public investment: Giải ngân vốn đầu tư công trước 30/9\n    lead: Sở Tài chính · due: — · under way (10 Jun 2025)"), text)

        func brief() throws -> String {
            let run = try ChisoProcess.run(["brief", "--province", "nghe-an", "--month", "2025-05", "--entries", entries, "--format", "md"])
            XCTAssertEqual(run.status, 0, run.stderr)
            return run.stdout
        }
        XCTAssertTrue(try brief().contains("| Giải ngân vốn đầu tư công trước 30/9[^"), "the new title is in the brief")
        run = try item(["--action", "withdraw"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("chiso: saved the withdrawal of nghe-an 123-KL/TW «\(Self.document)»"), run.stderr)
        text = try report()
        XCTAssertFalse(text.contains("Faster disbursement"), "withdrawn: not in the report\n\(text)")
        let withdrawn = try brief()
        XCTAssertFalse(withdrawn.contains("trước 30/9"), "withdrawn: not in the brief")
        XCTAssertTrue(withdrawn.contains("đẩy nhanh giải ngân ba chương trình mục tiêu quốc gia"), "the other items stay")
        run = try item(["--action", "status", "--status", "done"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("chiso: --document: the item '\(Self.document)' has been withdrawn (take it back first: H on its document, or chiso entry item --action revert); nothing saved"), run.stderr)
        run = try item(["--action", "add", "--title", "X", "--status", "planned"])
        XCTAssertEqual(run.status, 1, "a new item may not take a withdrawn item's name")

        // Taken back: what is not given stays as the item was when withdrawn.
        run = try item(["--action", "revert", "--status", "done"])
        XCTAssertEqual(run.status, 0, run.stderr)
        text = try report()
        XCTAssertTrue(text.contains("Faster disbursement of public investment: Giải ngân vốn đầu tư công trước 30/9\n    lead: Sở Tài chính · due: — · completed (10 Jun 2025)"), text)
        let validate = try ChisoProcess.run(["validate", "--entries", entries, "--lang", "en"])
        XCTAssertTrue(validate.stderr.contains("0 error(s)"), validate.stderr)
        XCTAssertFalse(validate.stdout.contains("items.csv"), "every change applied:\n\(validate.stdout)")

        let log = try ChisoProcess.run(["entry", "log", "--entries", entries, "--items"])
        let lines = log.stdout.split(separator: "\n").map { String($0.drop { $0 != " " }.drop { $0 == " " }) }
        let who = NSUserName()
        XCTAssertEqual(lines, [
            "\(who)  title nghe-an 123-KL/TW «\(Self.document)» “Giải ngân vốn đầu tư công trước 30/9”  https://baonghean.vn/viec",
            "\(who)  lead nghe-an 123-KL/TW «\(Self.document)» “Sở Tài chính”  https://baonghean.vn/viec",
            "\(who)  withdraw nghe-an 123-KL/TW «\(Self.document)»  https://baonghean.vn/viec",
            "\(who)  revert nghe-an 123-KL/TW «\(Self.document)» “Giải ngân vốn đầu tư công trước 30/9” done  https://baonghean.vn/viec",
        ], log.stdout)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: yaml)), yamlBefore, "resolutions.yaml is never written")
    }
}
