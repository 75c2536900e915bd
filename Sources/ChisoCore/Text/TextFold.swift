import Foundation

/// Case- and diacritic-insensitive keys for matching names typed by people.
public enum TextFold {
    /// Folds `Tỉnh Nghệ An`, `nghe an`, `NGHE-AN` to the same key `nghe an`.
    public static func key(_ text: String) -> String {
        // Fast path: ASCII needs no Unicode decomposition.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            var pendingSpace = false
            for b in text.utf8 {
                var c = b
                if c >= 0x41 && c <= 0x5A { c += 32 }
                if (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) {
                    if pendingSpace { bytes.append(0x20); pendingSpace = false }
                    bytes.append(c)
                } else {
                    pendingSpace = !bytes.isEmpty
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return slowKey(text)
    }

    /// Base letters of precomposed Latin letters (Vietnamese among them): for U+00C0–U+024F and
    /// U+1E00–U+1EFF, the lower-case ASCII letter that starts the canonical decomposition, `.` for
    /// none. Written out rather than derived at start (deriving it with Foundation's decomposition
    /// cost 5 % of a `chiso render`); `TextFoldTableTests` derives it again and compares.
    static let latinBases: [UInt8] = Array(("aaaaaa.ceeeeiiii.nooooo..uuuuy..aaaaaa.ceeeeiiii.nooooo..uuuuy.yaaaaaaccccccccdd..eeeeeeeeeegggggggghh..iiiiiiiii...jjkk.llllll....nnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzz.................................oo.............uu............................aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa....aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............................"
        + "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......").utf8)

    /// The base letter of a precomposed Latin letter as an ASCII byte (`Đ`, `đ` → `d`), or nil.
    @inline(__always)
    static func baseLetter(_ v: UInt32) -> UInt8? {
        if v == 0x0110 || v == 0x0111 { return UInt8(ascii: "d") }
        let i: Int
        if v >= 0x00C0 && v <= 0x024F { i = Int(v - 0x00C0) } else if v >= 0x1E00 && v <= 0x1EFF { i = Int(v - 0x1E00) + 400 } else { return nil }
        let b = latinBases[i]
        return b == UInt8(ascii: ".") ? nil : b
    }

    static func slowKey(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            var ascii: UInt8 = 0
            var other: String?
            if v < 0x80 {
                if v >= 0x41 && v <= 0x5A { ascii = UInt8(v + 32) } else if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) { ascii = UInt8(v) }
            } else if let base = baseLetter(v) {
                ascii = base
            } else if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark {
                continue
            } else if scalar.properties.isAlphabetic {
                other = String(scalar).lowercased()
            }
            if ascii == 0 && other == nil { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            if let other { out.append(contentsOf: other.utf8) } else { out.append(ascii) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func foundationKey(_ text: String) -> String {
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
