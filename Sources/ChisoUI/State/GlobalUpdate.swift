import ChisoCore

/// What an action does on every screen alike: months, screens and history, search, indicator and
/// basis, language, reloads, size. Screen updates take what means something particular to them first.
enum GlobalUpdate {
    static func update(_ state: inout AppState, _ action: Action, _ data: DashboardData) -> [Effect] {
        switch action {
        case .previousMonth: moveMonth(&state, -1, data)
        case .nextMonth: moveMonth(&state, 1, data)
        case .previousYear: moveMonth(&state, -12, data)
        case .nextYear: moveMonth(&state, 12, data)
        case .latestMonth:
            let latest = data.unit(state.province).flatMap { data.analytics.latestPeriod(unit: $0) } ?? data.lastMonth
            state.month = latest
            state.message = (state.tr(.messageLatestMonthWithData) + " ") + Words.month(latest, state.language)
        case .up, .down, .pageUp, .pageDown, .top, .bottom, .scroll, .focusNext, .focusPrevious, .drillDown, .click:
            break
        case .show(let screen): Navigation.go(&state, to: screen, data)
        case .help:
            if state.screen == .help {
                state.screen = state.beforeHelp ?? .overview
            } else {
                state.beforeHelp = state.screen
                state.screen = .help
                state.helpOffset = 0
            }
        case .back:
            Navigation.back(&state, data)
            // A place saved before a reload may name a unit or indicator the new data lacks.
            if data.unit(state.province) == nil || data.indicator(state.indicator) == nil { clamp(&state, data) }
        case .startMonthPrompt: state.monthPrompt = ""
        case .monthInput(let c): state.monthPrompt = (state.monthPrompt ?? "") + String(c)
        case .monthDelete:
            if let typed = state.monthPrompt { state.monthPrompt = typed.isEmpty ? nil : String(typed.dropLast()) }
        case .monthCancel: state.monthPrompt = nil
        case .monthCommit: commitMonth(&state, data)
        case .startSearch, .searchInput, .searchDelete, .searchCancel, .searchCommit, .nextMatch, .previousMatch:
            SearchUpdate.update(&state, action, data)
        case .sortAscending, .sortDescending:
            state.message = state.tr(.messageSortingWorksOnTheCompare)
        case .nextIndicator: cycleIndicator(&state, 1, data)
        case .previousIndicator: cycleIndicator(&state, -1, data)
        case .toggleBasis:
            state.basis = state.basis == .ytd ? .month : .ytd
            state.message = (state.tr(.messageBasis) + " ") + Words.basisName(state.basis, state.language)
        case .toggleExpand:
            state.message = data.hasCommunes
                ? state.tr(.messageCommunesOpenAndCloseOn)
                : state.tr(.messageNoCommuneCatalogueLoadedCommunes)
        case .toggleCompareLevel:
            state.message = data.hasCommunes
                ? state.tr(.messageProvinceCommuneLevelSwitchesOn)
                : state.tr(.messageNoCommuneCatalogueLoadedCommunes)
        case .toggleLanguage:
            state.language = state.language.other
            state.message = state.tr(.messageEnglish)
        case .export: return [.export]
        case .writeBrief: return [.brief]
        case .reload: return [.reload]
        case .quit: return [.quit]
        case .redraw: return [.redraw]
        // The entry form's own actions (EntryFormUpdate takes them while it is open).
        case .openEntryForm, .formInput, .formEdit, .formNext, .formPrevious, .formChoose, .formSave, .formCancel,
             .entrySaved, .entrySaveFailed, .itemChangeSaved, .showHistory: break
        case .resize(let size):
            state.size = size
            clamp(&state, data)
        case .setMessage(let m): state.message = m
        case .dataReloaded:
            clamp(&state, data)
            state.staleReason = nil
            state.problems = Array(data.dataset.diagnostics.prefix(AppState.problemLimit))
            state.problemCount = data.dataset.diagnostics.count
            state.problemsOffset = 0
            state.message = (state.tr(.messageDataReloaded) + " ") + data.dataset.label
        case .reloadFailed(let reason, let problems, let total):
            state.staleReason = reason
            state.problems = Array(problems.prefix(AppState.problemLimit))
            state.problemCount = max(total, problems.count)
            state.problemsOffset = 0
            state.message = reason.status(state.language)
        case .toggleProblems:
            state.problemsOpen.toggle()
            state.problemsOffset = 0
        case .toggleProjector: state.projector.toggle()
        case .snapBack, .meeting: break
        }
        return []
    }

    /// Moves the month by `delta`, stopping at the first and last months with data.
    /// Goes to the month typed after `m`: `2025-05`, `5/2025`, `T5/2025`, or `5` (that month of the year shown).
    static func commitMonth(_ state: inout AppState, _ data: DashboardData) {
        let typed = (state.monthPrompt ?? "").trimmingCharacters(in: .whitespaces)
        state.monthPrompt = nil
        guard !typed.isEmpty else { return }
        guard let month = parseMonth(typed, year: state.month.year) else {
            state.message = state.tr(.messageBadMonth, typed)
            return
        }
        guard month >= data.firstMonth, month <= data.lastMonth else {
            state.message = state.tr(.messageMonthOutsideData, Words.month(month, state.language),
                                     Words.month(data.firstMonth, state.language), Words.month(data.lastMonth, state.language))
            return
        }
        state.month = month
    }

    /// A month as people type it: `2025-05`, `2025-5`, `5/2025`, `05/2025`, `T5/2025`, or a month number alone.
    static func parseMonth(_ text: String, year: Int) -> Period? {
        var t = text.uppercased()
        if t.hasPrefix("T") { t.removeFirst() }
        let parts = t.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy({ $0.isASCII && $0.isNumber }) }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        let (y, m): (Int, Int)
        switch (parts.count, parts.first?.count ?? 0) {
        case (1, 1...2): (y, m) = (year, numbers[0])
        case (2, 4): (y, m) = (numbers[0], numbers[1])
        case (2, 1...2): (y, m) = (numbers[1], numbers[0])
        default: return nil
        }
        guard (1...12).contains(m), (1990...2100).contains(y) else { return nil }
        return Period(year: y, month: m)
    }

    static func moveMonth(_ state: inout AppState, _ delta: Int, _ data: DashboardData) {
        let target = state.month.advanced(by: delta)
        let lo = min(data.firstMonth, state.month), hi = max(data.lastMonth, state.month)
        if target < lo || target > hi {
            let bound = target < lo ? lo : hi
            if bound != state.month { state.month = bound } else {
                state.message = (state.tr(.messageNoData) + " ") + (target < lo ? (state.tr(.messageBefore) + " ") : (state.tr(.messageAfter) + " "))
                    + Words.month(bound, state.language)
            }
        } else {
            state.month = target
        }
    }

    static func cycleIndicator(_ state: inout AppState, _ delta: Int, _ data: DashboardData) {
        let list = data.indicators
        guard !list.isEmpty else { return }
        let i = (list.firstIndex { $0.id == state.indicator } ?? 0) + delta
        let next = list[((i % list.count) + list.count) % list.count]
        state.indicator = next.id
        state.message = (state.tr(.messageIndicator) + " ") + next.name(state.language)
        if let p = data.panels.firstIndex(where: { $0.primary == next.id }) { state.panel = p }
    }

    /// After a resize or a reload: a unit, an indicator and a panel that exist, and the current
    /// screen's cursor inside its list.
    static func clamp(_ state: inout AppState, _ data: DashboardData) {
        if data.unit(state.province) == nil, let first = data.busiestUnit() { state.province = first.id }
        if data.indicator(state.indicator) == nil, let first = data.panels.first?.primary ?? data.indicators.first?.id { state.indicator = first }
        state.panel = Reducer.clampIndex(state.panel, data.panels.count)
        if !data.hasCommunes { state.compareLevel = .provinces }
        Reducer.move(&state, 0, data)
    }
}
