import ChisoCore

/// Where the dashboard opens: the command-line starting options.
public struct StartOptions: Sendable {
    public var province: String?
    public var month: String?
    public var screen: String?
    public var indicator: String?
    public var resolution: String?
    public var language: String?
    public var ascii = false
    public var mono = false
    /// `--big`: open in the projector layout.
    public var projector = false
    public init() {}
}

/// A starting option that names nothing in the data. The message echoes the option as given,
/// so it passes the terminal gate here, wherever it is printed.
public struct StartError: Error, CustomStringConvertible {
    public let description: String
    public init(description: String) { self.description = Sanitizer.terminal(description) }
}

/// The dashboard without a terminal: state, data, keys in, frames out.
public struct DashboardSession: Sendable {
    public var state: AppState
    public private(set) var data: DashboardData

    public init(data: DashboardData, options: StartOptions, size: Size) throws {
        self.data = data
        state = try DashboardSession.initialState(data, options, size)
    }

    public static func initialState(_ data: DashboardData, _ o: StartOptions, _ size: Size) throws -> AppState {
        var s = AppState()
        s.size = size
        s.ascii = o.ascii
        s.mono = o.mono
        s.projector = o.projector
        if let l = o.language {
            guard let lang = Language(rawValue: l.lowercased()) else { throw StartError(description: "unknown --lang '\(l)': use vi or en") }
            s.language = lang
        }
        let cat = data.catalogue
        if let p = o.province {
            guard let unit = cat.resolveUnit(p) ?? cat.resolveUnit(p, period: Period.reorganisation) else {
                let hint = cat.suggestUnit(for: p).map { " (did you mean \($0)?)" } ?? ""
                throw StartError(description: "unknown --province '\(p)'\(hint)")
            }
            // Former units are shown through the 2025 unit they became.
            let shown = unit.level == .former ? (unit.successor.flatMap { cat.unit(id: $0) } ?? unit) : unit
            s.province = shown.id
        } else {
            s.province = data.busiestUnit()?.id ?? data.units.first?.id ?? ""
        }
        if let m = o.month {
            guard let period = Period(m), !period.isQuarter else { throw StartError(description: "invalid --month '\(m)': use YYYY-MM, e.g. 2025-05") }
            s.month = period
        } else {
            s.month = data.unit(s.province).flatMap { data.analytics.latestPeriod(unit: $0) } ?? data.lastMonth
        }
        s.indicator = data.panels.first?.primary ?? data.indicators.first?.id ?? ""
        if let i = o.indicator {
            guard let ind = cat.indicator(id: i) ?? cat.indicators.first(where: { TextFold.key($0.shortEN) == TextFold.key(i) || TextFold.key($0.shortVI) == TextFold.key(i) }) else {
                let hint = cat.suggestIndicator(for: i).map { " (did you mean \($0)?)" } ?? ""
                throw StartError(description: "unknown --indicator '\(i)'\(hint); known: " + cat.indicators.map(\.id).joined(separator: ", "))
            }
            s.indicator = ind.id
            if let p = data.panels.firstIndex(where: { $0.shows(ind.id) }) { s.panel = p }
        }
        s.resolution = data.resolutions.first?.id ?? ""
        if let r = o.resolution {
            let key = TextFold.key(r)
            guard let res = data.resolutions.first(where: { $0.id == r || TextFold.key($0.id) == key || TextFold.key($0.shortVI) == key
                || TextFold.key($0.shortEN) == key || $0.number == r }) else {
                throw StartError(description: "unknown --resolution '\(r)'; known: " + data.resolutions.map(\.id).joined(separator: ", "))
            }
            s.resolution = res.id
            s.resolutionList.selected = data.resolutions.firstIndex { $0.id == res.id } ?? 0
        }
        if let name = o.screen {
            let key = name.lowercased()
            guard let screen = ScreenID(rawValue: key) ?? ScreenID.allCases.first(where: { TextFold.key(Words.screen($0, .vi)) == TextFold.key(key) })
                ?? Int(key).flatMap({ ScreenID.numbered.indices.contains($0 - 1) ? ScreenID.numbered[$0 - 1] : nil }) else {
                throw StartError(description: "unknown --screen '\(name)': use overview, compare, detail, resolutions or help")
            }
            s.screen = screen
            s.focus = screen == .overview ? .provinces : (screen == .resolutions ? .list : .table)
            if screen == .help { s.beforeHelp = .overview }
        }
        if s.screen == .compare { CompareUpdate.select(s.province, &s, data) }
        Reducer.reduce(&s, .resize(size), data)
        s.message = nil
        s.problems = Array(data.dataset.diagnostics.prefix(AppState.problemLimit))
        s.problemCount = data.dataset.diagnostics.count
        return s
    }

    /// Sends one key; returns the effects for the runner.
    @discardableResult
    public mutating func send(_ key: Key) -> [Effect] { Reducer.handle(key, &state, data) }

    @discardableResult
    public mutating func apply(_ action: Action) -> [Effect] { Reducer.reduce(&state, action, data) }

    /// Sends keys until one asks to quit; returns the effects seen.
    @discardableResult
    public mutating func send(_ keys: [Key]) -> [Effect] {
        var effects: [Effect] = []
        for k in keys {
            let e = send(k)
            effects += e
            if e.contains(.quit) { break }
        }
        return effects
    }

    public func frame() -> Grid { Frame.render(state, data) }

    /// Swaps in freshly loaded data in one step (the old data stays until then). The screen,
    /// the cursors and the scroll stay; on Compare, where new figures may re-rank the rows, the
    /// cursor stays on the unit it was on.
    public mutating func replace(data newData: DashboardData) {
        let unit = state.screen == .compare ? CompareTable.unitAtCursor(state, data) : nil
        data = newData
        Reducer.reduce(&state, .dataReloaded, data)
        if let unit {
            CompareUpdate.select(unit, &state, data)
            LayoutPass.run(&state, data)
        }
    }

    /// Takes the result of a reload: data that `ReloadCheck` accepts replaces the current data;
    /// data with errors, data without a figure (when the current data has some) and data missing
    /// a file the current data was read from are refused, and the current (last good) data stays,
    /// marked stale, with the reason in the status line and the problems listed. Returns true
    /// when the data was replaced.
    @discardableResult
    public mutating func reloaded(_ newData: DashboardData) -> Bool {
        let check = ReloadCheck.refusal(current: data.dataset, new: newData.dataset)
        if let reason = check.reason {
            Reducer.reduce(&state, .reloadFailed(reason, Array(check.problems.prefix(AppState.problemLimit)), total: check.problems.count), data)
            return false
        }
        replace(data: newData)
        return true
    }
}
