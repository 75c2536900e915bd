import Foundation

/// The fast path's CSV tokenizer: finds the fields of one record in a byte buffer without
/// copying them, and says whether the record is plain enough for the fast path (no quoting
/// anomaly, no line break inside a field). Field bounds go to `fields` (content only: the
/// quotes of a quoted field are excluded, doubled quotes are left doubled and flagged).
///
/// The careful tokenizer, `CSVReader`, reads the records this one calls not plain, so its
/// diagnostics stay exact.
struct RecordTokenizer {
    /// Outcome of tokenizing one record.
    enum Token {
        /// The buffer ends inside the record: read more, or give up if the record is too long.
        case incomplete
        /// A record up to `end` (exclusive, line terminator included). `plain` is false when a
        /// field holds a line break or text follows a closing quote; `newlines` counts the line
        /// breaks the record spans (terminator included); `ascii` is false when a byte is not ASCII.
        case record(end: Int, plain: Bool, newlines: Int, ascii: Bool)
    }

    /// Bounds of the fields of the last record tokenized.
    let fields = FieldSlots()

    /// Tokenizes the common record — ASCII, no quotes, no CR, ended by LF — eight bytes at a
    /// time: comma and newline positions come from bit masks. Returns the end (after the LF), or
    /// nil to let `next(_:from:count:eof:)` read the record byte by byte.
    @inline(__always)
    func simple(_ p: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> Int? {
        guard let base = p.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        fields.reset()
        var fieldStart = start
        var j = start
        while j + 8 <= count {
            let w = raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)
            let bad = Self.exactZeroBytes(w ^ Self.quotes) | Self.exactZeroBytes(w ^ Self.carriageReturns) | (w & Self.highBits)
            let newline = Self.exactZeroBytes(w ^ Self.lineFeeds)
            var stops = Self.exactZeroBytes(w ^ Self.commas) | newline
            while stops != 0 {
                let bit = stops.trailingZeroBitCount
                if bad & ((UInt64(1) << UInt64(bit)) &- 1) != 0 { return nil }
                let position = j + (bit >> 3)
                fields.append(fieldStart, position, false)
                if newline & (UInt64(1) << UInt64(bit)) != 0 { return position + 1 }
                fieldStart = position + 1
                stops &= stops &- 1
            }
            if bad != 0 { return nil }
            j += 8
        }
        return nil
    }

    /// Tokenizes the record at `start`, byte by byte for quoted fields and eight bytes at a time
    /// through unquoted ones.
    func next(_ p: UnsafeBufferPointer<UInt8>, from start: Int, count: Int, eof: Bool) -> Token {
        let fields = self.fields
        fields.reset()
        var i = start
        var plain = true
        var newlines = 0
        var ascii = true
        while true {
            if i < count && p[i] == ASCII.quote {
                var j = i + 1
                var escaped = false
                var closed = false
                while j < count {
                    let b = p[j]
                    if b == ASCII.quote {
                        if j + 1 < count && p[j + 1] == ASCII.quote { escaped = true; j += 2; continue }
                        if j + 1 >= count && !eof { return .incomplete }
                        closed = true
                        break
                    }
                    if b == ASCII.lineFeed || b == ASCII.carriageReturn {
                        plain = false
                        // LF, CRLF and a lone CR each count once.
                        if b == ASCII.lineFeed || j + 1 >= count || p[j + 1] != ASCII.lineFeed { newlines += 1 }
                    }
                    if b >= 0x80 { ascii = false }
                    j += 1
                }
                if !closed {
                    if !eof { return .incomplete }
                    fields.append(i + 1, count, escaped)
                    return .record(end: count, plain: false, newlines: newlines, ascii: ascii)
                }
                fields.append(i + 1, j, escaped)
                i = j + 1
                if i < count {
                    let b = p[i]
                    if b == ASCII.comma { i += 1; continue }
                    if b == ASCII.lineFeed || b == ASCII.carriageReturn {
                        return finish(p, at: i, count: count, eof: eof, plain: plain, newlines: newlines, ascii: ascii)
                    }
                    plain = false // text after a closing quote: let the careful path report it
                    while i < count && p[i] != ASCII.comma && p[i] != ASCII.lineFeed && p[i] != ASCII.carriageReturn {
                        if p[i] >= 0x80 { ascii = false }
                        i += 1
                    }
                    if i < count && p[i] == ASCII.comma { i += 1; continue }
                    if i >= count && !eof { return .incomplete }
                    if i >= count { return .record(end: count, plain: plain, newlines: newlines, ascii: ascii) }
                    return finish(p, at: i, count: count, eof: eof, plain: plain, newlines: newlines, ascii: ascii)
                }
                if !eof { return .incomplete }
                return .record(end: count, plain: plain, newlines: newlines, ascii: ascii)
            }
            var j = i
            let table = Self.byteClass
            // Eight bytes at a time while none is special (`,` LF CR `"` or non-ASCII): the
            // lowest flagged byte of the SWAR test is exact, so we stop right at it.
            if let base = p.baseAddress {
                let raw = UnsafeRawPointer(base)
                while j + 8 <= count {
                    let w = raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)
                    let special = Self.zeroBytes(w ^ Self.commas) | Self.zeroBytes(w ^ Self.lineFeeds)
                        | Self.zeroBytes(w ^ Self.carriageReturns) | Self.zeroBytes(w ^ Self.quotes) | (w & Self.highBits)
                    if special != 0 { j += special.trailingZeroBitCount >> 3; break }
                    j += 8
                }
            }
            while j < count {
                let c = table[Int(p[j])]
                if c == ByteClass.ordinary { j += 1; continue }
                if c == ByteClass.endsField { break }
                if c == ByteClass.quote { plain = false } else { ascii = false }
                j += 1
            }
            fields.append(i, j, false)
            if j >= count {
                if !eof { return .incomplete }
                return .record(end: count, plain: plain, newlines: newlines, ascii: ascii)
            }
            if p[j] == ASCII.comma {
                i = j + 1
                if i >= count {
                    if !eof { return .incomplete }
                    fields.append(i, i, false)
                    return .record(end: count, plain: plain, newlines: newlines, ascii: ascii)
                }
                continue
            }
            return finish(p, at: j, count: count, eof: eof, plain: plain, newlines: newlines, ascii: ascii)
        }
    }

    /// The record ending with the line terminator at `i` (LF, CRLF or a lone CR).
    @inline(__always)
    private func finish(_ p: UnsafeBufferPointer<UInt8>, at i: Int, count: Int, eof: Bool, plain: Bool, newlines: Int, ascii: Bool) -> Token {
        if p[i] == ASCII.carriageReturn {
            if i + 1 < count {
                return .record(end: p[i + 1] == ASCII.lineFeed ? i + 2 : i + 1, plain: plain, newlines: newlines + 1, ascii: ascii)
            }
            if !eof { return .incomplete }
            return .record(end: i + 1, plain: plain, newlines: newlines + 1, ascii: ascii)
        }
        return .record(end: i + 1, plain: plain, newlines: newlines + 1, ascii: ascii)
    }

    // MARK: Bytes

    /// The bytes the tokenizers look for.
    enum ASCII {
        static let comma = UInt8(ascii: ",")
        static let quote = UInt8(ascii: "\"")
        static let lineFeed = UInt8(ascii: "\n")
        static let carriageReturn = UInt8(ascii: "\r")
    }

    /// Each byte the tokenizers look for, repeated in all eight bytes of a word, for the SWAR
    /// tests (literals, so the optimiser sees constants).
    private static let commas: UInt64 = 0x2C2C_2C2C_2C2C_2C2C          // ","
    private static let quotes: UInt64 = 0x2222_2222_2222_2222          // "\""
    private static let lineFeeds: UInt64 = 0x0A0A_0A0A_0A0A_0A0A       // LF
    private static let carriageReturns: UInt64 = 0x0D0D_0D0D_0D0D_0D0D // CR
    /// The high bit of every byte: set in a word exactly where a byte is not ASCII.
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Classes of `byteClass` for the unquoted-field scan.
    private enum ByteClass {
        static let ordinary: UInt8 = 0
        static let endsField: UInt8 = 1    // `,` LF CR
        static let quote: UInt8 = 2
        static let nonASCII: UInt8 = 3
    }

    /// The `ByteClass` of every byte value: one table load per byte.
    private static let byteClass: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for b in 0..<256 { table[b] = b >= 0x80 ? ByteClass.nonASCII : ByteClass.ordinary }
        table[Int(ASCII.comma)] = ByteClass.endsField
        table[Int(ASCII.lineFeed)] = ByteClass.endsField
        table[Int(ASCII.carriageReturn)] = ByteClass.endsField
        table[Int(ASCII.quote)] = ByteClass.quote
        return UnsafePointer(table)
    }()

    /// The high bit of exactly the zero bytes of `v` (no false positives: no carry crosses bytes).
    @inline(__always)
    static func exactZeroBytes(_ v: UInt64) -> UInt64 {
        ~(((v & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | v | 0x7F7F_7F7F_7F7F_7F7F)
    }

    /// The high bit of every zero byte of `v` (exact for the lowest zero byte).
    @inline(__always)
    static func zeroBytes(_ v: UInt64) -> UInt64 {
        (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080
    }
}
