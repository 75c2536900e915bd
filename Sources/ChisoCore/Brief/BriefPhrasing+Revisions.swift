import Foundation

/// A value another publication gave for a figure behind the brief (the figure's indicator, basis and period, and
/// the revision with its source).
struct RevisedFigure: Equatable {
    let indicator: Indicator
    let basis: Basis
    let period: Period
    let revision: Revision
}

extension BriefPhrasing {
    /// One sentence per earlier (or other) publication, naming each of its values with what it is, in the
    /// phrasing of section I: "Số liệu công bố ngày 3/6/2025 (vneconomy.vn): thu ngân sách nhà nước trên địa bàn
    /// 5 tháng đạt 10.846 tỷ đồng, bằng 61,2% dự toán, tăng 3,5% so với cùng kỳ." Publications in order of first
    /// mention; an amount's share and change published with it (same as-of date) join its clause.
    func revisionSentences(_ figures: [RevisedFigure]) -> [String] {
        var keys: [String] = []
        var byKey: [String: [RevisedFigure]] = [:]
        for f in figures {
            let s = f.revision.source
            let key = (s.published ?? "") + " " + BriefDocumentBuilder.publisher(s.citation)
            if byKey[key] == nil { keys.append(key) }
            byKey[key, default: []].append(f)
        }
        return keys.compactMap { key in
            guard let group = byKey[key], let source = group.first?.revision.source else { return nil }
            let publisher = BriefDocumentBuilder.publisher(source.citation)
            let clauses = revisionClauses(group).joined(separator: "; ")
            return source.published.map { t(.docRevision, DocumentDate.short($0, lang: lang), publisher, clauses) }
                ?? t(.docRevisionUndated, publisher, clauses)
        }
    }

    /// The indicator a figure speaks of: an amount for its share of the plan and its change on last year, else
    /// the figure's own.
    func parent(of ind: Indicator) -> Indicator {
        let catalogue = builder.catalogue
        if ind.kind == .share, let id = ind.shareOf, let p = catalogue.indicator(id: id) { return p }
        if ind.id.hasSuffix("_yoy"), let base = catalogue.indicator(id: String(ind.id.dropLast(4))),
           builder.analytics.changeIndicator(for: base)?.id == ind.id { return base }
        return ind
    }

    /// The clauses of one publication's values, one per indicator (with its share and change) and time.
    func revisionClauses(_ figures: [RevisedFigure]) -> [String] {
        var order: [String] = []
        var byParent: [String: [RevisedFigure]] = [:]
        for f in figures {
            let key = parent(of: f.indicator).id + " \(f.basis) \(f.period)"
            if byParent[key] == nil { order.append(key) }
            byParent[key, default: []].append(f)
        }
        return order.flatMap { key -> [String] in
            guard let group = byParent[key], let first = group.first else { return [] }
            let p = parent(of: first.indicator)
            let main = group.first { $0.indicator.id == p.id }
            let share = group.first { $0.indicator.kind == .share && $0.indicator.id != p.id }
            let yoy = group.first { $0.indicator.id != p.id && $0.indicator.kind != .share }
            func when(_ f: RevisedFigure) -> String {
                f.revision.source.asOf.map { t(.docAsOfTime, DocumentDate.short($0, lang: lang)) } ?? time(f.basis, f.period)
            }
            let base = t((p.target ?? share?.indicator.target)?.contains("estimate") ?? false ? .docOfEstimate : .docOfPlan)
            let name = Self.lowered(subject(p))
            var clauses: [String] = []
            if let m = main {
                let v = m.revision.value
                var clause: String
                switch p.kind {
                case .rate:
                    clause = t(.docRateOnly, name, when(m), change(v, estimate: m.revision.source.isEstimate, verb: true))
                case .count:
                    clause = t(.docCount, Self.lowered(p.name(lang)), when(m), builder.number(v))
                default:
                    clause = t(.docAmount, name, when(m), builder.amount(v, p))
                }
                let asOf = m.revision.source.asOf
                if let s = share, s.revision.source.asOf == asOf {
                    clause += ", " + t(.docShareOf, builder.percent(s.revision.value), base)
                }
                if let c = yoy, c.revision.source.asOf == asOf {
                    clause += ", " + t(.docOnLastYear, change(c.revision.value, estimate: c.revision.source.isEstimate, verb: false))
                }
                clauses.append(clause)
            }
            if let s = share, main == nil || s.revision.source.asOf != main?.revision.source.asOf {
                clauses.append(t(.docShareAlone, name + " " + when(s), builder.percent(s.revision.value), base))
            }
            if let c = yoy, main == nil || c.revision.source.asOf != main?.revision.source.asOf {
                clauses.append(t(.docChangeAlone, name + " " + when(c),
                                 change(c.revision.value, estimate: c.revision.source.isEstimate, verb: true)))
            }
            return clauses
        }
    }
}
