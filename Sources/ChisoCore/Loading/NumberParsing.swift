import Foundation

/// Parses figure values strictly: `.` is the decimal mark, no thousands separators, finite.
/// Vietnamese forms (`11.360,5`) and other slips get a hint instead of a silent misreading.
public enum NumberParsing {
    public enum Failure: Error, Equatable {
        case empty
        case notFinite(String)
        case malformed(String, hint: Phrase?)
    }

    public static func parse(_ raw: String) -> Result<Double, Failure> {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return .failure(.empty) }
        let lower = text.lowercased()
        if ["nan", "inf", "+inf", "-inf", "infinity", "-infinity", "+infinity"].contains(lower) {
            return .failure(.notFinite(text))
        }
        if isPlainNumber(text), let value = Double(text.hasPrefix("+") ? String(text.dropFirst()) : text) {
            return value.isFinite ? .success(value) : .failure(.notFinite(text))
        }
        return .failure(.malformed(text, hint: hint(for: text)))
    }

    /// Parses `[+-]digits[.digits]` in bytes `a..<b` of `p` exactly (at most 15 significant
    /// digits and 15 decimals, so the result is the correctly rounded double); nil for anything
    /// else, which `parse(_:)` then reads or explains. The loader's fast path.
    @inline(__always)
    static func plain(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Double? {
        let zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9")
        var i = a
        var negative = false
        if i < b && (p[i] == UInt8(ascii: "-") || p[i] == UInt8(ascii: "+")) { negative = p[i] == UInt8(ascii: "-"); i += 1 }
        var mantissa: Int64 = 0
        var digits = 0, decimals = 0
        var sawDot = false
        var significant = 0
        while i < b {
            let c = p[i]
            if c >= zero && c <= nine {
                mantissa = mantissa &* 10 &+ Int64(c - zero)
                digits += 1
                if mantissa != 0 { significant += 1 }
                if sawDot { decimals += 1 }
            } else if c == UInt8(ascii: ".") && !sawDot {
                sawDot = true
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0, significant <= 15, decimals <= 15 else { return nil }
        var v = Double(mantissa)
        if decimals > 0 { v /= powersOfTen[decimals] }
        return negative ? -v : v
    }

    /// 10⁰ … 10²², each exact in a double.
    private static let powersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }

    /// Digits with an optional sign, one `.` and an optional exponent.
    static func isPlainNumber(_ text: String) -> Bool {
        var sawDigit = false, sawDot = false, sawExp = false
        var previous: UInt8 = 0
        for (i, b) in text.utf8.enumerated() {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                if !(i == 0 || previous == UInt8(ascii: "e") || previous == UInt8(ascii: "E")) { return false }
            case UInt8(ascii: "."):
                if sawDot || sawExp { return false }
                sawDot = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                if sawExp || !sawDigit { return false }
                sawExp = true
            default: return false
            }
            previous = b
        }
        return sawDigit && previous != UInt8(ascii: "e") && previous != UInt8(ascii: "E")
    }

    static func hint(for text: String) -> Phrase? {
        var t = text
        var dropUnit = false
        for suffix in ["%", " %", "tỷ đồng", "tỷ", "ty", "usd", "triệu usd"] where t.lowercased().hasSuffix(suffix) {
            t = String(t.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
            dropUnit = true
        }
        // "drop the unit from the value; <the rest>" when the value carried a unit.
        func withUnitNote(_ rest: Phrase) -> Phrase {
            dropUnit ? Phrase(.diagTwoHints, .phrase(Phrase(.diagDropUnit)), .phrase(rest)) : rest
        }
        let digitsOnly = t.filter { "0123456789.,-+".contains($0) }
        guard digitsOnly.count == t.count, !t.isEmpty else {
            return Phrase(dropUnit ? .diagDropUnit : .diagPlainNumber)
        }
        let dots = t.filter { $0 == "." }.count
        let commas = t.filter { $0 == "," }.count
        let lastComma = t.lastIndex(of: ","), lastDot = t.lastIndex(of: ".")
        if commas == 1, let lastComma, lastDot.map({ lastComma > $0 }) ?? true {
            // Vietnamese: `.` groups thousands, `,` marks decimals.
            let fixed = t.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
            return withUnitNote(Phrase(.diagDecimalMark, "\(fixed)"))
        }
        if dots > 1 && commas == 0 {
            return withUnitNote(Phrase(.diagNoThousands, "\(t.replacingOccurrences(of: ".", with: ""))"))
        }
        if commas >= 1 {
            return withUnitNote(Phrase(.diagNoThousands, "\(t.replacingOccurrences(of: ",", with: ""))"))
        }
        return dropUnit ? withUnitNote(Phrase(.diagWriteNumber, "\(t)")) : nil
    }
}
