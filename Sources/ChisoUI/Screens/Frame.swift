import ChisoCore

/// Draws a whole frame from the state and the data: header, the screen, and the bottom line.
/// The live terminal, `chiso render`, exports and tests all go through here.
public enum Frame {
    /// Below this the dashboard shows a notice instead of the screens.
    public static let minimumSize = Size(width: 60, height: 18)

    public static func isTooSmall(_ size: Size) -> Bool {
        size.width < minimumSize.width || size.height < minimumSize.height
    }

    /// The body area between the header and the bottom line.
    public static func body(_ size: Size) -> Rect {
        Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
    }

    public static func render(_ state: AppState, _ data: DashboardData) -> Grid {
        var grid = Grid(size: state.size)
        render(state, data, into: &grid)
        return grid
    }

    /// Draws the frame of `state.size` at the top left of `grid`; nothing outside that size is
    /// touched (tests render into a larger grid to prove it).
    public static func render(_ state: AppState, _ data: DashboardData, into grid: inout Grid) {
        render(state, data, into: &grid, stats: nil)
    }

    /// Draws the frame and counts what it built into `stats`.
    public static func render(_ state: AppState, _ data: DashboardData, stats: RenderStats) -> Grid {
        var grid = Grid(size: state.size)
        render(state, data, into: &grid, stats: stats)
        return grid
    }

    static func render(_ state: AppState, _ data: DashboardData, into grid: inout Grid, stats: RenderStats?) {
        let size = Size(width: max(0, min(state.size.width, grid.width)), height: max(0, min(state.size.height, grid.height)))
        let frame = Rect(x: 0, y: 0, width: size.width, height: size.height)
        grid.fill(frame)
        guard size.width > 0, size.height > 0 else { return }
        if isTooSmall(size) {
            drawTooSmall(state, size: size, into: &grid)
            if state.ascii { grid.mapGraphemes(asciiPunctuation) }
            return
        }
        var ctx = RenderContext(state: state, data: data)
        ctx.stats = stats
        let body = self.body(size)
        switch state.screen {
        case .overview: OverviewScreen.render(&ctx, in: body, to: &grid)
        case .compare: CompareScreen.render(&ctx, in: body, to: &grid)
        case .detail: DetailScreen.render(&ctx, in: body, to: &grid)
        case .resolutions: ResolutionsScreen.render(&ctx, in: body, to: &grid)
        case .help: HelpScreen.render(&ctx, in: body, to: &grid)
        }
        if state.problemsOpen { ProblemsOverlay.render(ctx, in: body, to: &grid) }
        Header.render(ctx, in: Rect(x: 0, y: 0, width: size.width, height: 1), to: &grid)
        BottomLine.render(ctx, in: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), to: &grid)
        if state.ascii { grid.mapGraphemes(asciiPunctuation) }
    }

    /// Punctuation of labels and drawings, for `--ascii`.
    static let asciiPunctuation: [String: String] = [
        "·": ".", "–": "-", "—": "-", "…": "~", "↑": "^", "↓": "v", "←": "<", "→": ">", "↵": "<", "▏": "_", "×": "x",
        "⚑": "!", "◆": "*", "▸": ">", "▾": "v", "›": ">", "│": "|", "─": "-", "“": "\"", "”": "\"",
    ]

    static func drawTooSmall(_ state: AppState, size: Size, into grid: inout Grid) {
        let frame = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let lines = state.language == .vi ? [
            "Cửa sổ quá nhỏ",
            "hiện \(size.width)×\(size.height), cần \(minimumSize.width)×\(minimumSize.height)",
            "phóng to cửa sổ · q thoát",
        ] : [
            "Terminal too small",
            "now \(size.width)×\(size.height), needs \(minimumSize.width)×\(minimumSize.height)",
            "enlarge the window · q quits",
        ]
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < size.height {
            Label(line, role: i == 0 ? .warn : .normal, attributes: i == 0 ? [.bold] : [], alignment: .center,
                  ellipsis: state.symbols.ellipsis)
                .render(in: frame.row(top + i), to: &grid)
        }
    }
}

/// The top line: where you are and what data is loaded.
enum Header {
    static func render(_ ctx: RenderContext, in area: Rect, to grid: inout Grid) {
        guard !area.isEmpty else { return }
        let s = ctx.state
        grid.fill(area, with: Cell(" ", role: .header))
        let sep = " " + ctx.symbols.separator + " "
        var unitName = ctx.data.unit(s.province)?.label(ctx.lang) ?? "—"
        let synthetic = ctx.showsSynthetic || (ctx.state.screen == .compare && ctx.data.dataset.hasSynthetic)
        if let unit = ctx.data.unit(s.province), unit.level == .commune {
            // The path `Nghệ An › Xã …`, cut to what is left beside the shortest forms of the other parts.
            unitName = ctx.data.province(of: unit).displayName(ctx.lang) + " › " + unit.label(ctx.lang)
            let others = DisplayWidth.of(" chỉ số") + 3 * DisplayWidth.of(sep) + DisplayWidth.of(Words.month(s.month, ctx.lang))
                + DisplayWidth.of(Words.screen(s.screen, ctx.lang)) + DisplayWidth.of(s.language.rawValue.uppercased() + " ") + 1
                + (synthetic ? DisplayWidth.of(ctx.lang == .vi ? " MINH HỌA " : " SYNTHETIC ") + 1 : 0)
                + (s.stale ? DisplayWidth.of(ctx.lang == .vi ? " DỮ LIỆU CŨ " : " STALE ") + 1 : 0)
            unitName = DisplayWidth.truncate(unitName, to: max(8, area.width - others), ellipsis: ctx.symbols.ellipsis)
        }
        var left: [Line.Span] = [
            Line.Span(" chỉ số", role: .header, attributes: [.bold]),
            Line.Span(sep + unitName, role: .header, attributes: [.bold]),
            Line.Span(sep + Words.month(s.month, ctx.lang), role: .header, attributes: [.bold]),
            Line.Span(sep, role: .header),
        ]
        var right = "\(ctx.data.dataset.label) · \(NumberFormat.format(Double(ctx.data.dataset.store.count), lang: ctx.lang)) "
            + ctx.tr("số liệu", "figures") + " · " + s.language.rawValue.uppercased() + " "
        let fixedWidth = Line(left).width
        var tabs: [Line.Span] = []
        let shown: [ScreenID] = s.screen == .help ? ScreenID.numbered + [.help] : ScreenID.numbered
        for (i, screen) in shown.enumerated() {
            let name = screen == .help ? Words.screen(screen, ctx.lang) : "\(i + 1) " + Words.screen(screen, ctx.lang)
            tabs.append(Line.Span(screen == s.screen ? "[" + name + "]" : " " + name + " ", role: .header,
                                  attributes: screen == s.screen ? [.bold, .underline] : []))
        }
        let tabsWidth = Line(tabs).width
        var marker = synthetic ? (ctx.lang == .vi ? " MINH HỌA " : " SYNTHETIC ") : ""
        // A failed reload: what is shown is the last good data.
        let staleMarker = s.stale ? (ctx.lang == .vi ? " DỮ LIỆU CŨ " : " STALE ") : ""
        if s.stale { marker = staleMarker + (synthetic ? " " + marker : "") }
        let markerWidth = DisplayWidth.of(marker)
        // Drop the least useful parts first when the line is narrow: other tabs, then the data label.
        if fixedWidth + tabsWidth + markerWidth + DisplayWidth.of(right) > area.width {
            tabs = [Line.Span(Words.screen(s.screen, ctx.lang), role: .header, attributes: [.bold, .underline])]
        }
        if fixedWidth + Line(tabs).width + markerWidth + DisplayWidth.of(right) > area.width {
            right = ctx.data.dataset.label + " · " + s.language.rawValue.uppercased() + " "
        }
        if fixedWidth + Line(tabs).width + markerWidth + DisplayWidth.of(right) > area.width {
            right = s.language.rawValue.uppercased() + " "
        }
        left += tabs
        Line(left).render(in: area, to: &grid)
        let rightWidth = DisplayWidth.of(right)
        let rx = area.maxX - rightWidth
        Label(right, role: .header).render(in: Rect(x: rx, y: area.y, width: rightWidth, height: 1), to: &grid)
        if synthetic || s.stale {
            let mx = max(area.x, rx - markerWidth - 1)
            let width = max(0, min(markerWidth, rx - mx))
            Label(marker, role: s.stale ? .bad : .synthetic, attributes: [.bold, .reverse]).render(in: Rect(x: mx, y: area.y, width: width, height: 1), to: &grid)
        }
    }
}

/// The bottom line: the search prompt, a message, or the key bar.
enum BottomLine {
    static func render(_ ctx: RenderContext, in area: Rect, to grid: inout Grid) {
        guard !area.isEmpty else { return }
        let s = ctx.state
        if let search = s.search, search.editing {
            var spans = [Line.Span(" / ", role: .accent, attributes: [.bold]), Line.Span(search.query, attributes: [.bold]),
                         Line.Span(ctx.symbols.isASCII ? "_" : "▏", role: .accent)]
            if search.query.isEmpty {
                spans.append(Line.Span("  " + ctx.tr("gõ tên tỉnh, chỉ tiêu hoặc nghị quyết (không dấu cũng được)",
                                                     "type a province, indicator or resolution (accents optional)"), role: .muted))
            } else if search.matches.isEmpty {
                spans.append(Line.Span("  " + ctx.tr("không có kết quả", "no match"), role: .warn))
            } else {
                let n = search.matches.count
                spans.append(Line.Span("  " + ctx.tr("\(n) kết quả: ", "\(n) matches: "), role: .muted))
                for (i, m) in search.matches.prefix(6).enumerated() {
                    spans.append(Line.Span((i > 0 ? " · " : "") + m.label(ctx.lang), role: i == search.index ? .accent : .normal,
                                           attributes: i == search.index ? [.bold] : []))
                }
                spans.append(Line.Span("   ↵ " + ctx.tr("đến", "go") + "  Esc " + ctx.tr("hủy", "cancel"), role: .muted))
            }
            Line(spans).render(in: area, to: &grid)
            return
        }
        if let message = s.message, !message.isEmpty {
            Label(" " + message, role: .warn, ellipsis: ctx.symbols.ellipsis).render(in: area, to: &grid)
            return
        }
        var items = Keymap.bar(ctx.lang, ascii: ctx.symbols.isASCII)
        if s.screen != .overview, let i = items.firstIndex(where: { $0.label == ctx.tr("tỉnh", "province") }) {
            items[i].label = s.screen == .detail ? ctx.tr("tháng", "month") : ctx.tr("dòng", "row")
        }
        if s.screen == .compare { items.insert((key: "s S", label: ctx.tr("sắp xếp", "sort"), priority: 6), at: 2) }
        if ctx.data.hasCommunes && s.screen == .overview { items.insert((key: "o", label: ctx.tr("xã", "communes"), priority: 6), at: 2) }
        if ctx.data.hasCommunes && s.screen == .compare { items.insert((key: "c", label: ctx.tr("tỉnh/xã", "level"), priority: 6), at: 2) }
        if s.screen == .compare || s.screen == .detail { items.insert((key: "i", label: ctx.tr("chỉ tiêu", "indicator"), priority: 5), at: 2) }
        KeyBar(items.map { (key: $0.key, label: $0.label) }, priorities: items.map(\.priority)).render(in: area, to: &grid)
    }
}

/// The list of data problems of the last load (`p`), over the screen.
enum ProblemsOverlay {
    static func render(_ ctx: RenderContext, in body: Rect, to grid: inout Grid) {
        let s = ctx.state
        let area = body.inset(1)
        guard !area.isEmpty else { return }
        grid.fill(area)
        let title = ctx.tr("Lỗi dữ liệu (\(s.problemCount)) — Esc hoặc p để đóng", "Data problems (\(s.problemCount)) — Esc or p to close")
        let block = Block(title: title, symbols: ctx.symbols, borderRole: .bad, titleRole: .bad, focused: false)
        block.render(in: area, to: &grid)
        let inner = block.inner(area).inset(left: 1, right: 1)
        guard !inner.isEmpty else { return }
        var y = 0
        let headline: String
        if let reason = s.staleReason {
            headline = reason.explanation(ctx.lang)
        } else if s.problems.isEmpty {
            headline = ctx.tr("Không có lỗi nào khi nạp dữ liệu.", "The data loaded without problems.")
        } else {
            headline = ctx.tr("Các dòng lỗi đã bị bỏ qua; các dòng khác vẫn được dùng.", "Rows with errors were skipped; the other rows are used.")
        }
        Label(headline, role: s.stale ? .bad : .normal, attributes: [.bold], ellipsis: ctx.symbols.ellipsis).render(in: inner.row(y), to: &grid)
        y += 1
        let first = min(max(0, s.problemsOffset), max(0, s.problems.count - 1))
        var i = first
        while y < inner.height, i < s.problems.count {
            let d = s.problems[i]
            Label(d.description, role: d.severity == .error ? .bad : .warn, ellipsis: ctx.symbols.ellipsis).render(in: inner.row(y), to: &grid)
            y += 1
            i += 1
        }
        if i < s.problemCount, inner.height > 1 {
            let more = ctx.tr("↓ còn \(s.problemCount - i)", "↓ \(s.problemCount - i) more")
            Label(more, role: .muted, alignment: .right).render(in: inner.row(inner.height - 1), to: &grid)
        }
    }
}
