import Foundation

extension Source {
    /// True when the data marks the figure as an estimate ("ước"): its note, or one `;`-separated part of it, begins
    /// with "estimate" or "ước" (a note that only names an estimate as a base, "base: the People's Council's
    /// estimate", does not). Only such figures are written "ước tăng" / "ước đạt" in the brief.
    public var isEstimate: Bool {
        note.lowercased().split(separator: ";").contains { part in
            let p = part.trimmingCharacters(in: .whitespaces)
            return p.hasPrefix("estimate") || p.hasPrefix("ước")
        }
    }
}

extension DerivedValue {
    /// True when a figure behind the value is marked as an estimate.
    var isEstimate: Bool { sources.contains { $0.source.isEstimate } }
}

/// The sentences of "I. Kết quả": one paragraph per indicator group, in the phrasing of provincial reports
/// ("… tháng 5 tăng 18,4% so với cùng kỳ; lũy kế 5 tháng tăng 13,89%, trong đó …"; "… 5 tháng đạt 11.360 tỷ đồng,
/// bằng 64,1% dự toán, tăng 8,4% so với cùng kỳ"). Every number comes from a headline figure; a comparison from
/// another publication or with another as-of date than the value is said in a clause of its own, with its own date.
struct BriefPhrasing {
    let builder: BriefDocumentBuilder
    var lang: Language { builder.lang }
    var period: Period { builder.period }
    func t(_ term: Term, _ args: String...) -> String { Glossary.text(key: term.rawValue, lang, args) }

    /// The paragraph of a group and the values it cites; nil when the group has no figure.
    func paragraph(_ group: [Indicator]) -> (String, [DerivedValue])? {
        var clauses: [String] = []
        var values: [DerivedValue] = []
        let rates = group.filter { $0.kind == .rate }
        if let lead = rates.first(where: { builder.headline($0, .value, .month) != nil || builder.headline($0, .value, .ytd) != nil }) {
            let subs = rates.filter { $0.id != lead.id }
            clauses += rateClauses(lead, subs: subs, values: &values)
        }
        for ind in group where ind.kind.isAdditive {
            clauses += amountClauses(ind, values: &values)
        }
        for ind in group where ind.kind != .rate && !ind.kind.isAdditive {
            if let v = builder.headline(ind, .value, .ytd) ?? builder.headline(ind, .value, .month) {
                values.append(v)
                clauses.append(asOf(v) + t(.docAmount, subject(ind), time(v.sources.first?.basis ?? .ytd), builder.amount(v, ind)))
            }
        }
        guard !clauses.isEmpty else { return nil }
        let joined = clauses.enumerated().map { i, c in i == 0 ? Self.capitalised(c) : Self.lowered(c) }.joined(separator: "; ")
        return (joined + ".", values)
    }

    /// "tăng 18,4%" / "ước tăng 18,4%" / "giảm 2,1%" / "không đổi". English has two forms: after a noun ("with
    /// manufacturing up 13.69%", "64.1% of the estimate, up 8.4% year on year") and as the clause's verb (`verb`:
    /// "the index … rose an estimated 18.4%"); Vietnamese says both "tăng".
    func change(_ v: DerivedValue, verb: Bool = false) -> String {
        change(v.value, estimate: v.isEstimate, verb: verb)
    }

    func change(_ value: Double, estimate: Bool, verb: Bool) -> String {
        if value == 0 { return t(verb ? .docFlatVerb : .docFlat) }
        let p = builder.percent(value)
        switch (value > 0, estimate, verb) {
        case (true, true, true): return t(.docEstimatedRose, p)
        case (false, true, true): return t(.docEstimatedFell, p)
        case (true, true, false): return t(.docEstimatedUp, p)
        case (false, true, false): return t(.docEstimatedDown, p)
        case (true, false, true): return t(.docRose, p)
        case (false, false, true): return t(.docFell, p)
        case (true, false, false): return t(.docUp, p)
        case (false, false, false): return t(.docDown, p)
        }
    }

    /// The name of an indicator as the subject of a sentence: English names of the form "Index of …" take "the"
    /// ("The index of industrial production (IIP) rose …"); other names, and Vietnamese ones, are used as they are.
    func subject(_ ind: Indicator) -> String {
        let name = ind.name(lang)
        guard lang == .en else { return name }
        let words = name.split(separator: " ", maxSplits: 2)
        guard words.count == 3, words[1] == "of" else { return name }
        return "the " + Self.lowered(name)
    }

    /// The name of a part of an indicator after "trong đó" / "with": the lead's short name is not repeated ("IIP,
    /// manufacturing" under the IIP is "manufacturing"; "IIP công nghiệp chế biến, chế tạo" is "công nghiệp chế biến,
    /// chế tạo").
    func partName(_ sub: Indicator, of lead: Indicator) -> String {
        let name = sub.name(lang), prefix = lead.shortName(lang)
        guard !prefix.isEmpty, name.hasPrefix(prefix) else { return Self.lowered(name) }
        let rest = name.dropFirst(prefix.count).drop { $0 == "," || $0 == " " }
        return rest.isEmpty ? Self.lowered(name) : Self.lowered(String(rest))
    }

    /// "tính đến ngày 20/5, " before a figure that stops before its period ends, else "".
    func asOf(_ v: DerivedValue) -> String {
        guard let a = v.asOf else { return "" }
        return t(.docAsOfPrefix, DocumentDate.short(a, lang: lang)) + " "
    }

    /// "5 tháng" / "the first 5 months" (the whole year in December, the month itself in January), or "tháng 5";
    /// of the brief's period, or of `p`.
    func time(_ basis: Basis, _ p: Period? = nil) -> String {
        let period = p ?? self.period
        if basis == .month || period.month == 1 { return t(.docPeriodMonth, "\(period.month)", Words.monthName(period.month, lang)) }
        if period.month == 12 { return t(.docPeriodYear) }
        return t(.docPeriodYtd, "\(period.month)")
    }

    /// The time of a figure: "tính đến ngày 20/5/2025" when it stops before its period ends, else `time(basis)`.
    func when(_ v: DerivedValue, _ basis: Basis) -> String {
        guard let a = v.asOf else { return time(basis) }
        return t(.docAsOfTime, DocumentDate.short(a, lang: lang))
    }

    func rateClauses(_ lead: Indicator, subs: [Indicator], values: inout [DerivedValue]) -> [String] {
        var clauses: [String] = []
        func including(_ basis: Basis) -> String {
            subs.compactMap { sub in
                guard let v = builder.headline(sub, .value, basis) else { return nil }
                values.append(v)
                return ", " + asOf(v) + t(.docIncluding, partName(sub, of: lead), change(v))
            }.joined()
        }
        let month = builder.headline(lead, .value, .month)
        let ytd = period.month == 1 && month != nil ? nil : builder.headline(lead, .value, .ytd)
        if let m = month {
            values.append(m)
            clauses.append(asOf(m) + t(.docRateMonth, asOf(m).isEmpty ? subject(lead) : Self.lowered(subject(lead)), "\(period.month)", change(m, verb: true), Words.monthName(period.month, lang))
                           + including(.month))
        }
        if let y = ytd {
            values.append(y)
            if month != nil {
                clauses.append(asOf(y) + t(.docRateYtd, "\(period.month)", change(y, verb: true)) + including(.ytd))
            } else {
                clauses.append(asOf(y) + t(.docRateOnly, asOf(y).isEmpty ? subject(lead) : Self.lowered(subject(lead)), time(.ytd), change(y, verb: true)) + including(.ytd))
            }
        }
        return clauses
    }

    func amountClauses(_ ind: Indicator, values: inout [DerivedValue]) -> [String] {
        var clauses: [String] = []
        let ytd = builder.headline(ind, .value, .ytd)
        var share = builder.headline(ind, .share, .ytd)
        var change = builder.headline(ind, .change, .ytd)
        let base = t(ind.target?.contains("estimate") ?? false ? .docOfEstimate : .docOfPlan)
        func together(_ c: DerivedValue?, _ v: DerivedValue) -> Bool {
            guard let c else { return false }
            return c.asOf == v.asOf && !c.isFromAnotherPublication(than: v) && !v.isFromAnotherPublication(than: c)
        }
        if let v = ytd {
            values.append(v)
            var clause: String
            if ind.kind == .count {
                // "Số dự án điều chỉnh 5 tháng là 73" / "the number of projects adjusted in the first 5 months was 73".
                clause = t(v.isEstimate ? .docEstimatedCount : .docCount, Self.lowered(ind.name(lang)), when(v, .ytd), builder.number(v.value))
            } else {
                let template: Term = v.isEstimate ? .docEstimatedAmount : .docAmount
                clause = Glossary.text(key: template.rawValue, lang, [subject(ind), when(v, .ytd), builder.amount(v, ind)])
            }
            if let s = share, together(s, v) {
                values.append(s)
                clause += ", " + t(.docShareOf, builder.percent(s.value), base)
                share = nil
            }
            if let c = change, together(c, v) {
                values.append(c)
                clause += ", " + t(.docOnLastYear, self.change(c))
                change = nil
            }
            clauses.append(clause)
        }
        // A clause after the value's has no name of its own: the English one says "it" ("in the first 5 months it
        // reached 30.01% of the year's plan").
        if let s = share {
            values.append(s)
            let template: Term = ytd == nil ? .docShareAlone : .docShareSame
            let who = ytd == nil ? subject(ind) + " " + when(s, .ytd) : when(s, .ytd)
            clauses.append(t(template, who, builder.percent(s.value), base))
        }
        if let c = change {
            values.append(c)
            let template: Term = ytd == nil ? .docChangeAlone : .docChangeSame
            let who = ytd == nil ? subject(ind) + " " + when(c, .ytd) : when(c, .ytd)
            clauses.append(t(template, who, self.change(c, verb: true)))
        }
        // A month's value computed as a difference of two publications' totals is left to the table.
        if period.month > 1, let m = builder.headline(ind, .value, .month), !m.isDerived {
            values.append(m)
            if ytd == nil {
                clauses.append(t(m.isEstimate ? .docEstimatedAmount : .docAmount, subject(ind), when(m, .month), builder.amount(m, ind)))
            } else {
                clauses.append(t(m.isEstimate ? .docEstimatedAmountSame : .docAmountSame, when(m, .month), builder.amount(m, ind)))
            }
        }
        return clauses
    }

    /// The first letter in upper case.
    static func capitalised(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }

    /// The first letter in lower case, unless the word is an abbreviation ("IIP", "FDI").
    static func lowered(_ s: String) -> String {
        let chars = Array(s)
        guard chars.count > 1, chars[0].isUppercase, !chars[1].isUppercase else { return s }
        return chars[0].lowercased() + String(chars.dropFirst())
    }
}
