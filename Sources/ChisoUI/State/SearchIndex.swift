import ChisoCore
import Foundation

/// The folded names the search matches against (`DashboardData.search`), built at the first
/// search rather than at every start: a render or a report never searches.
final class SearchIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var built: [(match: SearchMatch, keys: [String])]?
    private let units: [Province], communes: [Province], indicators: [Indicator], resolutions: [Resolution]

    init(units: [Province], communes: [Province], indicators: [Indicator], resolutions: [Resolution]) {
        self.units = units
        self.communes = communes
        self.indicators = indicators
        self.resolutions = resolutions
    }

    /// Every searchable thing with its keys: provinces, communes, indicators, resolutions.
    var entries: [(match: SearchMatch, keys: [String])] {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        var index: [(match: SearchMatch, keys: [String])] = []
        for u in units {
            let keys = [TextFold.key(u.shortName), TextFold.key(u.nameEN), TextFold.key(u.id)] + u.aliases.map(TextFold.key)
            index.append((SearchMatch(kind: .province, id: u.id, labelVI: u.displayName(.vi), labelEN: u.displayName(.en)), keys))
        }
        for c in communes {
            let keys = [TextFold.key(c.name), TextFold.key(c.shortName), TextFold.key(c.nameEN), TextFold.key(c.id)] + c.aliases.map(TextFold.key)
            index.append((SearchMatch(kind: .commune, id: c.id, labelVI: c.label(.vi), labelEN: c.label(.en)), keys))
        }
        for i in indicators {
            let keys = [TextFold.key(i.nameVI), TextFold.key(i.nameEN), TextFold.key(i.shortVI), TextFold.key(i.shortEN), TextFold.key(i.id)]
            index.append((SearchMatch(kind: .indicator, id: i.id, labelVI: i.shortVI, labelEN: i.shortEN), keys))
        }
        for r in resolutions {
            let keys = [TextFold.key(r.shortVI), TextFold.key(r.shortEN), TextFold.key(r.id), TextFold.key(r.title.vi), TextFold.key(r.title.en)]
            index.append((SearchMatch(kind: .resolution, id: r.id, labelVI: r.shortVI, labelEN: r.shortEN), keys))
        }
        built = index
        return index
    }
}
