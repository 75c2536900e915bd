import ChisoCore

/// The province list as a tree: the nation and the provinces, with the communes of the expanded
/// provinces under them.
///
/// Nothing is flattened: a row number is found by walking the top-level units (35 of them) and
/// adding the commune counts of the expanded ones, so every question costs the same whether
/// 3,321 communes are loaded or none, and rows are built only for the window asked for.
public struct UnitTree {
    public struct Row: Hashable, Sendable {
        public let unit: Province
        /// 0 for the nation and provinces, 1 for communes.
        public let depth: Int
        /// The number of communes under a province row (0 for communes).
        public let children: Int
        public let isExpanded: Bool
    }

    public let data: DashboardData
    public let expanded: Set<String>

    public init(_ data: DashboardData, expanded: Set<String>) {
        self.data = data
        self.expanded = expanded
    }

    public init(_ state: AppState, _ data: DashboardData) { self.init(data, expanded: state.expanded) }

    /// Communes shown under a top-level unit.
    func shown(_ unit: Province) -> Int {
        guard expanded.contains(unit.id) else { return 0 }
        return data.communesByParent[unit.id]?.count ?? 0
    }

    /// Rows in the list.
    public var count: Int {
        var n = 0
        for u in data.units { n += 1 + shown(u) }
        return n
    }

    /// The row number of a unit, nil when it is a commune of a collapsed province (or unknown).
    public func index(of id: String) -> Int? {
        let position = data.communePosition[id]
        var n = 0
        for u in data.units {
            if u.id == id { return n }
            if let position, position.parent == u.id { return expanded.contains(u.id) ? n + 1 + position.index : nil }
            n += 1 + shown(u)
        }
        return nil
    }

    /// The row at `index`, nil outside the list.
    public func row(_ index: Int) -> Row? { rows(from: index, count: 1).first }

    /// Up to `count` rows from `start`: the work is the top-level walk plus the rows returned.
    public func rows(from start: Int, count wanted: Int) -> [Row] {
        guard start >= 0, wanted > 0 else { return [] }
        var out: [Row] = []
        out.reserveCapacity(min(wanted, 256))
        var n = 0
        for u in data.units {
            let children = data.communesByParent[u.id]?.count ?? 0
            let open = children > 0 && expanded.contains(u.id)
            let span = 1 + (open ? children : 0)
            if n + span <= start { n += span; continue }
            if n >= start { out.append(Row(unit: u, depth: 0, children: children, isExpanded: open)) }
            if out.count == wanted { return out }
            if open, let communes = data.communesByParent[u.id] {
                var k = max(0, start - n - 1)
                while k < communes.count {
                    out.append(Row(unit: communes[k], depth: 1, children: 0, isExpanded: false))
                    if out.count == wanted { return out }
                    k += 1
                }
            }
            n += span
        }
        return out
    }
}
