import ChisoCore

/// The data the dashboard reads, prepared once per load: analytics, the ordered lists the
/// screens move through, and the search index.
public struct DashboardData: Sendable {
    public let dataset: Dataset
    public let analytics: Analytics
    /// The nation first, then the provincial units in catalogue order.
    public let units: [Province]
    public let indicators: [Indicator]
    public let resolutions: [Resolution]
    public let panels: [PanelSpec]
    /// The quarterly lines above the panels (panels.csv, role `quarterly`).
    public let quarterlyPanels: [PanelSpec]
    public let firstMonth: Period
    public let lastMonth: Period
    /// Commune-level units under each province id, in catalogue order (empty without a commune catalogue).
    public let communesByParent: [String: [Province]]
    /// Where each commune sits: its province id and its position among that province's communes.
    let communePosition: [String: (parent: String, index: Int)]
    /// How many commune-level units were loaded.
    public let communeCount: Int
    let searchIndex: SearchIndex

    /// True for an indicator the data gives by quarter (a `quarterly` line of panels.csv: GRDP growth):
    /// Detail lists its quarters, Compare ranks its latest quarter.
    public func isQuarterly(_ indicatorID: String) -> Bool {
        dataset.catalogue.quarterlyPanels.contains { $0.primary == indicatorID }
    }

    /// Prepares `dataset`; the panels are the catalogue's (panels.csv) unless given.
    public init(_ dataset: Dataset, panels: [PanelSpec]? = nil) {
        self.dataset = dataset
        analytics = Analytics(dataset)
        let catalogue = dataset.catalogue
        units = (catalogue.national.map { [$0] } ?? []) + catalogue.provinces2025
        // Companion indicators (changes, shares) are shown inside panels; the list keeps the main ones first.
        indicators = catalogue.indicators
        resolutions = catalogue.resolutions
        self.panels = (panels ?? catalogue.panels).filter { catalogue.indicator(id: $0.primary) != nil }
        quarterlyPanels = panels == nil ? catalogue.quarterlyPanels.filter { catalogue.indicator(id: $0.primary) != nil } : []
        firstMonth = dataset.store.firstPeriod ?? Period(year: 2025, month: 1)
        // Under `--vintage` no month after the vintage day's existed: charts and the month list stop there.
        let last = dataset.store.lastPeriod ?? Period(year: 2025, month: 12)
        lastMonth = dataset.vintage.map { min(last, $0.date.period) } ?? last
        // Communes hang under a province of the list; a commune whose parent is not listed is left out of the tree.
        let listed = Set(units.map(\.id))
        var byParent: [String: [Province]] = [:]
        var position: [String: (parent: String, index: Int)] = [:]
        var communes: [Province] = []
        for u in catalogue.units where u.level == .commune {
            guard let parent = u.parent, listed.contains(parent) else { continue }
            position[u.id] = (parent, byParent[parent]?.count ?? 0)
            byParent[parent, default: []].append(u)
            communes.append(u)
        }
        communesByParent = byParent
        communePosition = position
        communeCount = communes.count
        // Built at the first search (folding 3,321 commune names cost 13 % of a `chiso render`).
        searchIndex = SearchIndex(units: units, communes: communes, indicators: indicators, resolutions: resolutions)
    }

    public var catalogue: Catalogue { dataset.catalogue }

    public func unit(_ id: String) -> Province? { catalogue.unit(id: id) }
    public func indicator(_ id: String) -> Indicator? { catalogue.indicator(id: id) }
    public func resolution(_ id: String) -> Resolution? { resolutions.first { $0.id == id } }
    public func unitIndex(_ id: String) -> Int? { units.firstIndex { $0.id == id } }

    /// True when commune-level units were loaded: the province list is a tree and Compare can rank communes.
    public var hasCommunes: Bool { communeCount > 0 }

    /// How many months of `year` the data has reached: charts draw no month after `lastMonth`.
    public func monthsSoFar(in year: Int) -> Int {
        lastMonth.year > year ? 12 : (lastMonth.year < year ? 0 : lastMonth.month)
    }

    /// The communes of a province, in catalogue order.
    public func communes(of province: String) -> [Province] { communesByParent[province] ?? [] }

    /// The province a unit belongs to: a commune's parent, else the unit itself.
    public func province(of unit: Province) -> Province {
        if unit.level == .commune, let parent = communePosition[unit.id]?.parent, let p = self.unit(parent) { return p }
        return unit
    }

    /// A commune's name under its province, without the `(Province)` the name may repeat.
    public func nameUnderParent(_ unit: Province, _ lang: Language) -> String {
        let name = unit.label(lang)
        guard unit.level == .commune, let parent = unit.parent.flatMap({ self.unit($0) }) else { return name }
        let suffix = " (" + parent.displayName(lang) + ")"
        return name.hasSuffix(suffix) && name.count > suffix.count ? String(name.dropLast(suffix.count)) : name
    }

    /// Results for a query, case- and diacritic-insensitive: provinces, then indicators, then
    /// resolutions, then communes; names that start with the query before names that contain it.
    public func search(_ query: String) -> [SearchMatch] {
        let q = TextFold.key(query)
        guard !q.isEmpty else { return [] }
        var starts: [SearchMatch] = []
        var contains: [SearchMatch] = []
        for (match, keys) in searchIndex.entries {
            if keys.contains(where: { $0.hasPrefix(q) || $0.contains(" " + q) }) { starts.append(match) } else if keys.contains(where: { $0.contains(q) }) { contains.append(match) }
        }
        let order: [SearchMatch.Kind: Int] = [.province: 0, .indicator: 1, .resolution: 2, .commune: 3]
        let rank = { (m: SearchMatch) in order[m.kind] ?? 3 }
        return starts.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
            + contains.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }

    /// The unit with the most figures: a sensible first view. A province when any province has
    /// figures; else, with commune data only, the commune with the most figures.
    public func busiestUnit() -> Province? {
        let counts = dataset.store.countByUnit
        let all = catalogue.units
        // By index, without copying a unit: with thousands of communes this is part of every start.
        func busiest(_ pool: [Int]) -> (index: Int, count: Int)? {
            var best: (index: Int, count: Int)?
            for i in pool {
                let count = counts[i] ?? 0
                if let b = best, count < b.count || (count == b.count && all[i].id > all[b.index].id) { continue }
                best = (i, count)
            }
            return best
        }
        let province = busiest(all.indices.filter { all[$0].level == .province })
        if (province?.count ?? 0) == 0, hasCommunes,
           let commune = busiest(all.indices.filter { communePosition[all[$0].id] != nil }), commune.count > 0 {
            return all[commune.index]
        }
        return province.map { all[$0.index] } ?? units.first
    }
}

extension Province {
    /// The name shown in lists and headers: a province without its prefix (`Nghệ An`), a commune
    /// with it (`Xã …` and `Phường …` are different kinds of unit).
    public func label(_ lang: Language) -> String {
        level == .commune && lang == .vi ? name : displayName(lang)
    }
}
