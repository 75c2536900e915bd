import Foundation

/// Everything read from a store: the records in the order saved, and problems (torn or damaged
/// records, an unreadable journal) as diagnostics with the journal's file and line.
public struct EntryLog: Sendable {
    public var figures: [FigureEntry] = []
    public var itemChanges: [ItemChange] = []
    public var diagnostics: [Diagnostic] = []

    public init(figures: [FigureEntry] = [], itemChanges: [ItemChange] = [], diagnostics: [Diagnostic] = []) {
        self.figures = figures
        self.itemChanges = itemChanges
        self.diagnostics = diagnostics
    }

    /// Every entry of one figure (unit id, `YYYY-MM`, indicator id, basis), oldest first: its
    /// revisions as entered, with who and when. Ties of `enteredAt` keep the order saved.
    public func history(province: String, period: String, indicator: String, basis: String) -> [FigureEntry] {
        let key = FigureEntry(province: province, period: period, basis: basis, indicator: indicator)
        return figures.enumerated().filter { $0.element.isSameFigure(as: key) }
            .sorted { ($0.element.enteredAt, $0.offset) < ($1.element.enteredAt, $1.offset) }
            .map(\.element)
    }

    /// Every change of one implementation item, oldest first.
    public func history(province: String, resolution: String, document: String) -> [ItemChange] {
        itemChanges.filter { $0.province == province && $0.resolution == resolution && $0.document == document }
    }
}
