/// Words and formats that every output shares (screen, report, exports, documents), built from the glossary.
public enum Words {
    /// The month name of `month` (1…12): `tháng 5` / `May`, `tháng 1` / `January`.
    public static func monthName(_ month: Int, _ lang: Language) -> String {
        Glossary.text(key: "monthName.\(min(12, max(1, month)))", lang)
    }

    /// The short month name (`tháng 1` / `Jan`), for narrow places.
    public static func monthAbbreviation(_ month: Int, _ lang: Language) -> String {
        Glossary.text(key: "monthAbbr.\(min(12, max(1, month)))", lang)
    }

    /// The name of a quarter: `quý I` / `Q1`.
    public static func quarterName(_ quarter: Int, _ lang: Language) -> String {
        Glossary.text(key: "quarterName.\(min(4, max(1, quarter)))", lang)
    }

    /// `tháng 5/2025` / `May 2025` (`January 2025` with `full`, for documents and reports); a quarter is
    /// `quý I/2025` / `Q1 2025`.
    public static func month(_ p: Period, _ lang: Language, full: Bool = false) -> String {
        if p.isQuarter { return quarter(p, lang) }
        let name = full ? monthName(p.month, lang) : monthAbbreviation(p.month, lang)
        return Glossary.text(.periodMonth, lang, "\(p.month)", "\(p.year)", name)
    }

    /// `quý I/2025` / `Q1 2025`.
    public static func quarter(_ p: Period, _ lang: Language) -> String {
        Glossary.text(.periodQuarter, lang, quarterName(p.quarter, lang), "\(p.year)")
    }

    /// `T5/2025` / `May 2025`, for table cells; a quarter as `quarter(_:_:)`.
    public static func shortMonth(_ p: Period, _ lang: Language) -> String {
        if p.isQuarter { return quarter(p, lang) }
        return Glossary.text(.periodMonthShort, lang, "\(p.month)", "\(p.year)", monthAbbreviation(p.month, lang))
    }

    /// A date written out: `2025-06-10` → "ngày 10 tháng 6 năm 2025" / "10 June 2025"; `2025-06` → "tháng 6 năm 2025" /
    /// "June 2025". Text that is not such a date comes back unchanged.
    public static func longDate(_ text: String, _ lang: Language) -> String {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count >= 2, (1...12).contains(parts[1]) else { return text }
        let (year, month) = (parts[0], parts[1])
        guard parts.count == 3 else { return Glossary.text(.dateMonthYear, lang, "\(month)", "\(year)", monthName(month, lang)) }
        return Glossary.text(.dateLong, lang, "\(parts[2])", "\(month)", "\(year)", monthName(month, lang))
    }

    /// A date in the short form of the language: `2025-06-10` → "10/6/2025" / "10 Jun 2025"; `2025-06` → "6/2025" /
    /// "Jun 2025". Text that is not such a date comes back unchanged. (CSV and JSON keep the ISO form.)
    public static func shortDate(_ text: String, _ lang: Language) -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 2 || parts.count == 3, let year = parts[0], let month = parts[1], (1...12).contains(month) else { return text }
        guard parts.count == 3 else { return Glossary.text(.dateShortMonth, lang, "\(month)", "\(year)", monthAbbreviation(month, lang)) }
        guard let day = parts[2], (1...31).contains(day) else { return text }
        return Glossary.text(.dateShort, lang, "\(day)", "\(month)", "\(year)", monthAbbreviation(month, lang))
    }

    /// Who entered a record of the entries journal and when, in the language's words:
    /// `an, lúc 10/6/2025 16:05 UTC` / `an, at 10 Jun 2025 16:05 UTC` (`entered_at` is UTC).
    public static func entered(by who: String, at stamp: String, _ lang: Language) -> String {
        Glossary.text(.entryStamp, lang, who, enteredTime(stamp, lang))
    }

    /// When a record of the entries journal was saved, to the minute: `10/6/2025 16:05 UTC`.
    public static func enteredTime(_ stamp: String, _ lang: Language) -> String {
        let time = stamp.count >= 16 ? " " + stamp.dropFirst(11).prefix(5) + " UTC" : ""
        return shortDate(String(stamp.prefix(10)), lang) + time
    }

    /// The label of a basis at a month: `tháng 5` / `May`; `5 tháng` / `Jan–May`; January's year to date is the
    /// month itself, December's is the full year (`cả năm`). At a quarter: `quý II` / `Q2` for the quarter alone;
    /// the year to date is `quý I` / `Q1`, `6 tháng` / `H1`, `9 tháng` / `9 months`, `cả năm` / `full year`.
    public static func basis(_ b: Basis, _ p: Period, _ lang: Language) -> String {
        if p.isQuarter {
            return b == .ytd ? Glossary.text(key: "quarterYtd.\(p.quarter)", lang) : quarterName(p.quarter, lang)
        }
        switch b {
        case .quarter:
            return quarterName(p.quarter, lang)
        case .month:
            return Glossary.text(.periodBasisMonth, lang, "\(p.month)", monthAbbreviation(p.month, lang))
        case .ytd:
            if p.month == 1 { return Glossary.text(.periodBasisMonth, lang, "1", monthAbbreviation(1, lang)) }
            if p.month == 12 { return Glossary.text(.periodFullYear, lang) }
            return Glossary.text(.periodBasisYtd, lang, "\(p.month)", monthAbbreviation(p.month, lang))
        }
    }

    /// A chart's basis in its title: `lũy kế` / `year to date`, `trong tháng` / `in the month`; `short` where
    /// the room is narrow (`lũy kế` / `YTD`, `trong tháng` / `month`).
    public static func chartBasis(_ b: Basis, _ lang: Language, short: Bool = false) -> String {
        if short { return Glossary.text(b == .month ? .chartMonthShort : .chartYtdShort, lang) }
        return Glossary.text(b == .month ? .chartMonth : .chartYtd, lang)
    }

    /// What a basis means: `trong tháng` / `single month`, `trong quý` / `single quarter`, `lũy kế từ đầu năm` / `year to date`.
    public static func basisName(_ b: Basis, _ lang: Language) -> String {
        switch b {
        case .month: return Glossary.text(.basisMonth, lang)
        case .ytd: return Glossary.text(.basisYtd, lang)
        case .quarter: return Glossary.text(.basisQuarter, lang)
        }
    }

    /// A target's name in words from its id (`budget_revenue_estimate` → `dự toán`, `pi_plan` → `kế hoạch`).
    public static func targetName(_ id: String, _ lang: Language) -> String {
        Glossary.text(id.contains("estimate") ? .wordEstimate : .wordPlan, lang)
    }

    /// What a share is a share of: `dự toán` (an estimate) or `kế hoạch` (a plan).
    public static func shareBase(_ indicator: Indicator, _ lang: Language) -> String {
        let estimate = indicator.target?.contains("estimate") ?? false
        return Glossary.text(estimate ? .wordOfEstimate : .wordOfPlanBase, lang)
    }

    /// The scale of a chart's axis in words: amounts of a thousand or more in the next unit up ("nghìn tỷ đồng",
    /// "tỷ USD", "nghìn"), so axis labels are plain numbers (`9,1`), never `9,1k`. nil words for a rate (its labels
    /// carry `%`) or for small counts.
    public static func axisScale(maxAbs: Double, unit: String, _ lang: Language) -> (divisor: Double, words: String?) {
        let large = maxAbs.isFinite && maxAbs >= 1000
        switch unit {
        case "VND bn": return large ? (1000, Glossary.text(.axisVndTrillion, lang)) : (1, Glossary.text(.unitVndBillion, lang))
        case "USD m": return large ? (1000, Glossary.text(.axisUsdBillion, lang)) : (1, Glossary.text(.unitUsdMillion, lang))
        case "%": return (1, nil)
        default: return large ? (1000, Glossary.text(.axisThousand, lang)) : (1, nil)
        }
    }

    /// The status of an implementation item, in the words of administrative reports.
    public static func status(_ s: ItemStatus, _ lang: Language) -> String {
        Glossary.text(key: "status.\(s.glossaryKey)", lang)
    }

    /// A value with its unit (`11.360 tỷ đồng`, `+18,4 %`).
    public static func value(_ v: Double, _ indicator: Indicator, _ lang: Language) -> String {
        NumberFormat.withUnit(v, unit: indicator.unit, kind: indicator.kind, lang: lang)
    }

    /// A figure shown with its unit: an amount chiso computed rounded (`NumberFormat.amountDecimals`:
    /// `448~`, not `447,503`), a published one and every percentage as given.
    public static func value(_ v: DerivedValue, _ indicator: Indicator, _ lang: Language) -> String {
        let label = NumberFormat.unitLabel(indicator.unit, lang: lang)
        let n = number(v, indicator, lang)
        return label.isEmpty ? n : n + " " + label
    }

    /// The number of `value(_:_:_:)` without its unit (a rate with its sign).
    public static func number(_ v: DerivedValue, _ indicator: Indicator, _ lang: Language) -> String {
        let decimals = indicator.kind.isAdditive ? NumberFormat.amountDecimals(v.value, computed: v.isDerived) : 3
        return NumberFormat.format(v.value, lang: lang, maxDecimals: decimals, signed: indicator.kind == .rate)
    }

    /// A percentage with sign (`+8,4 %`).
    public static func percent(_ v: Double, _ lang: Language, signed: Bool = true) -> String {
        NumberFormat.format(v, lang: lang, maxDecimals: 2, signed: signed) + " %"
    }

    /// Eight-level sparkline of values, `·` for a missing month (the one scale of `SparkScale`).
    public static func sparkline(_ values: [Double?], ascii: Bool = false) -> String {
        SparkScale.glyphs(values, levels: ascii ? SparkScale.asciiLevels : SparkScale.unicodeLevels,
                          gap: ascii ? ASCIIFallback.fold("·") : "·").joined()
    }
}

extension ItemStatus {
    /// The status's key in the glossary (`status.inProgress`).
    var glossaryKey: String {
        switch self {
        case .planned: return "planned"
        case .drafting: return "drafting"
        case .inProgress: return "inProgress"
        case .issued: return "issued"
        case .done: return "done"
        }
    }
}
