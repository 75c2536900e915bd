/// A headline panel of the dashboard's Overview, as Data/panels.csv describes it: a title, a
/// main indicator with the word for its plan, and companion indicators with short row labels.
public struct PanelSpec: Hashable, Sendable {
    /// A companion indicator shown as one row of the panel, under a short label.
    public struct Companion: Hashable, Sendable {
        public let indicator: String
        public let labelVI: String
        public let labelEN: String
        public init(indicator: String, labelVI: String, labelEN: String) {
            self.indicator = indicator
            self.labelVI = labelVI
            self.labelEN = labelEN
        }
        public func label(_ lang: Language) -> String { lang == .vi ? labelVI : labelEN }
    }

    public let id: String
    public let titleVI: String
    public let titleEN: String
    public let primary: String
    /// What the primary indicator's target is called (`kế hoạch` / `plan`, `dự toán` / `estimate`).
    public let planVI: String
    public let planEN: String
    public let companions: [Companion]
    /// True for a quarterly indicator's line (role `quarterly`): the Overview shows the latest
    /// quarter ended by the month, against the year's targets, above the monthly panels.
    public let quarterly: Bool

    public init(id: String, titleVI: String, titleEN: String, primary: String, planVI: String = "kế hoạch", planEN: String = "plan",
                companions: [Companion] = [], quarterly: Bool = false) {
        self.quarterly = quarterly
        self.id = id
        self.titleVI = titleVI
        self.titleEN = titleEN
        self.primary = primary
        self.planVI = planVI
        self.planEN = planEN
        self.companions = companions
    }

    public func title(_ lang: Language) -> String { lang == .vi ? titleVI : titleEN }
    public func plan(_ lang: Language) -> String { lang == .vi ? planVI : planEN }

    /// The companions' indicator ids.
    public var extras: [String] { companions.map(\.indicator) }

    /// True when the panel shows `indicator` (as its main indicator or a companion).
    public func shows(_ indicator: String) -> Bool { primary == indicator || extras.contains(indicator) }
}
