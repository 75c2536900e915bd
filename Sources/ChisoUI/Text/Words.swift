import ChisoCore

/// Words and formats of the interface in both languages.
public enum Words {
    static let monthsEN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `tháng 5/2025` / `May 2025`.
    public static func month(_ p: Period, _ lang: Language) -> String {
        lang == .vi ? "tháng \(p.month)/\(p.year)" : "\(monthsEN[(p.month - 1) % 12]) \(p.year)"
    }

    /// `T5/2025` / `May 2025`, for table cells.
    public static func shortMonth(_ p: Period, _ lang: Language) -> String {
        lang == .vi ? "T\(p.month)/\(p.year)" : "\(monthsEN[(p.month - 1) % 12]) \(p.year)"
    }

    /// The label of a basis at a month: `tháng 5` / `May`, `5 tháng` / `Jan–May`.
    public static func basis(_ b: Basis, _ p: Period, _ lang: Language) -> String {
        switch (b, lang) {
        case (.month, .vi): return "tháng \(p.month)"
        case (.month, .en): return monthsEN[(p.month - 1) % 12]
        case (.ytd, .vi): return p.month == 1 ? "tháng 1" : "\(p.month) tháng"
        case (.ytd, .en): return p.month == 1 ? "Jan" : "Jan–\(monthsEN[(p.month - 1) % 12])"
        }
    }

    public static func basisName(_ b: Basis, _ lang: Language) -> String {
        switch (b, lang) {
        case (.month, .vi): return "trong tháng"
        case (.month, .en): return "single month"
        case (.ytd, .vi): return "lũy kế từ đầu năm"
        case (.ytd, .en): return "year to date"
        }
    }

    public static func screen(_ s: ScreenID, _ lang: Language) -> String {
        switch (s, lang) {
        case (.overview, .vi): return "Tổng quan"
        case (.overview, .en): return "Overview"
        case (.compare, .vi): return "So sánh"
        case (.compare, .en): return "Compare"
        case (.detail, .vi): return "Chi tiết"
        case (.detail, .en): return "Detail"
        case (.resolutions, .vi): return "Nghị quyết"
        case (.resolutions, .en): return "Resolutions"
        case (.help, .vi): return "Trợ giúp"
        case (.help, .en): return "Help"
        }
    }

    public static func status(_ s: ItemStatus, _ lang: Language) -> String {
        switch (s, lang) {
        case (.planned, .vi): return "kế hoạch"
        case (.planned, .en): return "planned"
        case (.drafting, .vi): return "đang soạn"
        case (.drafting, .en): return "drafting"
        case (.inProgress, .vi): return "đang làm"
        case (.inProgress, .en): return "in progress"
        case (.issued, .vi): return "đã ban hành"
        case (.issued, .en): return "issued"
        case (.done, .vi): return "xong"
        case (.done, .en): return "done"
        }
    }

    /// A value with its unit (`11.360 tỷ đồng`, `+18,4 %`).
    public static func value(_ v: Double, _ indicator: Indicator, _ lang: Language) -> String {
        NumberFormat.withUnit(v, unit: indicator.unit, kind: indicator.kind, lang: lang)
    }

    /// A percentage with sign (`+8,4 %`).
    public static func percent(_ v: Double, _ lang: Language, signed: Bool = true) -> String {
        NumberFormat.format(v, lang: lang, maxDecimals: 2, signed: signed) + " %"
    }

    /// A compact number for axes (`11,4k`, `-6,8`).
    public static func compact(_ v: Double, _ lang: Language) -> String {
        let a = abs(v)
        if a >= 1_000_000 { return NumberFormat.format(v / 1_000_000, lang: lang, maxDecimals: 1) + "M" }
        if a >= 10_000 { return NumberFormat.format(v / 1000, lang: lang, maxDecimals: 0) + "k" }
        if a >= 1000 { return NumberFormat.format(v / 1000, lang: lang, maxDecimals: 1) + "k" }
        return NumberFormat.format(v, lang: lang, maxDecimals: 1)
    }

    /// Wraps text into lines of at most `width` columns, breaking at spaces.
    public static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
        guard width > 0, maxLines > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let w = String(word)
            let candidate = current.isEmpty ? w : current + " " + w
            if DisplayWidth.of(candidate) <= width {
                current = candidate
            } else {
                if !current.isEmpty { lines.append(current) }
                current = w
                if lines.count == maxLines { break }
            }
        }
        if !current.isEmpty && lines.count < maxLines { lines.append(current) }
        if lines.count > maxLines { lines = Array(lines.prefix(maxLines)) }
        // Mark that the text was cut.
        let full = lines.joined(separator: " ")
        if DisplayWidth.of(full) < DisplayWidth.of(text.split(separator: " ").joined(separator: " ")), let last = lines.last {
            lines[lines.count - 1] = DisplayWidth.truncate(last + " …", to: width)
        }
        return lines.map { DisplayWidth.truncate($0, to: width) }
    }
}
