import Foundation

extension DerivedValue {
    /// The as-of date (`YYYY-MM-DD`) of the figures behind the value, when one stops before its
    /// period ends: the figure's own, or for a derived value the earliest among its inputs (the
    /// value covers no more than that).
    public var asOf: String? {
        if let figure { return figure.source.asOf }
        return inputs.compactMap(\.source.asOf).min()
    }

    /// "đến 20/5" / "to 20 May" to show next to the value, or nil when it covers its whole period.
    public func asOfLabel(lang: Language) -> String? {
        guard let asOf, let behind = sources.first(where: { $0.source.asOf == asOf }) else { return nil }
        return behind.source.asOfLabel(period: behind.period, lang: lang)
    }
}
