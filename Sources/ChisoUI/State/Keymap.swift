import ChisoCore

/// Where a key binding applies: everywhere, or while typing a search.
public enum KeyMode: String, CaseIterable, Hashable, Sendable {
    case global
    case search
}

/// One row of the key table: keys, the action they send, and what it does in each language.
public struct KeyBinding: Hashable, Sendable {
    public let mode: KeyMode
    public let keys: [Key]
    public let action: Action
    public let vi: String
    public let en: String
    /// Short hints for the key bar: the keys as shown there and a word in each language, on the
    /// screens they apply to (a key may read differently on different screens).
    public let bar: [Bar]

    public struct Bar: Hashable, Sendable {
        public let keys: String
        public let asciiKeys: String
        public let vi: String
        public let en: String
        /// Lower goes first when the bar is too narrow for every hint; 0 is never dropped.
        public let priority: Int
        /// Where the hint stands in the bar, left to right.
        public let order: Int
        /// The screens that show the hint.
        public let screens: Set<ScreenID>
        /// Shown only when a commune catalogue is loaded.
        public let needsCommunes: Bool
    }

    public init(_ mode: KeyMode, _ keys: [Key], _ action: Action, vi: String, en: String, bar: [Bar] = []) {
        self.mode = mode
        self.keys = keys
        self.action = action
        self.vi = vi
        self.en = en
        self.bar = bar
    }

    public func text(_ lang: Language) -> String { lang == .vi ? vi : en }
}

/// The key table. It is the single source of the key handling, the help screen, the key bar
/// and Docs/keys.md.
public enum Keymap {
    private static func c(_ s: Character) -> Key { .char(s) }
    private static func bar(_ keys: String, _ ascii: String, _ vi: String, _ en: String, _ priority: Int, order: Int,
                            on screens: Set<ScreenID> = Set(ScreenID.allCases), communes: Bool = false) -> KeyBinding.Bar {
        KeyBinding.Bar(keys: keys, asciiKeys: ascii, vi: vi, en: en, priority: priority, order: order, screens: screens, needsCommunes: communes)
    }
    private static let rowScreens: Set<ScreenID> = [.compare, .resolutions, .help]

    public static let bindings: [KeyBinding] = [
        KeyBinding(.global, [.left, c("h")], .previousMonth, vi: "tháng trước", en: "previous month", bar: [bar("←→", "<>", "tháng", "month", 9, order: 10)]),
        KeyBinding(.global, [.right, c("l")], .nextMonth, vi: "tháng sau", en: "next month"),
        KeyBinding(.global, [c("[")], .previousYear, vi: "năm trước (cùng tháng)", en: "previous year (same month)"),
        KeyBinding(.global, [c("]")], .nextYear, vi: "năm sau (cùng tháng)", en: "next year (same month)"),
        KeyBinding(.global, [c("t")], .latestMonth, vi: "tháng mới nhất có số liệu", en: "latest month with data"),
        KeyBinding(.global, [.up, c("k")], .up, vi: "tỉnh / dòng trên", en: "previous province / row", bar: [bar("↑↓", "jk", "tỉnh", "province", 3, order: 20, on: [.overview]),
                        bar("↑↓", "jk", "tháng", "month", 3, order: 20, on: [.detail]), bar("↑↓", "jk", "dòng", "row", 3, order: 20, on: rowScreens)]),
        KeyBinding(.global, [.down, c("j")], .down, vi: "tỉnh / dòng dưới", en: "next province / row"),
        KeyBinding(.global, [.tab], .focusNext, vi: "chuyển vùng / cột tiếp theo", en: "focus next pane / column"),
        KeyBinding(.global, [.backtab], .focusPrevious, vi: "chuyển vùng / cột trước", en: "focus previous pane / column"),
        KeyBinding(.global, [c("1")], .show(.overview), vi: "màn hình Tổng quan", en: "Overview screen", bar: [bar("1-4", "1-4", "màn hình", "screens", 7, order: 70)]),
        KeyBinding(.global, [c("2")], .show(.compare), vi: "màn hình So sánh các tỉnh", en: "Compare provinces screen"),
        KeyBinding(.global, [c("3")], .show(.detail), vi: "màn hình Chi tiết chỉ tiêu", en: "Indicator detail screen"),
        KeyBinding(.global, [c("4")], .show(.resolutions), vi: "màn hình Nghị quyết, kết luận", en: "Resolutions screen"),
        KeyBinding(.global, [.enter], .drillDown, vi: "xem chi tiết", en: "drill down", bar: [bar("↵", "Enter", "chi tiết", "detail", 6, order: 80)]),
        KeyBinding(.global, [.esc, .backspace], .back, vi: "quay lại", en: "back"),
        KeyBinding(.global, [c("/")], .startSearch, vi: "tìm tỉnh, chỉ tiêu, nghị quyết (không dấu cũng được)",
                   en: "search provinces, indicators, resolutions (accents optional)", bar: [bar("/", "/", "tìm", "search", 8, order: 90)]),
        KeyBinding(.global, [c("n")], .nextMatch, vi: "kết quả tìm tiếp theo", en: "next match"),
        KeyBinding(.global, [c("N")], .previousMatch, vi: "kết quả tìm trước", en: "previous match"),
        KeyBinding(.global, [c("s")], .sortAscending, vi: "sắp xếp tăng dần theo cột đang chọn", en: "sort ascending by the focused column",
                   bar: [bar("s S", "s S", "sắp xếp", "sort", 6, order: 50, on: [.compare])]),
        KeyBinding(.global, [c("S")], .sortDescending, vi: "sắp xếp giảm dần theo cột đang chọn", en: "sort descending by the focused column"),
        KeyBinding(.global, [c("g"), .home], .top, vi: "lên đầu", en: "first row"),
        KeyBinding(.global, [c("G"), .end], .bottom, vi: "xuống cuối", en: "last row"),
        KeyBinding(.global, [.pageUp], .pageUp, vi: "trang trước", en: "page up"),
        KeyBinding(.global, [.pageDown], .pageDown, vi: "trang sau", en: "page down"),
        KeyBinding(.global, [c("i")], .nextIndicator, vi: "chỉ tiêu tiếp theo (So sánh, Chi tiết)", en: "next indicator (Compare, Detail)",
                   bar: [bar("i", "i", "chỉ tiêu", "indicator", 5, order: 30, on: [.compare, .detail])]),
        KeyBinding(.global, [c("I")], .previousIndicator, vi: "chỉ tiêu trước", en: "previous indicator"),
        KeyBinding(.global, [c("b")], .toggleBasis, vi: "đổi kỳ: tháng / lũy kế từ đầu năm", en: "switch basis: month / year to date"),
        KeyBinding(.global, [c("o")], .toggleExpand, vi: "mở / đóng danh sách xã của tỉnh đang chọn (Tổng quan)",
                   en: "open / close the communes of the selected province (Overview)", bar: [bar("o", "o", "xã", "communes", 6, order: 60, on: [.overview], communes: true)]),
        KeyBinding(.global, [c("c")], .toggleCompareLevel, vi: "So sánh: tỉnh → xã của tỉnh đang chọn → mọi xã",
                   en: "Compare: provinces → communes of the selected province → all communes",
                   bar: [bar("c", "c", "tỉnh/xã", "level", 6, order: 40, on: [.compare], communes: true)]),
        KeyBinding(.global, [c("L")], .toggleLanguage, vi: "chuyển tiếng Việt / English", en: "switch Vietnamese / English", bar: [bar("L", "L", "English", "Tiếng Việt", 5, order: 100)]),
        KeyBinding(.global, [c("e")], .export, vi: "xuất màn hình ra tệp .txt và .md", en: "export the screen to .txt and .md files", bar: [bar("e", "e", "xuất", "export", 4, order: 110)]),
        KeyBinding(.global, [c("r")], .reload, vi: "nạp lại dữ liệu (lỗi thì giữ dữ liệu cũ)", en: "reload data (on errors the last good data stays)"),
        KeyBinding(.global, [c("p")], .toggleProblems, vi: "danh sách lỗi dữ liệu của lần nạp gần nhất", en: "list the data problems of the last load"),
        KeyBinding(.global, [.ctrlL], .redraw, vi: "vẽ lại toàn bộ màn hình (khi màn hình bị lỗi hiển thị)",
                   en: "redraw the whole screen (when it is garbled)"),
        KeyBinding(.global, [c("?")], .help, vi: "trợ giúp (bảng phím này)", en: "help (this key table)", bar: [bar("?", "?", "trợ giúp", "help", 0, order: 120)]),
        KeyBinding(.global, [c("q"), .ctrlC], .quit, vi: "thoát", en: "quit", bar: [bar("q", "q", "thoát", "quit", 0, order: 130)]),
        KeyBinding(.search, [.enter], .searchCommit, vi: "đến kết quả đầu tiên", en: "go to the first match"),
        KeyBinding(.search, [.esc], .searchCancel, vi: "hủy tìm kiếm", en: "cancel the search"),
        KeyBinding(.search, [.backspace], .searchDelete, vi: "xóa ký tự cuối", en: "delete the last character"),
        KeyBinding(.search, [.up], .previousMatch, vi: "kết quả trước", en: "previous match"),
        KeyBinding(.search, [.down, .tab], .nextMatch, vi: "kết quả tiếp theo", en: "next match"),
        KeyBinding(.search, [.ctrlL], .redraw, vi: "vẽ lại toàn bộ màn hình", en: "redraw the whole screen"),
        KeyBinding(.search, [.ctrlC], .quit, vi: "thoát", en: "quit"),
    ]

    /// The action for a key in a mode; in search mode other printable characters are typed.
    public static func action(for key: Key, in mode: KeyMode) -> Action? {
        if let b = bindings.first(where: { $0.mode == mode && $0.keys.contains(key) }) { return b.action }
        if mode == .search, case .char(let ch) = key, !(ch.unicodeScalars.first.map { $0.value < 0x20 || $0.value == 0x7F } ?? true) {
            return .searchInput(ch)
        }
        return nil
    }

    /// Bindings of a mode.
    public static func bindings(in mode: KeyMode) -> [KeyBinding] { bindings.filter { $0.mode == mode } }

    /// Keys bound more than once within a mode (must be empty).
    public static func duplicates() -> [String] {
        var seen: Set<String> = []
        var dups: [String] = []
        for b in bindings {
            for k in b.keys {
                let id = b.mode.rawValue + " " + k.label
                if !seen.insert(id).inserted { dups.append(id) }
            }
        }
        return dups
    }

    /// The key-bar entries of a screen, left to right.
    public static func bar(_ lang: Language, ascii: Bool, screen: ScreenID, communes: Bool) -> [(key: String, label: String, priority: Int)] {
        bindings.flatMap(\.bar).filter { $0.screens.contains(screen) && (communes || !$0.needsCommunes) }
            .enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }.map(\.element)
            .map { (ascii ? $0.asciiKeys : $0.keys, lang == .vi ? $0.vi : $0.en, $0.priority) }
    }

    /// Title of a mode's section in help and docs.
    public static func title(of mode: KeyMode, _ lang: Language) -> String {
        switch (mode, lang) {
        case (.global, .vi): return "Mọi màn hình"
        case (.global, .en): return "Everywhere"
        case (.search, .vi): return "Khi đang gõ tìm kiếm (sau /)"
        case (.search, .en): return "While typing a search (after /)"
        }
    }

    /// Keys joined for display (`← h`).
    public static func keysText(_ b: KeyBinding, ascii: Bool = false) -> String {
        b.keys.map { ascii ? $0.asciiLabel : $0.label }.joined(separator: " ")
    }

    /// Extra lines of help that are not bindings: typing in search, the mouse.
    public static func notes(_ lang: Language) -> [(String, String)] {
        lang == .vi ? [
            ("ký tự khác", "khi tìm: gõ vào ô tìm kiếm"),
            ("chuột", "bấm để chọn, cuộn bánh xe để di chuyển; giữ Shift để bôi đen văn bản"),
        ] : [
            ("other keys", "while searching: typed into the query"),
            ("mouse", "click selects, the wheel scrolls; hold Shift to select text"),
        ]
    }

    /// Docs/keys.md, generated from the table (`swift run chiso render … --screen help` shows the same).
    public static func markdown() -> String {
        var out = "<!-- Generated from Sources/ChisoUI/State/Keymap.swift by `Scripts/gen-keys-doc.sh`; do not edit by hand. -->\n"
        out += "# chiso — keys / phím tắt\n\n"
        out += "The dashboard's keys, from the same table that drives the key handling, the help screen (`?`) and the key bar.\n"
        out += "Bảng phím của bảng điều khiển, sinh từ cùng một bảng với xử lý phím, màn hình trợ giúp (`?`) và thanh phím.\n"
        for mode in KeyMode.allCases {
            out += "\n## \(title(of: mode, .en)) / \(title(of: mode, .vi))\n\n"
            out += "| Keys | Action | Tác vụ |\n|---|---|---|\n"
            for b in bindings(in: mode) {
                let keys = b.keys.map { "`\($0.label == "`" ? "` ` `" : $0.label)`" }.joined(separator: " ")
                out += "| \(keys) | \(b.en) | \(b.vi) |\n"
            }
        }
        let en = notes(.en), vi = notes(.vi)
        out += "\n## Other / Khác\n\n| Input | Action | Tác vụ |\n|---|---|---|\n"
        for (e, v) in zip(en, vi) { out += "| \(e.0) / \(v.0) | \(e.1) | \(v.1) |\n" }
        out += "\n`--keys` scripts (`chiso render --keys \"…\"`) name keys as: a single character for itself, or "
        out += Key.named.map { "`\($0.0)`" }.joined(separator: " ") + ".\n"
        return out
    }
}
