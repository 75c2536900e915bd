import ChisoCore

/// The pure update function: `reduce(&state, action, data)` changes the state and returns the
/// effects the runner must carry out. No I/O, no clock, no randomness.
public enum Reducer {
    /// Turns a key into an action through the key table, then reduces it.
    @discardableResult
    public static func handle(_ key: Key, _ state: inout AppState, _ data: DashboardData) -> [Effect] {
        guard let action = Keymap.action(for: key, in: state.keyMode) else {
            if state.keyMode == .global, case .char(let c) = key, c != " " {
                state.message = state.tr("Phím \(c) chưa dùng — bấm ? để xem các phím", "Key \(c) is not bound — press ? for the keys")
            }
            return []
        }
        return reduce(&state, action, data)
    }

    @discardableResult
    public static func reduce(_ state: inout AppState, _ action: Action, _ data: DashboardData) -> [Effect] {
        switch action {
        case .resize, .setMessage, .reloadFailed, .redraw: break
        default: state.message = nil
        }
        if state.problemsOpen {
            // The problems overlay takes the movement keys; Esc or p closes it; anything else closes it and goes on.
            let rows = max(1, Frame.body(state.size).height - 3)
            let last = max(0, state.problems.count - rows)
            switch action {
            case .up: state.problemsOffset = max(0, state.problemsOffset - 1); return []
            case .down: state.problemsOffset = min(last, state.problemsOffset + 1); return []
            case .pageUp: state.problemsOffset = max(0, state.problemsOffset - rows); return []
            case .pageDown: state.problemsOffset = min(last, state.problemsOffset + rows); return []
            case .top: state.problemsOffset = 0; return []
            case .bottom: state.problemsOffset = last; return []
            case .back, .toggleProblems: state.problemsOpen = false; return []
            case .resize, .setMessage, .reloadFailed, .dataReloaded, .reload, .export, .quit, .scroll, .redraw: break
            default: state.problemsOpen = false
            }
        }
        switch action {
        case .previousMonth: moveMonth(&state, -1, data)
        case .nextMonth: moveMonth(&state, 1, data)
        case .previousYear: moveMonth(&state, -12, data)
        case .nextYear: moveMonth(&state, 12, data)
        case .latestMonth:
            let latest = data.unit(state.province).flatMap { data.analytics.latestPeriod(unit: $0) } ?? data.lastMonth
            state.month = latest
            state.message = state.tr("Tháng mới nhất có số liệu: ", "Latest month with data: ") + Words.month(latest, state.language)
        case .up: move(&state, -1, data)
        case .down: move(&state, 1, data)
        case .pageUp: move(&state, -pageSize(state, data), data)
        case .pageDown: move(&state, pageSize(state, data), data)
        case .top: move(&state, -100_000, data)
        case .bottom: move(&state, 100_000, data)
        case .focusNext: cycleFocus(&state, 1)
        case .focusPrevious: cycleFocus(&state, -1)
        case .show(let screen): go(&state, to: screen, data)
        case .help:
            if state.screen == .help {
                state.screen = state.beforeHelp ?? .overview
            } else {
                state.beforeHelp = state.screen
                state.screen = .help
                state.helpOffset = 0
            }
        case .drillDown: drillDown(&state, data)
        case .back:
            back(&state, data)
            // A place saved before a reload may name a unit or indicator the new data lacks.
            if data.unit(state.province) == nil || data.indicator(state.indicator) == nil { clamp(&state, data) }
        case .startSearch:
            state.search = SearchState()
        case .searchInput(let c):
            var s = state.search ?? SearchState()
            s.query.append(c)
            s.matches = data.search(s.query)
            s.index = 0
            state.search = s
        case .searchDelete:
            if var s = state.search {
                if s.query.isEmpty { state.search = nil } else {
                    s.query.removeLast()
                    s.matches = data.search(s.query)
                    s.index = 0
                    state.search = s
                }
            }
        case .searchCancel:
            state.search = nil
        case .searchCommit:
            guard var s = state.search else { break }
            state.search = nil
            if s.query.isEmpty { break }
            guard s.index < s.matches.count else {
                state.message = state.tr("Không tìm thấy “\(s.query)”", "Nothing matches “\(s.query)”")
                break
            }
            s.editing = false
            state.lastSearch = s
            apply(s.matches[s.index], &state, data, count: s.matches.count, position: s.index)
        case .nextMatch: stepMatch(&state, 1, data)
        case .previousMatch: stepMatch(&state, -1, data)
        case .sortAscending, .sortDescending:
            guard state.screen == .compare else {
                state.message = state.tr("Sắp xếp dùng ở màn hình So sánh (phím 2)", "Sorting works on the Compare screen (key 2)")
                break
            }
            state.compareSort = state.compareColumn
            state.compareAscending = action == .sortAscending
            state.compare = Cursor()
        case .nextIndicator: cycleIndicator(&state, 1, data)
        case .previousIndicator: cycleIndicator(&state, -1, data)
        case .toggleBasis:
            state.basis = state.basis == .ytd ? .month : .ytd
            state.message = state.tr("Kỳ: ", "Basis: ") + Words.basisName(state.basis, state.language)
        case .toggleExpand: toggleExpand(&state, data)
        case .toggleCompareLevel: toggleCompareLevel(&state, data)
        case .toggleLanguage:
            state.language = state.language.other
            state.message = state.tr("Tiếng Việt", "English")
        case .export: return [.export]
        case .reload: return [.reload]
        case .quit: return [.quit]
        case .redraw: return [.redraw]
        case .resize(let size):
            state.size = size
            clamp(&state, data)
        case .click(let x, let y): click(&state, x: x, y: y, data)
        case .scroll(let n):
            if state.problemsOpen {
                state.problemsOffset = min(max(0, state.problems.count - 1), max(0, state.problemsOffset + n))
            } else {
                move(&state, n, data)
            }
        case .setMessage(let m): state.message = m
        case .dataReloaded:
            clamp(&state, data)
            state.staleReason = nil
            state.problems = Array(data.dataset.diagnostics.prefix(AppState.problemLimit))
            state.problemCount = data.dataset.diagnostics.count
            state.problemsOffset = 0
            state.message = state.tr("Đã nạp lại dữ liệu: ", "Data reloaded: ") + data.dataset.label
        case .reloadFailed(let reason, let problems, let total):
            state.staleReason = reason
            state.problems = Array(problems.prefix(AppState.problemLimit))
            state.problemCount = max(total, problems.count)
            state.problemsOffset = 0
            state.message = reason.status(state.language)
        case .toggleProblems:
            state.problemsOpen.toggle()
            state.problemsOffset = 0
        }
        keepCursorsInside(&state, data)
        return []
    }

    /// Keeps the cursors of lists that can shrink behind the user's back (another province or
    /// resolution, reloaded data) inside their lists.
    static func keepCursorsInside(_ state: inout AppState, _ data: DashboardData) {
        func fit(_ c: inout Cursor, _ count: Int, _ visible: Int) {
            c.selected = clampIndex(c.selected, count)
            c.offset = Table.scrolledOffset(selected: c.selected, offset: c.offset, visible: visible, count: count)
        }
        if data.hasCommunes || !state.expanded.isEmpty { reveal(&state, data) }
        fit(&state.resolutionList, data.resolutions.count, ResolutionsScreen.visibleListRows(state.size))
        let items = data.catalogue.items(for: state.province, resolution: ResolutionsScreen.selected(state, data)?.id).count
        fit(&state.items, items, ResolutionsScreen.visibleItemRows(state.size))
    }

    // MARK: Months

    static func moveMonth(_ state: inout AppState, _ delta: Int, _ data: DashboardData) {
        let target = state.month.advanced(by: delta)
        let lo = min(data.firstMonth, state.month), hi = max(data.lastMonth, state.month)
        if target < lo || target > hi {
            let bound = target < lo ? lo : hi
            if bound != state.month { state.month = bound } else {
                state.message = state.tr("Không có số liệu ", "No data ") + (target < lo ? state.tr("trước ", "before ") : state.tr("sau ", "after "))
                    + Words.month(bound, state.language)
            }
        } else {
            state.month = target
        }
        syncDetailOffset(&state)
    }

    // MARK: Moving in lists

    static func pageSize(_ state: AppState, _ data: DashboardData) -> Int {
        switch state.screen {
        case .overview: return max(1, OverviewScreen.visibleListRows(state.size, panelCount: data.panels.count) - 1)
        case .compare: return max(1, CompareScreen.visibleRows(state.size) - 1)
        case .detail: return 12
        case .resolutions: return max(1, ResolutionsScreen.visibleListRows(state.size) - 1)
        case .help: return max(1, HelpScreen.visibleRows(state.size) - 1)
        }
    }

    static func clampIndex(_ i: Int, _ count: Int) -> Int { count <= 0 ? 0 : max(0, min(count - 1, i)) }

    static func move(_ state: inout AppState, _ delta: Int, _ data: DashboardData) {
        switch state.screen {
        case .overview:
            if state.focus == .panels {
                state.panel = clampIndex(state.panel + delta, data.panels.count)
                if data.panels.indices.contains(state.panel) { state.indicator = data.panels[state.panel].primary }
            } else {
                let tree = UnitTree(state, data)
                let current = tree.index(of: state.province) ?? 0
                let next = clampIndex(current + delta, tree.count)
                if let row = tree.row(next) { state.province = row.unit.id }
                syncProvinceCursor(&state, data)
            }
        case .compare:
            let count = CompareScreen.rowCount(state, data)
            state.compare.selected = clampIndex(state.compare.selected + delta, count)
            state.compare.offset = Table.scrolledOffset(selected: state.compare.selected, offset: state.compare.offset,
                                                        visible: CompareScreen.visibleRows(state.size), count: count)
        case .detail:
            let steps = max(-24, min(24, delta))
            moveMonth(&state, steps, data)
        case .resolutions:
            if state.focus == .items {
                let count = data.catalogue.items(for: state.province, resolution: ResolutionsScreen.selected(state, data)?.id).count
                state.items.selected = clampIndex(state.items.selected + delta, count)
                state.items.offset = Table.scrolledOffset(selected: state.items.selected, offset: state.items.offset,
                                                          visible: ResolutionsScreen.visibleItemRows(state.size), count: count)
            } else {
                let docs = data.resolutions
                let current = docs.firstIndex { $0.id == state.resolution } ?? 0
                let next = clampIndex(current + delta, docs.count)
                if docs.indices.contains(next) { state.resolution = docs[next].id }
                state.resolutionList.selected = next
                state.resolutionList.offset = Table.scrolledOffset(selected: next, offset: state.resolutionList.offset,
                                                                   visible: ResolutionsScreen.visibleListRows(state.size), count: docs.count)
                state.items = Cursor()
            }
        case .help:
            let count = HelpScreen.lines(state.language, ascii: state.ascii).count
            state.helpOffset = max(0, min(max(0, count - HelpScreen.visibleRows(state.size)), state.helpOffset + delta))
        }
    }

    static func syncProvinceCursor(_ state: inout AppState, _ data: DashboardData) {
        reveal(&state, data)
        let tree = UnitTree(state, data)
        let selected = tree.index(of: state.province) ?? 0
        state.provinceList.selected = selected
        state.provinceList.offset = Table.scrolledOffset(selected: selected, offset: state.provinceList.offset,
                                                         visible: OverviewScreen.visibleListRows(state.size, panelCount: data.panels.count),
                                                         count: tree.count)
    }

    /// Opens the province of a selected commune, so the list shows it; forgets provinces the data lacks.
    static func reveal(_ state: inout AppState, _ data: DashboardData) {
        if state.expanded.contains(where: { data.communesByParent[$0] == nil }) {
            state.expanded = state.expanded.filter { data.communesByParent[$0] != nil }
        }
        if let parent = data.communePosition[state.province]?.parent { state.expanded.insert(parent) }
    }

    // MARK: Communes

    static func toggleExpand(_ state: inout AppState, _ data: DashboardData) {
        guard data.hasCommunes else {
            state.message = state.tr("Chưa nạp danh mục xã (communes.csv)", "No commune catalogue loaded (communes.csv)")
            return
        }
        guard state.screen == .overview else {
            state.message = state.tr("Mở / đóng danh sách xã ở màn hình Tổng quan (phím 1)", "Communes open and close on the Overview (key 1)")
            return
        }
        guard let unit = data.unit(state.province) else { return }
        let province = data.province(of: unit)
        let count = data.communes(of: province.id).count
        guard count > 0 else {
            state.message = province.displayName(state.language) + state.tr(": không có xã trong danh mục", ": no communes in the catalogue")
            return
        }
        state.focus = .provinces
        if state.expanded.contains(province.id) {
            state.province = province.id
            state.expanded.remove(province.id)
            state.message = province.displayName(state.language) + state.tr(": đã đóng danh sách xã", ": communes closed")
        } else {
            state.expanded.insert(province.id)
            state.message = province.displayName(state.language) + state.tr(": \(count) xã", ": \(count) communes")
        }
        syncProvinceCursor(&state, data)
    }

    static func toggleCompareLevel(_ state: inout AppState, _ data: DashboardData) {
        guard data.hasCommunes else {
            state.message = state.tr("Chưa nạp danh mục xã (communes.csv)", "No commune catalogue loaded (communes.csv)")
            return
        }
        guard state.screen == .compare else {
            state.message = state.tr("Đổi cấp tỉnh / xã ở màn hình So sánh (phím 2)", "Province / commune level switches on the Compare screen (key 2)")
            return
        }
        let hasOwn = CompareScreen.scopeProvince(state, data).map { !data.communes(of: $0.id).isEmpty } ?? false
        switch CompareScreen.level(state, data) {
        case .provinces: state.compareLevel = hasOwn ? .communesOfProvince : .allCommunes
        case .communesOfProvince: state.compareLevel = .allCommunes
        case .allCommunes: state.compareLevel = .provinces
        }
        selectInCompare(&state, data)
        state.message = CompareScreen.levelTitle(state, data)
    }

    /// Puts the Compare cursor on the selected unit (or its province at province level).
    static func selectInCompare(_ state: inout AppState, _ data: DashboardData) {
        let rows = CompareScreen.rows(state, data).rows
        let target: String
        if CompareScreen.level(state, data) == .provinces, let u = data.unit(state.province) { target = data.province(of: u).id } else { target = state.province }
        state.compare.selected = rows.firstIndex { $0.unit.id == target } ?? 0
        state.compare.offset = Table.scrolledOffset(selected: state.compare.selected, offset: 0, visible: CompareScreen.visibleRows(state.size), count: rows.count)
    }

    static func syncDetailOffset(_ state: inout AppState) {
        let months = DetailScreen.months(state)
        if let i = months.firstIndex(of: state.month) {
            state.detail.selected = i
            state.detail.offset = Table.scrolledOffset(selected: i, offset: state.detail.offset, visible: DetailScreen.visibleRows(state.size), count: months.count)
        }
    }

    static func cycleFocus(_ state: inout AppState, _ delta: Int) {
        switch state.screen {
        case .overview: state.focus = state.focus == .panels ? .provinces : .panels
        case .resolutions: state.focus = state.focus == .items ? .list : .items
        case .compare:
            let all = CompareColumn.allCases
            let i = (all.firstIndex(of: state.compareColumn) ?? 0) + delta
            state.compareColumn = all[((i % all.count) + all.count) % all.count]
        case .detail, .help: break
        }
    }

    static func cycleIndicator(_ state: inout AppState, _ delta: Int, _ data: DashboardData) {
        let list = data.indicators
        guard !list.isEmpty else { return }
        let i = (list.firstIndex { $0.id == state.indicator } ?? 0) + delta
        let next = list[((i % list.count) + list.count) % list.count]
        state.indicator = next.id
        state.message = state.tr("Chỉ tiêu: ", "Indicator: ") + next.name(state.language)
        if let p = data.panels.firstIndex(where: { $0.primary == next.id }) { state.panel = p }
    }

    // MARK: Screens and history

    static func push(_ state: inout AppState) {
        state.history.append(state.place)
        if state.history.count > 100 { state.history.removeFirst(state.history.count - 100) }
    }

    static func go(_ state: inout AppState, to screen: ScreenID, _ data: DashboardData) {
        if state.screen == .help {
            state.screen = state.beforeHelp ?? .overview
        }
        guard screen != state.screen else { return }
        push(&state)
        state.screen = screen
        switch screen {
        case .overview: state.focus = .provinces; syncProvinceCursor(&state, data)
        case .compare:
            state.focus = .table
            if data.unit(state.province)?.level == .commune, state.compareLevel == .provinces { state.compareLevel = .communesOfProvince }
            let rows = CompareScreen.rows(state, data).rows
            if let i = rows.firstIndex(where: { $0.unit.id == state.province }) {
                state.compare.selected = i
                state.compare.offset = Table.scrolledOffset(selected: i, offset: 0, visible: CompareScreen.visibleRows(state.size), count: rows.count)
            }
        case .detail: state.focus = .table; syncDetailOffset(&state)
        case .resolutions:
            state.focus = .list
            if data.resolution(state.resolution) == nil, let first = data.resolutions.first { state.resolution = first.id }
            state.resolutionList.selected = data.resolutions.firstIndex { $0.id == state.resolution } ?? 0
        case .help: break
        }
    }

    static func drillDown(_ state: inout AppState, _ data: DashboardData) {
        switch state.screen {
        case .overview:
            if data.panels.indices.contains(state.panel) { state.indicator = data.panels[state.panel].primary }
            go(&state, to: .detail, data)
        case .compare:
            let rows = CompareScreen.rows(state, data).rows
            if rows.indices.contains(state.compare.selected) { state.province = rows[state.compare.selected].unit.id }
            go(&state, to: .detail, data)
        case .resolutions:
            if state.focus == .list { state.focus = .items; state.items = Cursor() } else if let res = ResolutionsScreen.selected(state, data),
                let first = res.trackedBy.first {
                state.indicator = first
                go(&state, to: .detail, data)
            }
        case .detail:
            state.message = state.tr("Đang ở mức chi tiết nhất — Esc để quay lại", "This is the most detailed view — Esc goes back")
        case .help:
            state.screen = state.beforeHelp ?? .overview
        }
    }

    static func back(_ state: inout AppState, _ data: DashboardData) {
        if state.screen == .help {
            state.screen = state.beforeHelp ?? .overview
            return
        }
        if state.screen == .resolutions && state.focus == .items {
            state.focus = .list
            return
        }
        guard let place = state.history.popLast() else {
            state.message = state.tr("Không còn gì để quay lại", "Nothing to go back to")
            return
        }
        state.screen = place.screen
        state.province = place.province
        state.month = place.month
        state.indicator = place.indicator
        state.resolution = place.resolution
        state.focus = place.focus
        if data.communePosition[state.province] != nil { reveal(&state, data) }
    }

    // MARK: Search

    static func apply(_ match: SearchMatch, _ state: inout AppState, _ data: DashboardData, count: Int, position: Int) {
        let where_ = count > 1 ? state.tr(" (kết quả \(position + 1)/\(count), n tiếp theo)", " (match \(position + 1)/\(count), n for next)") : ""
        switch match.kind {
        case .province, .commune:
            if state.screen == .help { state.screen = state.beforeHelp ?? .overview }
            state.province = match.id
            syncProvinceCursor(&state, data)
            if state.screen == .compare {
                // A commune is ranked among the communes of its province; a province among the provinces.
                if match.kind == .commune, CompareScreen.level(state, data) == .provinces { state.compareLevel = .communesOfProvince }
                if match.kind == .province { state.compareLevel = .provinces }
                let rows = CompareScreen.rows(state, data).rows
                if let i = rows.firstIndex(where: { $0.unit.id == match.id }) {
                    state.compare.selected = i
                    state.compare.offset = Table.scrolledOffset(selected: i, offset: state.compare.offset,
                                                                visible: CompareScreen.visibleRows(state.size), count: rows.count)
                }
            }
        case .indicator:
            state.indicator = match.id
            if let p = data.panels.firstIndex(where: { $0.primary == match.id || $0.extras.contains(match.id) }) { state.panel = p }
            if state.screen != .compare { go(&state, to: .detail, data) }
        case .resolution:
            state.resolution = match.id
            go(&state, to: .resolutions, data)
            state.resolutionList.selected = data.resolutions.firstIndex { $0.id == match.id } ?? 0
            state.focus = .list
        }
        state.message = match.label(state.language) + where_
    }

    static func stepMatch(_ state: inout AppState, _ delta: Int, _ data: DashboardData) {
        if var s = state.search, s.editing {
            if !s.matches.isEmpty { s.index = ((s.index + delta) % s.matches.count + s.matches.count) % s.matches.count }
            state.search = s
            return
        }
        guard var s = state.lastSearch, !s.matches.isEmpty else {
            state.message = state.tr("Chưa tìm gì — bấm / để tìm", "No search yet — press / to search")
            return
        }
        s.index = ((s.index + delta) % s.matches.count + s.matches.count) % s.matches.count
        state.lastSearch = s
        apply(s.matches[s.index], &state, data, count: s.matches.count, position: s.index)
    }

    // MARK: Resize, reload, mouse

    static func clamp(_ state: inout AppState, _ data: DashboardData) {
        if data.unit(state.province) == nil, let first = data.busiestUnit() { state.province = first.id }
        if data.indicator(state.indicator) == nil, let first = data.panels.first?.primary ?? data.indicators.first?.id { state.indicator = first }
        state.panel = clampIndex(state.panel, data.panels.count)
        syncProvinceCursor(&state, data)
        if !data.hasCommunes { state.compareLevel = .provinces }
        let count = CompareScreen.rowCount(state, data)
        state.compare.selected = clampIndex(state.compare.selected, count)
        state.compare.offset = Table.scrolledOffset(selected: state.compare.selected, offset: state.compare.offset,
                                                    visible: CompareScreen.visibleRows(state.size), count: count)
        syncDetailOffset(&state)
        move(&state, 0, data)
    }

    static func click(_ state: inout AppState, x: Int, y: Int, _ data: DashboardData) {
        guard !Frame.isTooSmall(state.size) else { return }
        let body = Frame.body(state.size)
        switch state.screen {
        case .overview:
            let lay = OverviewScreen.layout(body, panelCount: data.panels.count)
            if lay.list.contains(x: x, y: y) {
                let visible = OverviewScreen.visibleListRows(state.size, panelCount: data.panels.count)
                let tree = UnitTree(state, data)
                let first = Table.scrolledOffset(selected: state.provinceList.selected, offset: state.provinceList.offset, visible: visible, count: tree.count)
                let row = y - lay.list.y - 2
                state.focus = .provinces
                if row >= 0, row < visible, let hit = tree.row(first + row) {
                    state.province = hit.unit.id
                    syncProvinceCursor(&state, data)
                }
            } else if let i = lay.panels.firstIndex(where: { $0.contains(x: x, y: y) }) {
                if state.focus == .panels && state.panel == i { drillDown(&state, data); return }
                state.focus = .panels
                state.panel = i
                state.indicator = data.panels[i].primary
            }
        case .compare:
            let area = CompareScreen.tableArea(body)
            let visible = CompareScreen.visibleRows(state.size)
            let count = CompareScreen.rowCount(state, data)
            let first = Table.scrolledOffset(selected: state.compare.selected, offset: state.compare.offset, visible: visible, count: count)
            let row = y - area.y - 1
            if area.contains(x: x, y: y), row >= 0, first + row < count {
                if state.compare.selected == first + row { drillDown(&state, data); return }
                state.compare.selected = first + row
            }
        case .resolutions:
            let lay = ResolutionsScreen.layout(body, trackedCount: 0)
            if lay.list.contains(x: x, y: y) {
                let row = y - lay.list.y - 1
                let visible = ResolutionsScreen.visibleListRows(state.size)
                let first = Table.scrolledOffset(selected: state.resolutionList.selected, offset: state.resolutionList.offset, visible: visible, count: data.resolutions.count)
                if row >= 0, data.resolutions.indices.contains(first + row) {
                    state.focus = .list
                    state.resolution = data.resolutions[first + row].id
                    state.resolutionList.selected = first + row
                    state.items = Cursor()
                }
            }
        case .detail, .help: break
        }
    }
}
