import ChisoCore

#if DEBUG
/// Counts of what a frame built, for tests that check only the visible rows are built. A test
/// hook: compiled only in debug builds (`make test` builds debug); release builds count nothing.
public final class RenderStats {
    /// Rows of the province tree built.
    public var treeRowsBuilt = 0
    /// Compare table rows drawn (their columns filled in).
    public var compareRowsBuilt = 0
    /// Sparkline series computed in the Compare table.
    public var sparklinesBuilt = 0
    public init() {}
}
#else
/// Release builds have no counters: nothing to count into.
final class RenderStats {}
#endif

/// What building one frame's view model needs (state, data, the helpers that word figures) and
/// what it learns while building (synthetic figures shown). Views draw from the model, not from this.
public struct RenderContext {
    public let state: AppState
    public let data: DashboardData
    public var showsSynthetic = false
    /// Where to count the rows built, when a test asks (debug builds only).
    var stats: RenderStats?

    public init(state: AppState, data: DashboardData) {
        self.state = state
        self.data = data
    }

    /// Counts rows and series built, into `stats` (debug builds only; nothing in release).
    func count(treeRows: Int = 0, compareRows: Int = 0, sparklines: Int = 0) {
        #if DEBUG
        guard let stats else { return }
        stats.treeRowsBuilt += treeRows
        stats.compareRowsBuilt += compareRows
        stats.sparklinesBuilt += sparklines
        #endif
    }

    public var lang: Language { state.language }
    public var symbols: Symbols { state.symbols }
    public var analytics: Analytics { data.analytics }
    /// A word of the glossary in the language of the interface.
    public func tr(_ term: Term, _ args: String...) -> String { Glossary.text(key: term.rawValue, lang, args) }

    /// Notes a value being shown, to raise the header's synthetic marker.
    public mutating func saw(_ value: DerivedValue?) {
        if value?.isSynthetic == true { showsSynthetic = true }
    }

    /// `~` derived, `⚑` revised, `◆` synthetic; notes a synthetic value for the header.
    public mutating func markers(_ value: DerivedValue?) -> String {
        saw(value)
        return marks(value)
    }

    /// The markers of a value, without noting it (table cells say synthetic on their own).
    public func marks(_ value: DerivedValue?) -> String {
        guard let value else { return "" }
        return (value.isDerived ? symbols.derived : "") + (value.hasRevisions ? symbols.revised : "") + (value.isSynthetic ? symbols.synthetic : "")
    }

    /// The role of a change: good when it goes the way the indicator wants.
    public func changeRole(_ change: Double, _ indicator: Indicator) -> Role {
        if change == 0 || !change.isFinite { return .normal }
        return (change > 0) == indicator.higherIsBetter ? .good : .bad
    }

    /// `▲ +8,4 %` with its role.
    public func changeSpan(_ change: Double, _ indicator: Indicator) -> Line.Span {
        let arrow = change > 0 ? symbols.up : (change < 0 ? symbols.down : symbols.flat)
        return Line.Span(arrow + " " + Words.percent(change, lang), role: changeRole(change, indicator))
    }

    /// The source lines of a panel, each in a full, a shorter and a bare form for narrow panels:
    /// `nguồn: baonghean.vn, 2025-06-10 (+1 nguồn khác)` for one publication, else one line per
    /// publication after its mark (`¹ vneconomy.vn, 2025-06-03`). One empty line without figures.
    public func sourceText(_ notes: SourceNotes) -> [(full: String, short: String, bare: String)] {
        // A figure that stops before its month ends says so next to its source: "vneconomy.vn, 2025-06-03, đến 20/5".
        func asOf(_ s: Source) -> String { s.asOfLabel(period: state.month, lang: lang).map { ", " + $0 } ?? "" }
        // Under `--vintage` a source without a published date is marked undated: "id.vietnam.vn, chưa rõ ngày".
        func undated(_ s: Source) -> String { data.dataset.vintage != nil && s.published == nil ? ", " + tr(.vintageUndatedShort) : "" }
        func label(_ s: Source) -> String { s.isSynthetic ? tr(.frameIllustrativeSyntheticData) : s.shortLabel(lang) + undated(s) + asOf(s) }
        func host(_ s: Source) -> String { (s.isSynthetic ? label(s) : s.host) + asOf(s) }
        guard let first = notes.sources.first else { return [("", "", "")] }
        if notes.isMixed {
            return notes.sources.enumerated().map { n, s in
                let mark = SourceNotes.mark(n + 1, ascii: symbols.isASCII) + " "
                return (mark + label(s), mark + label(s), mark + (s.isSynthetic ? label(s) : host(s)))
            }
        }
        let short = (tr(.resolutionsSource) + " ") + label(first)
        let full = short + (notes.otherSources > 0 ? (" " + tr(.frameN1More, "\(notes.otherSources)")) : "")
        return [(full, short, label(first))]
    }

    /// The basis with more values over the window ending at `end` (month wins ties).
    public func preferredBasis(_ unit: Province, _ indicator: Indicator, ending end: Period, months: Int) -> (Basis, [DerivedValue?]) {
        let m = analytics.series(unit: unit, indicator: indicator, basis: .month, ending: end, months: months)
        let y = analytics.series(unit: unit, indicator: indicator, basis: .ytd, ending: end, months: months)
        let mc = m.compactMap { $0 }.count, yc = y.compactMap { $0 }.count
        return yc > mc ? (.ytd, y) : (.month, m)
    }
}
