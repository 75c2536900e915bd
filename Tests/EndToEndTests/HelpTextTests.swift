import XCTest

/// The help a person reads first (issue 10): in Vietnamese unless `--lang en` is on the command line,
/// nothing English in the Vietnamese help (ArgumentParser's own labels included), `chiso --help`
/// lists the dashboard's own options, every help text wraps at the terminal's width without ragged
/// breaks, `validate --help` has examples.
final class HelpTextTests: XCTestCase {
    private let commands: [[String]] = [["--help"], ["dashboard", "--help"], ["follow", "--help"], ["report", "--help"],
                                        ["brief", "--help"], ["validate", "--help"], ["demo-data", "--help"], ["render", "--help"],
                                        ["entry", "--help"], ["entry", "add", "--help"], ["entry", "item", "--help"],
                                        ["entry", "log", "--help"], ["help", "report"], ["help", "entry", "item"]]

    /// ArgumentParser's English words, and English words of chiso's own help, that must not show in Vietnamese help.
    private let english = ["OVERVIEW:", "USAGE:", "ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:", "(default", "default:", "(values:",
                           "Show help information.", "Show the version.", "See '", "for detailed help", "DASHBOARD OPTIONS",
                           "<subcommand>", "<options>", "Example:", "Examples:", "<path>", "<folder>", "<province>", "<text>"]
    private let englishWords = try? NSRegularExpression(pattern: #"(?<![-\w])(the|and|with|of|Show|See|when|from|Output)\b"#)

    private func help(_ args: [String], columns: Int = 80) throws -> String {
        let r = try ChisoProcess.run(args, environment: ["COLUMNS": "\(columns)"])
        XCTAssertEqual(r.status, 0, "\(args): \(r.stderr)")
        return r.stdout
    }

    func testHelpIsVietnameseByDefault() throws {
        for args in commands {
            let text = try help(args)
            XCTAssertTrue(text.contains("CÁCH DÙNG: chiso"), "\(args)\n\(text)")
            XCTAssertTrue(text.contains("TÙY CHỌN:"), "\(args)\n\(text)")
            XCTAssertTrue(text.contains("Hiện trợ giúp.") || args.first == "help", "\(args)\n\(text)")
            for word in english { XCTAssertFalse(text.contains(word), "\(args): “\(word)” in\n\(text)") }
            let range = NSRange(text.startIndex..., in: text)
            if let match = englishWords?.firstMatch(in: text, range: range), let found = Range(match.range, in: text) {
                XCTFail("\(args): English word “\(text[found])” in\n\(text)")
            }
        }
    }

    func testVietnameseHelpHoldsTheVietnameseTextOfTheOptions() throws {
        let root = try help(["--help"])
        XCTAssertTrue(root.hasPrefix("TÓM TẮT: Chỉ số kinh tế – xã hội của các tỉnh, thành Việt Nam"), root)
        XCTAssertTrue(root.contains("LỆNH CON:\n  dashboard (mặc định)    Mở bảng số liệu toàn màn hình"), root)
        XCTAssertTrue(root.contains("TÙY CHỌN CỦA BẢNG SỐ LIỆU (chiso [tùy_chọn] hoặc chiso dashboard [tùy_chọn]):"), root)
        XCTAssertTrue(root.contains("  --watch                 Nạp lại khi tệp số liệu thay đổi"), root)
        XCTAssertTrue(root.contains("  --data <đường_dẫn>      Tệp hoặc thư mục số liệu"), root)
        XCTAssertTrue(root.contains("  Xem 'chiso help <lệnh_con>' để có trợ giúp chi tiết."), root)
        let report = try help(["report", "--help"])
        XCTAssertTrue(report.contains("CÁCH DÙNG: chiso report --province <tỉnh> [--month <YYYY-MM>]"), report)
        XCTAssertTrue(report.contains("  --lang <vi|en>          Ngôn ngữ: vi hoặc en. (mặc định vi)"), report)
        XCTAssertTrue(report.contains("(chọn: text, markdown, csv, json; mặc định text)"), report)
        XCTAssertTrue(report.contains("Ví dụ: chiso report --province nghe-an --month 2025-05 --format markdown"), report)
        let item = try help(["entry", "item", "--help"])
        XCTAssertTrue(item.contains("  --status <trạng_thái>   planned (chưa triển khai), drafting (đang xây dựng),"), item)
        XCTAssertTrue(try help(["demo-data", "--help"]).contains("  --seed <số>             Số khởi tạo cho bộ sinh số ngẫu nhiên. (mặc định 2025)"))
    }

    /// `--lang en` anywhere on the command line gives English help, for every command — also those
    /// without a `--lang` of their own, after `chiso help`, and `chiso --help` itself (the root's help,
    /// not the dashboard's); `--lang vi` and a value that is no language give Vietnamese.
    func testLangEnAnywhereGivesEnglishHelp() throws {
        for args in commands {
            for english in [args + ["--lang", "en"], args + ["--lang=en"], Array(args.prefix(1)) + ["--lang", "en"] + args.dropFirst()] {
                let text = try help(english)
                XCTAssertTrue(text.contains("USAGE: chiso"), "\(english)\n\(text)")
                XCTAssertTrue(text.contains("\nOPTIONS:\n"), "\(english)\n\(text)")
                XCTAssertFalse(text.contains("CÁCH DÙNG") || text.contains("TÙY CHỌN"), "\(english)\n\(text)")
            }
        }
        for args in [["--lang", "en", "--help"], ["-h", "--lang=en"], ["help", "--lang", "en"]] {
            XCTAssertTrue(try help(args).hasPrefix("OVERVIEW: Socio-economic indicators"), "\(args)")
        }
        let root = try help(["--help", "--lang", "en"])
        XCTAssertTrue(root.hasPrefix("OVERVIEW: Socio-economic indicators of Vietnam's provinces"), root)
        XCTAssertTrue(root.contains("SUBCOMMANDS:\n  dashboard (default)     Open the full-screen dashboard (the default)."), root)
        XCTAssertTrue(root.contains("DASHBOARD OPTIONS (chiso [options] or chiso dashboard [options]):"), root)
        let report = try help(["help", "report", "--lang", "en"])
        XCTAssertTrue(report.contains("  --lang <vi|en>          Language: vi or en. (default: vi)"), report)
        XCTAssertTrue(report.contains("USAGE: chiso report --province <province> [--month <YYYY-MM>]"), report)
        XCTAssertTrue(try help(["report", "--help", "--lang", "vi"]).contains("CÁCH DÙNG: chiso report"))
        XCTAssertTrue(try help(["report", "--help", "--lang", "xx"]).contains("CÁCH DÙNG: chiso report"))
    }

    /// Docs/cli.md pastes `demo-data --help` in both languages: it is the real output.
    func testTheHelpInDocsCliIsTheRealOutput() throws {
        let docs = try String(contentsOf: ChisoProcess.repoRoot.appendingPathComponent("Docs/cli.md"), encoding: .utf8)
        let vi = "$ COLUMNS=80 chiso demo-data --help\n", en = "$ COLUMNS=80 chiso demo-data --help --lang en\n"
        guard let a = docs.range(of: vi), let b = docs.range(of: en, range: a.upperBound..<docs.endIndex),
              let end = docs.range(of: "```", range: b.upperBound..<docs.endIndex) else {
            return XCTFail("Docs/cli.md does not show demo-data --help in both languages")
        }
        XCTAssertEqual(String(docs[a.upperBound..<b.lowerBound]), try help(["demo-data", "--help"]))
        XCTAssertEqual(String(docs[b.upperBound..<end.lowerBound]), try help(["demo-data", "--help", "--lang", "en"]))
    }

    /// `chiso entry` without a subcommand shows the group's help (it said `chiso: --help`, status 1).
    func testAGroupWithoutItsSubcommandShowsItsHelp() throws {
        let text = try help(["entry"])
        XCTAssertTrue(text.hasPrefix("TÓM TẮT: Thêm số liệu vào sổ nhập liệu"), text)
        XCTAssertTrue(text.contains("LỆNH CON:\n  add "), text)
    }

    func testRootHelpListsTheDashboardOptions() throws {
        for (lang, heading, subcommands) in [("vi", "TÙY CHỌN CỦA BẢNG SỐ LIỆU", "LỆNH CON:"), ("en", "DASHBOARD OPTIONS", "SUBCOMMANDS:")] {
            let text = try help(["--help", "--lang", lang])
            XCTAssertTrue(text.contains(heading), text)
            for option in ["--province", "--month", "--lang", "--watch", "--theme", "--data"] {
                XCTAssertTrue(text.contains("\n  \(option) "), "\(option) missing from chiso --help --lang \(lang)\n\(text)")
            }
            // The subcommands are still listed.
            XCTAssertTrue(text.contains(subcommands), text)
        }
    }

    func testValidateHelpHasAnExample() throws {
        for (lang, examples) in [("vi", "Ví dụ:"), ("en", "Examples:")] {
            let text = try help(["validate", "--help", "--lang", lang])
            XCTAssertTrue(text.contains(examples + "\n  chiso validate --data my-figures/\n"), text)
        }
    }

    /// At 80 columns, in both languages, no line but the usage line is longer than 80, and no short line of prose is
    /// followed by the rest of its sentence (a hard line break in the middle of a paragraph).
    func testHelpTextsWrapCleanly() throws {
        for lang in ["vi", "en"] {
            for args in commands {
                let text = try help(args + ["--lang", lang])
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                let isUsage = { (line: String) in line.hasPrefix("USAGE:") || line.hasPrefix("CÁCH DÙNG:") }
                // The usage line is one command line (ArgumentParser does not fold it); the rest fits.
                for line in lines where !isUsage(line) { XCTAssertLessThanOrEqual(line.count, 80, "\(args) \(lang): \(line)") }
                // The prose before the usage: a line ending well short of the width continues a sentence
                // when the next line starts in lower case.
                let prose = lines.prefix { !isUsage($0) }
                for (line, next) in zip(prose, prose.dropFirst()) where !line.isEmpty && line.count < 60 {
                    let first = next.first.map { $0.isLowercase } ?? false
                    XCTAssertFalse(first, "\(args) \(lang): ragged break after “\(line)” / “\(next)”")
                }
                // Options: a value left at the end of a line without its label's value, e.g. “(mặc định” / “34)”.
                for line in lines { XCTAssertFalse(line.hasSuffix(" (mặc định") || line.hasSuffix(" (chọn:"), "\(args) \(lang): \(line)") }
            }
        }
    }
}
