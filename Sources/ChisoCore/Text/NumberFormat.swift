import Foundation

/// Formats figures the way each language writes them: `11.360,5` in Vietnamese, `11,360.5` in English.
public enum NumberFormat {
    /// The shortest decimal text that round-trips, grouped by thousands, at most `maxDecimals` decimals.
    public static func format(_ value: Double, lang: Language, maxDecimals: Int = 3, signed: Bool = false) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "-∞") }
        var text: String
        // From 10^15 on a double holds no decimals, and scaling a value near the largest double
        // up by 10^maxDecimals would overflow to infinity.
        let rounded = abs(value) >= 1e15 ? value : (value * pow(10, Double(maxDecimals))).rounded() / pow(10, Double(maxDecimals))
        if rounded == rounded.rounded() && abs(rounded) < 1e15 {
            text = String(Int64(rounded))
        } else {
            text = "\(rounded)"
            if text.contains("e") { text = String(format: "%.\(maxDecimals)f", rounded) }
        }
        var negative = false
        if text.hasPrefix("-") { negative = true; text.removeFirst() }
        if text == "0" { negative = false }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let intPart = String(parts[0])
        let fracPart = parts.count > 1 ? String(parts[1]) : ""
        let groupSep = Glossary.text(.numberGroupSeparator, lang)
        let decimalSep = Glossary.text(.numberDecimalSeparator, lang)
        var grouped = ""
        for (i, ch) in intPart.enumerated() {
            if i > 0 && (intPart.count - i) % 3 == 0 { grouped += groupSep }
            grouped.append(ch)
        }
        var result = grouped
        if !fracPart.isEmpty { result += decimalSep + fracPart }
        if negative { result = "-" + result } else if signed && value > 0 { result = "+" + result }
        return result
    }

    /// How many decimals an amount is shown with. A published figure keeps what its source gives (up to
    /// three: `2.703,973`); an amount chiso computed (a month as the difference of two year-to-date totals,
    /// a sum of units) is rounded, its extra decimals being no source's: whole from 100 on (`448`), one
    /// decimal below (`12,5`). Percentages are not amounts: they keep their own one or two decimals.
    public static func amountDecimals(_ value: Double, computed: Bool) -> Int {
        computed ? (abs(value) >= 100 ? 0 : 1) : 3
    }

    /// A value with its unit in the language of the interface (`11.360 tỷ đồng`, `+18,4 %`).
    public static func withUnit(_ value: Double, unit: String, kind: IndicatorKind, lang: Language) -> String {
        let signed = kind == .rate
        let number = format(value, lang: lang, signed: signed)
        let label = unitLabel(unit, lang: lang)
        return label.isEmpty ? number : number + " " + label
    }

    /// The unit as written in each language.
    public static func unitLabel(_ unit: String, lang: Language) -> String {
        switch unit {
        case "VND bn": return Glossary.text(.unitVndBillion, lang)
        case "USD m": return Glossary.text(.unitUsdMillion, lang)
        case "count": return ""
        default: return unit
        }
    }
}
