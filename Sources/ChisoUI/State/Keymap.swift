import ChisoCore

/// Where a key binding applies: everywhere, or while typing a search.
public enum KeyMode: String, CaseIterable, Hashable, Sendable {
    case global
    case search
    /// While typing a month after `m`.
    case month
    /// While the entry form (`a`) is open.
    case form
}

/// One row of the key table: keys, the action they send, and what it does in each language.
public struct KeyBinding: Hashable, Sendable {
    public let mode: KeyMode
    public let keys: [Key]
    public let action: Action
    /// What the binding does, as a glossary term.
    public let term: Term
    /// Short hints for the key bar: the keys as shown there and a word in each language, on the
    /// screens they apply to (a key may read differently on different screens).
    public let bar: [Bar]

    public struct Bar: Hashable, Sendable {
        public let keys: String
        public let asciiKeys: String
        /// The hint's word, as a glossary term.
        public let term: Term
        /// Lower goes first when the bar is too narrow for every hint; 0 is never dropped.
        public let priority: Int
        /// Where the hint stands in the bar, left to right.
        public let order: Int
        /// The screens that show the hint.
        public let screens: Set<ScreenID>
        /// Shown only when a commune catalogue is loaded.
        public let needsCommunes: Bool
        /// Shown only while one of these panes has the focus (nil: whatever has it).
        public let focus: Set<Focus>?
    }

    public init(_ mode: KeyMode, _ keys: [Key], _ action: Action, _ term: Term, bar: [Bar] = []) {
        self.mode = mode
        self.keys = keys
        self.action = action
        self.term = term
        self.bar = bar
    }

    public func text(_ lang: Language) -> String { Glossary.text(term, lang) }
}

/// The key table. It is the single source of the key handling, the help screen, the key bar
/// and Docs/keys.md.
public enum Keymap {
    private static func c(_ s: Character) -> Key { .char(s) }
    private static func bar(_ keys: String, _ ascii: String, _ term: Term, _ priority: Int, order: Int,
                            on screens: Set<ScreenID> = Set(ScreenID.allCases), communes: Bool = false, focus: Set<Focus>? = nil) -> KeyBinding.Bar {
        KeyBinding.Bar(keys: keys, asciiKeys: ascii, term: term, priority: priority, order: order, screens: screens, needsCommunes: communes,
                       focus: focus)
    }
    private static let rowScreens: Set<ScreenID> = [.compare, .resolutions, .help]
    /// Resolutions: the list of documents, or the selected document's items (after Tab).
    private static let documents: Set<Focus> = [.list], items: Set<Focus> = [.items]

    public static let bindings: [KeyBinding] = [
        KeyBinding(.global, [.left, c("h")], .previousMonth, .keyPreviousMonth, bar: [bar("←→", "<>", .barMonth, 9, order: 10)]),
        KeyBinding(.global, [.right, c("l")], .nextMonth, .keyNextMonth),
        KeyBinding(.global, [c("[")], .previousYear, .keyPreviousYearSameMonth),
        KeyBinding(.global, [c("]")], .nextYear, .keyNextYearSameMonth),
        KeyBinding(.global, [c("t")], .latestMonth, .keyLatestMonthWithData),
        KeyBinding(.global, [c("m")], .startMonthPrompt, .keyGoToATypedMonth),
        KeyBinding(.global, [.up, c("k")], .up, .keyPreviousProvinceRow, bar: [bar("↑↓", "jk", .barProvince, 3, order: 20, on: [.overview]),
                        bar("↑↓", "jk", .barMonth, 3, order: 20, on: [.detail]), bar("↑↓", "jk", .barRow, 3, order: 20, on: rowScreens)]),
        KeyBinding(.global, [.down, c("j")], .down, .keyNextProvinceRow),
        KeyBinding(.global, [.tab], .focusNext, .keyFocusNextPaneColumn, bar: [bar("Tab", "Tab", .barItems, 8, order: 25, on: [.resolutions], focus: documents)]),
        KeyBinding(.global, [.backtab], .focusPrevious, .keyFocusPreviousPaneColumn),
        KeyBinding(.global, [c("1")], .show(.overview), .keyOverviewScreen, bar: [bar("1-4", "1-4", .barScreens, 7, order: 70)]),
        KeyBinding(.global, [c("2")], .show(.compare), .keyCompareProvincesScreen),
        KeyBinding(.global, [c("3")], .show(.detail), .keyIndicatorDetailScreen),
        KeyBinding(.global, [c("4")], .show(.resolutions), .keyResolutionsScreen),
        KeyBinding(.global, [.enter], .drillDown, .keyDrillDown, bar: [bar("↵", "Enter", .barDetail, 6, order: 80, on: Set(ScreenID.allCases).subtracting([.resolutions])),
                                                                       bar("↵", "Enter", .barOpen, 6, order: 28, on: [.resolutions], focus: items)]),
        KeyBinding(.global, [.esc, .backspace], .back, .keyBack),
        KeyBinding(.global, [c("/")], .startSearch, .keySearchProvincesIndicatorsResolutionsAccents, bar: [bar("/", "/", .barSearch, 8, order: 90)]),
        KeyBinding(.global, [c("n")], .nextMatch, .keyNextMatch),
        KeyBinding(.global, [c("N")], .previousMatch, .keyPreviousMatch),
        KeyBinding(.global, [c("s")], .sortAscending, .keySortAscendingByTheFocused,
                   bar: [bar("s S", "s S", .barSort, 6, order: 50, on: [.compare])]),
        KeyBinding(.global, [c("S")], .sortDescending, .keySortDescendingByTheFocused),
        KeyBinding(.global, [c("g"), .home], .top, .keyFirstRow),
        KeyBinding(.global, [c("G"), .end], .bottom, .keyLastRow),
        KeyBinding(.global, [.pageUp], .pageUp, .keyPageUp),
        KeyBinding(.global, [.pageDown], .pageDown, .keyPageDown),
        KeyBinding(.global, [c("i")], .nextIndicator, .keyNextIndicatorCompareDetail,
                   bar: [bar("i", "i", .barIndicator, 5, order: 30, on: [.compare, .detail])]),
        KeyBinding(.global, [c("I")], .previousIndicator, .keyPreviousIndicator),
        KeyBinding(.global, [c("b")], .toggleBasis, .keySwitchBasisMonthYearTo),
        KeyBinding(.global, [c("o")], .toggleExpand, .keyOpenCloseTheCommunesOf, bar: [bar("o", "o", .barCommunes, 6, order: 60, on: [.overview], communes: true)]),
        KeyBinding(.global, [c("c")], .toggleCompareLevel, .keyCompareProvincesCommunesOfThe,
                   bar: [bar("c", "c", .barLevel, 6, order: 40, on: [.compare], communes: true)]),
        KeyBinding(.global, [c("L")], .toggleLanguage, .keySwitchVietnameseEnglish, bar: [bar("L", "L", .barTiNgViT, 5, order: 100)]),
        KeyBinding(.global, [c("e")], .export, .keyExportTheScreenToTxt, bar: [bar("e", "e", .barExport, 8, order: 110)]),
        KeyBinding(.global, [c("B")], .writeBrief, .keyWriteTheBrief),
        KeyBinding(.global, [c("r")], .reload, .keyReloadDataOnErrorsThe),
        KeyBinding(.global, [c("a")], .openEntryForm, .keyAddAFigure, bar: [bar("a", "a", .barAddItem, 7, order: 26, on: [.resolutions], focus: documents),
                                                                             bar("a", "a", .barUpdateItem, 8, order: 26, on: [.resolutions], focus: items)]),
        KeyBinding(.global, [c("H")], .showHistory, .keyFigureHistory, bar: [bar("H", "H", .barHistory, 4, order: 27, on: [.resolutions], focus: documents),
                                                                              bar("H", "H", .barHistory, 7, order: 27, on: [.resolutions], focus: items)]),
        KeyBinding(.global, [c("p")], .toggleProblems, .keyListTheDataProblemsOf),
        KeyBinding(.global, [c("P")], .toggleProjector, .keyProjector),
        KeyBinding(.global, [c("f")], .snapBack, .keySnapBack),
        KeyBinding(.global, [.ctrlL], .redraw, .keyRedrawTheWholeScreenWhen),
        KeyBinding(.global, [c("?")], .help, .keyHelpThisKeyTable, bar: [bar("?", "?", .barHelp, 0, order: 120)]),
        KeyBinding(.global, [c("q"), .ctrlC], .quit, .keyQuit, bar: [bar("q", "q", .barQuit, 0, order: 130)]),
        KeyBinding(.search, [.enter], .searchCommit, .keyGoToTheFirstMatch),
        KeyBinding(.search, [.esc], .searchCancel, .keyCancelTheSearch),
        KeyBinding(.search, [.backspace], .searchDelete, .keyDeleteTheLastCharacter),
        KeyBinding(.search, [.up], .previousMatch, .keyPreviousMatch2),
        KeyBinding(.search, [.down, .tab], .nextMatch, .keyNextMatch2),
        KeyBinding(.search, [.ctrlL], .redraw, .keyRedrawTheWholeScreen),
        KeyBinding(.search, [.ctrlC], .quit, .keyQuit),
        KeyBinding(.month, [.enter], .monthCommit, .keyGoToTheTypedMonth),
        KeyBinding(.month, [.esc], .monthCancel, .keyMonthCancel),
        KeyBinding(.month, [.backspace], .monthDelete, .keyDeleteTheLastCharacter),
        KeyBinding(.month, [.ctrlL], .redraw, .keyRedrawTheWholeScreen),
        KeyBinding(.month, [.ctrlC], .quit, .keyQuit),
        KeyBinding(.form, [.tab, .down], .formNext, .keyFormNextField),
        KeyBinding(.form, [.backtab, .up], .formPrevious, .keyFormPreviousField),
        KeyBinding(.form, [.left], .formChoose(-1), .keyFormPreviousChoice),
        KeyBinding(.form, [.right], .formChoose(1), .keyFormNextChoice),
        KeyBinding(.form, [.enter], .formSave, .keyFormSave),
        KeyBinding(.form, [.esc], .formCancel, .keyFormCancel),
        KeyBinding(.form, [.backspace], .formEdit(.deleteBackward), .keyFormDeleteBackward),
        KeyBinding(.form, [.ctrlW], .formEdit(.deleteWord), .keyFormDeleteWord),
        KeyBinding(.form, [.ctrlU], .formEdit(.deleteToStart), .keyFormDeleteToStart),
        KeyBinding(.form, [.home], .formEdit(.home), .keyFormHome),
        KeyBinding(.form, [.end], .formEdit(.end), .keyFormEnd),
        KeyBinding(.form, [.ctrlL], .redraw, .keyRedrawTheWholeScreen),
        KeyBinding(.form, [.ctrlC], .quit, .keyQuit),
    ]

    /// The action for a key in a mode; in search mode other printable characters are typed.
    public static func action(for key: Key, in mode: KeyMode) -> Action? {
        if let b = bindings.first(where: { $0.mode == mode && $0.keys.contains(key) }) { return b.action }
        if mode != .global, case .char(let ch) = key, !(ch.unicodeScalars.first.map { $0.value < 0x20 || $0.value == 0x7F } ?? true) {
            switch mode {
            case .search: return .searchInput(ch)
            case .form: return .formInput(ch)
            default: return .monthInput(ch)
            }
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

    /// The key-bar entries of a screen, left to right, for the pane that has the focus (on
    /// Resolutions: Tab into the items from the documents; `a`, `H`, ↵ on an item). On Detail for a
    /// quarterly indicator (`quarterly`) the rows are quarters, and ↑↓ says so.
    public static func bar(_ lang: Language, ascii: Bool, screen: ScreenID, communes: Bool,
                           quarterly: Bool = false, focus: Focus? = nil) -> [(key: String, label: String, priority: Int)] {
        bindings.flatMap(\.bar).filter { hint in
            hint.screens.contains(screen) && (communes || !hint.needsCommunes) && (hint.focus.map { f in focus.map(f.contains) ?? false } ?? true)
        }
            .enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }.map(\.element)
            .map { hint in
                let term = quarterly && screen == .detail && hint.screens == [.detail] && hint.term == .barMonth ? Term.barQuarter : hint.term
                return (ascii ? hint.asciiKeys : hint.keys, Glossary.text(term, lang), hint.priority)
            }
    }

    /// Title of a mode's section in help and docs.
    public static func title(of mode: KeyMode, _ lang: Language) -> String {
        switch mode {
        case .global: return Glossary.text(.keyModeGlobal, lang)
        case .search: return Glossary.text(.keyModeSearch, lang)
        case .month: return Glossary.text(.keyModeMonth, lang)
        case .form: return Glossary.text(.keyModeForm, lang)
        }
    }

    /// Keys joined for display (`← h`).
    public static func keysText(_ b: KeyBinding, ascii: Bool = false) -> String {
        b.keys.map { ascii ? $0.asciiLabel : $0.label }.joined(separator: " ")
    }

    /// Extra lines of help that are not bindings: typing in search, the mouse.
    public static func notes(_ lang: Language) -> [(String, String)] {
        [(Glossary.text(.keyOtherKeys, lang), Glossary.text(.keyOtherKeysTyped, lang)),
         (Glossary.text(.keyMouse, lang), Glossary.text(.keyMouseUse, lang))]
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
                out += "| \(keys) | \(b.text(.en)) | \(b.text(.vi)) |\n"
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
