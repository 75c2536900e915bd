import Foundation

/// Case- and diacritic-insensitive keys for matching names typed by people.
public enum TextFold {
    /// Folds `Tỉnh Nghệ An`, `nghe an`, `NGHE-AN` to the same key `nghe an`.
    public static func key(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark { continue }
            var c: Character
            switch v {
            case 0x0110, 0x0111: c = "d" // Đ đ
            case 0x0041...0x005A: c = Character(Unicode.Scalar(v + 32)!)
            case 0x0061...0x007A, 0x0030...0x0039: c = Character(scalar)
            default:
                if scalar.properties.isAlphabetic {
                    c = Character(String(scalar).lowercased())
                } else {
                    pendingSpace = !out.isEmpty
                    continue
                }
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(c)
        }
        return out
    }

    /// Removes an administrative prefix (`Tỉnh`, `Thành phố`, `TP.`) from a unit name.
    public static func stripUnitPrefix(_ name: String) -> String {
        for prefix in ["Tỉnh ", "Thành phố ", "TP. ", "TP ", "Tinh ", "Thanh pho ", "Xã ", "Phường ", "Đặc khu "] where name.hasPrefix(prefix) {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }

    /// `key` without a leading `tinh` / `thanh pho` / `tp` word.
    public static func unitKey(_ text: String) -> String {
        let k = key(text)
        for prefix in ["tinh ", "thanh pho ", "tp "] where k.hasPrefix(prefix) {
            return String(k.dropFirst(prefix.count))
        }
        return k
    }

    /// Edit distance, for `did you mean` hints.
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// The candidate closest to `word`, when it is close enough to be a likely typo.
    public static func suggestion(for word: String, among candidates: [(key: String, value: String)]) -> String? {
        let k = key(word)
        var best: (Int, String)?
        for candidate in candidates {
            let d = distance(k, candidate.key)
            if best == nil || d < best!.0 { best = (d, candidate.value) }
        }
        guard let (d, value) = best else { return nil }
        return d <= Swift.max(2, k.count / 3) ? value : nil
    }
}
