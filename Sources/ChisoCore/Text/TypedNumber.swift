import Foundation

/// A number as a person types it into a form, the Vietnamese way (`11.360`, `64,1`, `11.360,5`)
/// or the English way (`11,360`, `64.1`, `11,360.5`), read into the CSV's own form (`.` for
/// decimals, no thousands separators) — or found ambiguous and left for the person to decide.
///
/// The rules, for the language of the session:
/// - both separators: the last one is the decimal separator, the other groups thousands;
/// - one separator used more than once: it groups thousands (`1.234.567`, `1,234,567`);
/// - one separator once, with one, two, or four or more digits after it: decimals (`64,1`, `64.1`);
/// - one separator once, with exactly three digits after it (`11.360`, `11,360`): thousands when
///   it is the session's thousands separator (`.` in Vietnamese, `,` in English); when it is the
///   session's decimal separator, both readings are possible and the result is `ambiguous`
///   (`11.360` in an English session: 11360 or 11.36) — except after a lone `0` or a `-0`,
///   which never starts a group of thousands;
/// - groups of thousands must be three digits each, the first one to three digits;
/// - a leading `+` or `-`, spaces and a trailing `%` are allowed.
public enum TypedNumber: Hashable, Sendable {
    /// One reading: the CSV form (`11360`, `64.1`) and its value.
    case value(csv: String, value: Double)
    /// Two readings, the session's separator as thousands and as decimals: `thousands` first.
    case ambiguous(thousands: String, decimal: String)
    /// Not a number.
    case invalid

    /// Reads `text` typed in a session in `language`.
    public static func parse(_ text: String, language: Language) -> TypedNumber {
        var s = text.filter { !$0.isWhitespace && $0 != "\u{00A0}" }
        if s.hasSuffix("%") { s.removeLast() }
        var sign = ""
        if let first = s.first, first == "-" || first == "+" {
            if first == "-" { sign = "-" }
            s.removeFirst()
        }
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
              s.first?.isNumber == true, s.last?.isNumber == true else { return .invalid }
        let dots = s.filter { $0 == "." }.count, commas = s.filter { $0 == "," }.count
        let sessionDecimal: Character = Glossary.text(.numberDecimalSeparator, language).first ?? "."
        func make(_ integer: String, _ fraction: String) -> TypedNumber {
            let csv = sign + integer + (fraction.isEmpty ? "" : "." + fraction)
            guard let v = Double(csv), v.isFinite else { return .invalid }
            return .value(csv: csv == "-0" ? "0" : csv, value: v)
        }
        func grouped(_ part: Substring, by separator: Character) -> String? {
            let groups = part.split(separator: separator, omittingEmptySubsequences: false)
            guard let head = groups.first, (1...3).contains(head.count), !(head.hasPrefix("0") && groups.count > 1),
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            return groups.joined()
        }
        switch (dots, commas) {
        case (0, 0):
            return make(s, "")
        case (_, _) where dots > 0 && commas > 0:
            guard let last = s.lastIndex(where: { $0 == "." || $0 == "," }) else { return .invalid }
            let decimal = s[last]
            let integerPart = s[..<last], fraction = String(s[s.index(after: last)...])
            guard !integerPart.contains(decimal), let integer = grouped(integerPart, by: decimal == "." ? "," : ".") else { return .invalid }
            return make(integer, fraction)
        default:
            let separator: Character = dots > 0 ? "." : ","
            let parts = s.split(separator: separator, omittingEmptySubsequences: false)
            if parts.count > 2 {
                guard let integer = grouped(Substring(s), by: separator) else { return .invalid }
                return make(integer, "")
            }
            let integer = String(parts[0]), fraction = String(parts[1])
            guard fraction.count == 3, integer != "0", let thousands = grouped(Substring(s), by: separator) else { return make(integer, fraction) }
            if separator != sessionDecimal { return make(thousands, "") }
            guard case .value(let t, _) = make(thousands, ""), case .value(let d, _) = make(integer, fraction) else { return .invalid }
            return .ambiguous(thousands: t, decimal: d)
        }
    }
}
