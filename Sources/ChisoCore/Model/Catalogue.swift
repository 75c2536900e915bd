import Foundation

/// The reference data every figure is read against: units, regions, indicators,
/// targets, resolutions and their implementation items.
public struct Catalogue: Sendable {
    public internal(set) var units: [Province] = []
    public private(set) var regions: [Region] = []
    public internal(set) var indicators: [Indicator] = []
    public var targets: [Target] = []
    public var resolutions: [Resolution] = []
    public var items: [ImplementationItem] = []
    /// The entries journal's item changes that applied, in the order saved, each with the item
    /// before and after it (an item's history).
    public var itemChanges: [AppliedItemChange] = []
    /// Items withdrawn by the journal (`withdraw`): not among `items`, kept for their history and revert.
    public var withdrawnItems: [WithdrawnItem] = []
    /// The Overview's headline panels (panels.csv), in order.
    public var panels: [PanelSpec] = []
    /// The Overview's quarterly lines (panels.csv rows of role `quarterly`), in order.
    public var quarterlyPanels: [PanelSpec] = []

    // Internal, not private: the store snapshot saves and reads them back (CatalogueSnapshot).
    var unitIndexByID: [String: Int] = [:]
    var indicatorIndexByID: [String: Int] = [:]
    /// Folded name → unit indices that answer to it; read from a snapshot, decoded at its first use.
    var unitNames = UnitNameIndex()
    var unitsByKey: [String: [Int]] { unitNames.keys }
    private var targetIndex: [String: Int] = [:]

    public init() {}

    public init(units: [Province], regions: [Region], indicators: [Indicator], targets: [Target] = [],
                resolutions: [Resolution] = [], items: [ImplementationItem] = []) {
        self.regions = regions
        self.targets = targets
        self.resolutions = resolutions
        self.items = items
        for unit in units { addUnit(unit) }
        for indicator in indicators { addIndicator(indicator) }
        reindexTargets()
    }

    public mutating func addUnit(_ unit: Province) {
        if let existing = unitIndexByID[unit.id] { units[existing] = unit; return }
        let index = units.count
        units.append(unit)
        unitIndexByID[unit.id] = index
        if !isKnownUniquelyReferenced(&unitNames) { unitNames = unitNames.copy() }
        for key in Self.nameKeys(unit) { unitNames.add(key, unit: index) }
    }

    /// The folded names `unit` answers to (`resolveUnit`).
    static func nameKeys(_ unit: Province) -> Set<String> {
        var keys: Set<String> = [TextFold.key(unit.id), TextFold.unitKey(unit.name), TextFold.unitKey(unit.nameEN), TextFold.key(unit.name)]
        for alias in unit.aliases { keys.insert(TextFold.unitKey(alias)); keys.insert(TextFold.key(alias)) }
        keys.remove("")
        return keys
    }

    public mutating func addIndicator(_ indicator: Indicator) {
        if let existing = indicatorIndexByID[indicator.id] { indicators[existing] = indicator; return }
        indicatorIndexByID[indicator.id] = indicators.count
        indicators.append(indicator)
    }

    public mutating func setRegions(_ regions: [Region]) { self.regions = regions }

    /// Indexes the targets; of several rows for one unit, year and target (a target restated or
    /// revised), the one with the latest `published` date counts, a dated row before an undated one,
    /// then the later row.
    public mutating func reindexTargets() {
        targetIndex = [:]
        for (i, t) in targets.enumerated() {
            let key = "\(t.province)|\(t.year)|\(t.target)"
            if let j = targetIndex[key], (targets[j].source.published ?? "") > (t.source.published ?? "") { continue }
            targetIndex[key] = i
        }
    }

    public func unitIndex(id: String) -> Int? { unitIndexByID[id] }
    public func unit(id: String) -> Province? { unitIndexByID[id].map { units[$0] } }
    public func indicatorIndex(id: String) -> Int? { indicatorIndexByID[id] ?? indicatorIndexByID[id.lowercased()] }
    public func indicator(id: String) -> Indicator? { indicatorIndex(id: id).map { indicators[$0] } }
    public func region(id: String) -> Region? { regions.first { $0.id == id } }

    /// The target a unit has for a year, if any.
    public func target(province: String, year: Int, target: String) -> Target? {
        targetIndex["\(province)|\(year)|\(target)"].map { targets[$0] }
    }

    /// Every row of a unit's target for a year, oldest `published` first: the target as set, then
    /// as restated or revised.
    public func targetHistory(province: String, year: Int, target: String) -> [Target] {
        targets.enumerated().filter { $0.element.province == province && $0.element.year == year && $0.element.target == target }
            .sorted { ($0.element.source.published ?? "", $0.offset) < ($1.element.source.published ?? "", $1.offset) }.map(\.element)
    }

    /// The 34 provincial units in force from 1 July 2025, in catalogue order.
    public var provinces2025: [Province] { units.filter { $0.level == .province } }
    /// The 63 units before 1 July 2025: the 52 merged away and the 11 that continue unchanged.
    public var formerUnits: [Province] { units.filter { $0.level == .former || ($0.level == .province && !$0.wasMerged) } }
    public var national: Province? { units.first { $0.level == .national } }

    /// Resolves a name as written in a data file or typed by a person, for figures of `period`.
    /// Before July 2025 a name shared by a merged 2025 unit and a former unit means the former unit.
    public func resolveUnit(_ text: String, period: Period? = nil) -> Province? {
        if let i = unitIndexByID[text] { return pick([i], period: period) }
        let candidates = unitsByKey[TextFold.unitKey(text)] ?? unitsByKey[TextFold.key(text)] ?? []
        return pick(candidates, period: period)
    }

    private func pick(_ candidates: [Int], period: Period?) -> Province? {
        guard !candidates.isEmpty else { return nil }
        if candidates.count == 1 {
            let unit = units[candidates[0]]
            // An id of a merged 2025 unit given with a pre-July-2025 period still means the
            // former unit of the same name, when there is one.
            if let period, period.isBeforeReorganisation, unit.wasMerged,
               let former = self.unit(id: unit.id + "-former") {
                return former
            }
            return unit
        }
        let options = candidates.map { units[$0] }
        if let period, period.isBeforeReorganisation {
            if let former = options.first(where: { $0.level == .former }) { return former }
        } else {
            if let current = options.first(where: { $0.level == .province }) { return current }
        }
        return options.first { $0.level == .province } ?? options[0]
    }

    /// Resolves a name for a row that may say, in its `scope` column, which side of the
    /// reorganisation it means; without a scope the period decides (`resolveUnit(_:period:)`).
    public func resolveUnit(_ text: String, period: Period?, scope: UnitScope?) -> Province? {
        resolveUnit(text, period: scope?.resolutionPeriod ?? period)
    }

    /// Why `unit` cannot be what a row of scope `scope` means, or nil when it fits: a unit merged
    /// away on 1 July 2025 has no merged scope; a unit formed by a merger has no former scope.
    /// The nation, communes and the 11 unchanged provinces fit both.
    public func scopeProblem(_ unit: Province, scope: UnitScope) -> ScopeProblem? {
        switch (scope, unit.level) {
        case (.merged, .former):
            let successor = unit.successor.flatMap { self.unit(id: $0) }
            guard let successor else {
                return ScopeProblem(message: Phrase(.diagScopeFormerUnit, "\(unit.id)"), hint: Phrase(.diagScopeWriteFormer))
            }
            return ScopeProblem(message: Phrase(.diagScopeFormerUnitMergedInto, "\(unit.id)", "\(successor.id)"),
                                hint: Phrase(.diagScopeWriteFormerOrMerged, "\(successor.id)"))
        case (.former, .province) where unit.wasMerged:
            return ScopeProblem(message: Phrase(.diagScopeFormedFrom, "\(unit.id)", "\(unit.mergedFrom.joined(separator: ", "))"),
                                hint: Phrase(.diagScopeWriteMerged))
        default:
            return nil
        }
    }

    /// A `did you mean` suggestion for an unknown unit name.
    public func suggestUnit(for text: String) -> String? {
        let pool = units.flatMap { unit in [(TextFold.unitKey(unit.nameEN), unit.id), (TextFold.key(unit.id), unit.id)] }
        return TextFold.suggestion(for: TextFold.unitKey(text), among: pool.map { (key: $0.0, value: $0.1) })
    }

    /// A `did you mean` suggestion for an unknown indicator id.
    public func suggestIndicator(for text: String) -> String? {
        TextFold.suggestion(for: text, among: indicators.map { (key: TextFold.key($0.id), value: $0.id) })
    }

    /// Units whose figures make up `unit`'s for `period`: itself from July 2025 or when
    /// unchanged; its former units before July 2025 when it was merged.
    public func constituents(of unit: Province, at period: Period) -> [Province] {
        guard unit.level == .province, unit.wasMerged, period.isBeforeReorganisation else { return [unit] }
        return unit.mergedFrom.compactMap { self.unit(id: $0) }
    }

    /// The units ranked against each other for `period`: the 34 from July 2025, the 63 before.
    public func rankingUnits(at period: Period) -> [Province] {
        period.isBeforeReorganisation ? formerUnits : provinces2025
    }

    /// Implementation items of a unit, optionally for one resolution.
    public func items(for province: String, resolution: String? = nil) -> [ImplementationItem] {
        items.filter { $0.province == province && (resolution == nil || $0.resolution == resolution) }
    }
}
