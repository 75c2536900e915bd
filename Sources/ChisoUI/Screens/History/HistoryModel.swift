import ChisoCore

/// Every value one figure has had, newest first: the value shown and its revisions, each with
/// who entered it and when (an entry) or the data file it came from, its source and its quote.
public struct HistoryModel: Hashable, Sendable {
    /// One value of the figure.
    public struct Line: Hashable, Sendable {
        public let value: Double
        public let source: Source
        /// True for the value the dashboard shows.
        public let isShown: Bool

        /// When it became known: the entry's time, else the publication's date.
        public var when: String { source.enteredAt ?? source.published ?? "" }
    }

    public let lines: [Line]

    public init(_ history: HistoryState, _ data: DashboardData) {
        guard let figure = data.dataset.figure(history.province, history.indicator, history.basis, history.month) else {
            lines = []
            return
        }
        let all = [Line(value: figure.value, source: figure.source, isShown: true)]
            + figure.revisions.map { Line(value: $0.value, source: $0.source, isShown: false) }
        lines = all.enumerated().sorted { ($0.element.when, -$0.offset) > ($1.element.when, -$1.offset) }.map(\.element)
    }

    /// A value in the CSV's form (`11360`, `64.1`), for a revert entry.
    static func csv(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }

    /// The entry that makes `line` the figure's value again: its value, source and dates, as a
    /// new revision (the journal is never changed).
    func revert(_ line: Line, _ history: HistoryState, unit: String, note: String) -> EntryDraft {
        EntryDraft(province: history.province, period: history.month.description, basis: history.basis.rawValue, indicator: history.indicator,
                   value: HistoryModel.csv(line.value), unit: unit, source: line.source.citation, published: line.source.published ?? "",
                   asOf: line.source.asOf ?? "", note: note, quote: line.source.quote)
    }
}
