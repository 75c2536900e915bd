import Foundation

/// Byte-slice interning: maps the bytes of a field (or several) to a small integer without
/// building a String, so repeated names cost a hash and a compare.
struct ByteCache {
    private var arena: [UInt8] = []
    private var offsets: [Int32] = []
    private var lengths: [Int32] = []
    private var hashes: [UInt64] = []
    private(set) var values: [Int32] = []
    private var slots: [Int32]
    private var mask: Int

    init() {
        slots = [Int32](repeating: -1, count: 64)
        mask = 63
    }

    @inline(__always)
    static func hash(_ p: UnsafeBufferPointer<UInt8>, _ ranges: [(Int, Int)]) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for (a, b) in ranges {
            var i = a
            while i < b { h = (h ^ UInt64(p[i])) &* 0x100_0000_01B3; i += 1 }
            h = (h ^ 0xFF) &* 0x100_0000_01B3
        }
        return h
    }

    /// A quick hash of one slice: its length and its first and last eight bytes (the cache
    /// compares the full bytes on a hit, so collisions cost a compare, never a wrong answer).
    @inline(__always)
    static func hash(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> UInt64 {
        let n = b - a
        var h = UInt64(truncatingIfNeeded: n) &* 0x9E37_79B9_7F4A_7C15
        if n >= 8, let base = p.baseAddress {
            let raw = UnsafeRawPointer(base)
            h = (h ^ raw.loadUnaligned(fromByteOffset: a, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h = (h ^ raw.loadUnaligned(fromByteOffset: b - 8, as: UInt64.self)) &* 0xC4CE_B9FE_1A85_EC53
        } else {
            var i = a
            while i < b { h = (h ^ UInt64(p[i])) &* 0x100_0000_01B3; i += 1 }
        }
        return h ^ (h >> 29)
    }

    private func equal(_ e: Int, _ p: UnsafeBufferPointer<UInt8>, _ ranges: [(Int, Int)]) -> Bool {
        var o = Int(offsets[e])
        let end = o + Int(lengths[e])
        for (a, b) in ranges {
            var i = a
            while i < b {
                if o >= end || arena[o] != p[i] { return false }
                o += 1; i += 1
            }
            if o >= end || arena[o] != 0xFF { return false }
            o += 1
        }
        return o == end
    }

    /// The value stored for the bytes of `ranges`, or nil.
    func find(_ p: UnsafeBufferPointer<UInt8>, _ ranges: [(Int, Int)], hash h: UInt64) -> Int32? {
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[i]
            if s < 0 { return nil }
            if hashes[Int(s)] == h && equal(Int(s), p, ranges) { return values[Int(s)] }
            i = (i + 1) & mask
        }
    }

    /// Fast single-range lookup.
    @inline(__always)
    func find(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, hash h: UInt64) -> Int32? {
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[i]
            if s < 0 { return nil }
            let e = Int(s)
            if hashes[e] == h && Int(lengths[e]) == b - a + 1 {
                var o = Int(offsets[e]), j = a, same = true
                while j < b { if arena[o] != p[j] { same = false; break }; o += 1; j += 1 }
                if same { return values[e] }
            }
            i = (i + 1) & mask
        }
    }

    mutating func insert(_ p: UnsafeBufferPointer<UInt8>, _ ranges: [(Int, Int)], hash h: UInt64, value: Int32) {
        if (hashes.count + 1) * 2 > slots.count { grow() }
        let e = Int32(hashes.count)
        offsets.append(Int32(arena.count))
        for (a, b) in ranges {
            arena.append(contentsOf: UnsafeBufferPointer(rebasing: p[a..<b]))
            arena.append(0xFF)
        }
        lengths.append(Int32(arena.count) - offsets[Int(e)])
        hashes.append(h)
        values.append(value)
        place(Int(e))
    }

    private mutating func place(_ e: Int) {
        var i = Int(truncatingIfNeeded: hashes[e]) & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = Int32(e)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for e in 0..<hashes.count { place(e) }
    }
}

/// Field positions of the current record, in manually managed memory: the tokenizer writes
/// millions of them, and array bookkeeping (uniqueness checks, retains) dominated the profile.
final class FieldSlots {
    private(set) var start: UnsafeMutablePointer<Int>
    private(set) var end: UnsafeMutablePointer<Int>
    private(set) var escaped: UnsafeMutablePointer<Bool>
    private(set) var count = 0
    private var capacity = 64

    init() {
        start = .allocate(capacity: capacity)
        end = .allocate(capacity: capacity)
        escaped = .allocate(capacity: capacity)
    }

    deinit {
        start.deallocate()
        end.deallocate()
        escaped.deallocate()
    }

    @inline(__always) func reset() { count = 0 }

    @inline(__always) func append(_ a: Int, _ b: Int, _ e: Bool) {
        if count == capacity { grow() }
        start[count] = a
        end[count] = b
        escaped[count] = e
        count += 1
    }

    private func grow() {
        let newCapacity = capacity * 2
        let s2 = UnsafeMutablePointer<Int>.allocate(capacity: newCapacity)
        let e2 = UnsafeMutablePointer<Int>.allocate(capacity: newCapacity)
        let x2 = UnsafeMutablePointer<Bool>.allocate(capacity: newCapacity)
        s2.update(from: start, count: count)
        e2.update(from: end, count: count)
        x2.update(from: escaped, count: count)
        start.deallocate(); end.deallocate(); escaped.deallocate()
        start = s2; end = e2; escaped = x2
        capacity = newCapacity
    }
}

/// The loader's working memory: bytes read but not yet parsed, reused for every chunk.
final class WorkBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    var count = 0

    init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    /// Moves the bytes after `n` to the front.
    func dropFront(_ n: Int) {
        let rest = count - n
        if rest > 0 { (base).update(from: base + n, count: rest) }
        count = max(0, rest)
    }

    /// Makes room for `n` more bytes after `count`.
    func ensureRoom(_ n: Int) {
        guard count + n > capacity else { return }
        var newCapacity = capacity * 2
        while count + n > newCapacity { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}

/// The fast path of `ObservationLoader`: streams bytes, tokenizes records in place, interns
/// names and sources, parses plain numbers directly, and hands any doubtful row to the careful
/// path (`ObservationLoader.processRow`) so diagnostics stay exact.
struct FastReader {
    static let chunkSize = 4 << 20
    static let maxRecordBytes = 32 << 20

    let file: String
    let catalogue: Catalogue
    var buffer: ObservationBuffer
    var state: ObservationLoader.FileState
    var header: ObservationLoader.Header?

    private var provincePre = ByteCache()
    private var provincePost = ByteCache()
    private var indicators = ByteCache()
    private var sources = ByteCache()
    private var sourceIsEmpty: [Bool] = []
    private var indicatorUnits: [[UInt8]]
    private var indicatorKinds: [IndicatorKind]

    // Reusable per-record field positions.
    private let fields = FieldSlots()
    private var ranges: [(Int, Int)] = [(0, 0), (0, 0), (0, 0), (0, 0)]
    // The previous row's province and source bytes and what they resolved to: rows of one
    // unit and one publication come in runs, so most rows are a memcmp away from the answer.
    private var lastProvince: [UInt8] = []
    private var lastProvincePre = false
    private var lastUnit: Int32 = -1
    private var lastSource: [UInt8] = []
    private var lastSourceID: Int32 = -1
    /// Column positions of the header in `ObservationLoader.columnNames` order (-1 absent).
    private var positions = Positions()
    private var headerWidth = -1

    struct Positions {
        var p0 = -1, p1 = -1, p2 = -1, p3 = -1, p4 = -1, p5 = -1, p6 = -1, p7 = -1, p8 = -1, p9 = -1
        init() {}
        init(_ a: [Int]) {
            func at(_ i: Int) -> Int { i < a.count ? a[i] : -1 }
            p0 = at(0); p1 = at(1); p2 = at(2); p3 = at(3); p4 = at(4); p5 = at(5); p6 = at(6); p7 = at(7); p8 = at(8); p9 = at(9)
        }
        @inline(__always) subscript(_ i: Int) -> Int {
            switch i {
            case 0: return p0
            case 1: return p1
            case 2: return p2
            case 3: return p3
            case 4: return p4
            case 5: return p5
            case 6: return p6
            case 7: return p7
            case 8: return p8
            default: return p9
            }
        }
    }

    init(file: String, catalogue: Catalogue, buffer: ObservationBuffer) {
        self.file = file
        self.catalogue = catalogue
        self.buffer = buffer
        var b = buffer
        let id = b.fileID(file)
        self.buffer = b
        state = ObservationLoader.FileState(file: file, fileID: id)
        indicatorUnits = catalogue.indicators.map { Array($0.unit.lowercased().utf8) }
        indicatorKinds = catalogue.indicators.map(\.kind)
    }

    /// Outcome of tokenizing one record.
    private enum Token {
        case incomplete
        /// A record from `start` to `end` (exclusive, terminator included), plain (no quoting
        /// anomaly, no newline inside a field, ASCII or not).
        case record(end: Int, plain: Bool, newlines: Int, ascii: Bool)
    }

    /// Tokenizes the record at `start`; fills `fieldStart`/`fieldEnd` (content bounds, quotes excluded).
    private mutating func tokenize(_ p: UnsafeBufferPointer<UInt8>, from start: Int, count: Int, eof: Bool) -> Token {
        let fields = self.fields
        fields.reset()
        var i = start
        var plain = true
        var newlines = 0
        var ascii = true
        while true {
            // One field.
            if i < count && p[i] == 0x22 {
                var j = i + 1
                var escaped = false
                var closed = false
                while j < count {
                    let b = p[j]
                    if b == 0x22 {
                        if j + 1 < count && p[j + 1] == 0x22 { escaped = true; j += 2; continue }
                        if j + 1 >= count && !eof { return .incomplete }
                        closed = true
                        break
                    }
                    if b == 0x0A || b == 0x0D { plain = false; if b == 0x0A || j + 1 >= count || p[j + 1] != 0x0A { newlines += 1 } } // LF, CRLF, lone CR
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
                    if b == 0x2C { i += 1; continue }
                    if b == 0x0A || b == 0x0D {
                        return finish(p, at: i, count: count, eof: eof, plain: plain, newlines: newlines, ascii: ascii)
                    }
                    plain = false // text after a closing quote: let the careful path report it
                    while i < count && p[i] != 0x2C && p[i] != 0x0A && p[i] != 0x0D { if p[i] >= 0x80 { ascii = false }; i += 1 }
                    if i < count && p[i] == 0x2C { i += 1; continue }
                    if i >= count && !eof { return .incomplete }
                    if i >= count { return .record(end: count, plain: plain, newlines: newlines, ascii: ascii) }
                    return finish(p, at: i, count: count, eof: eof, plain: plain, newlines: newlines, ascii: ascii)
                }
                if !eof { return .incomplete }
                return .record(end: count, plain: plain, newlines: newlines, ascii: ascii)
            }
            var j = i
            let table = FastReader.byteClass
            // Eight bytes at a time while none is special (`,` LF CR `"` or non-ASCII): the
            // lowest flagged byte of the SWAR test is exact, so we stop right at it.
            if let base = p.baseAddress {
                let raw = UnsafeRawPointer(base)
                while j + 8 <= count {
                    let w = raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)
                    let special = FastReader.zeroBytes(w ^ 0x2C2C_2C2C_2C2C_2C2C) | FastReader.zeroBytes(w ^ 0x0A0A_0A0A_0A0A_0A0A)
                        | FastReader.zeroBytes(w ^ 0x0D0D_0D0D_0D0D_0D0D) | FastReader.zeroBytes(w ^ 0x2222_2222_2222_2222) | (w & 0x8080_8080_8080_8080)
                    if special != 0 { j += special.trailingZeroBitCount >> 3; break }
                    j += 8
                }
            }
            while j < count {
                let c = table[Int(p[j])]
                if c == 0 { j += 1; continue }
                if c == 1 { break }
                if c == 2 { plain = false } else { ascii = false }
                j += 1
            }
            fields.append(i, j, false)
            if j >= count {
                if !eof { return .incomplete }
                return .record(end: count, plain: plain, newlines: newlines, ascii: ascii)
            }
            if p[j] == 0x2C {
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

    @inline(__always)
    private func finish(_ p: UnsafeBufferPointer<UInt8>, at i: Int, count: Int, eof: Bool, plain: Bool, newlines: Int, ascii: Bool) -> Token {
        if p[i] == 0x0D {
            if i + 1 < count { return .record(end: p[i + 1] == 0x0A ? i + 2 : i + 1, plain: plain, newlines: newlines + 1, ascii: ascii) }
            if !eof { return .incomplete }
            return .record(end: i + 1, plain: plain, newlines: newlines + 1, ascii: ascii)
        }
        return .record(end: i + 1, plain: plain, newlines: newlines + 1, ascii: ascii)
    }

    /// Reads everything from `source`.
    mutating func run<S: ByteSource>(source: S, diagnostics: inout [Diagnostic], progress: ((Int, Int) -> Void)?) {
        // One working buffer, reused for every chunk: the unparsed tail moves to the front and
        // the next chunk is read straight after it (no per-chunk allocation or page faults).
        let work = WorkBuffer(capacity: FastReader.chunkSize * 2)
        var start = 0
        var line = 1
        var consumed = 0   // bytes dropped from the front of the buffer so far
        var eof = false
        var sawContent = false
        var first = true
        var skippingLongRecord = false
        while true {
            if !eof {
                if start > 0 {
                    work.dropFront(start)
                    consumed += start
                    start = 0
                }
                work.ensureRoom(FastReader.chunkSize)
                let n = source.read(into: work.base + work.count, max: FastReader.chunkSize)
                if n <= 0 { eof = true } else { work.count += n }
                progress?(consumed + work.count, 0)
                if first && work.count >= 3 && work.base[0] == 0xEF && work.base[1] == 0xBB && work.base[2] == 0xBF {
                    start = 3
                }
                if first && (work.count >= 3 || eof) { first = false }
            }
            if !sawContent {
                var i = start
                while i < work.count {
                    let b = work.base[i]
                    if !(b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09) { sawContent = true; break }
                    i += 1
                }
                if !sawContent && !eof { continue }
                if !sawContent {
                    diagnostics.append(Diagnostic(file: file, line: 1, column: 1, severity: .error, message: "empty file",
                                                  hint: "a data file needs a header row and at least one row"))
                    return
                }
            }
            let p = UnsafeBufferPointer(start: work.base, count: work.count)
            let count = p.count
            parsing: while start < count {
                if skippingLongRecord {
                    var i = start
                    while i < count && p[i] != 0x0A { i += 1 }
                    if i >= count { start = count; break parsing }
                    start = i + 1
                    line += 1
                    skippingLongRecord = false
                    continue
                }
                if let end = tokenizeSimple(p, from: start, count: count) {
                    handleRecord(p, start: start, end: end, line: line, plain: true, ascii: true,
                                 globalOffset: consumed, diagnostics: &diagnostics)
                    start = end
                    line += 1
                    continue
                }
                switch tokenize(p, from: start, count: count, eof: eof) {
                case .incomplete:
                    if count - start > FastReader.maxRecordBytes {
                        diagnostics.append(Diagnostic(file: file, line: line, column: 1, severity: .error,
                                                      message: "row longer than \(FastReader.maxRecordBytes >> 20) MB; skipped",
                                                      hint: "check for an unterminated quote above this line"))
                        skippingLongRecord = true
                        start = count
                    }
                    break parsing
                case .record(let end, let plain, let newlines, let ascii):
                    handleRecord(p, start: start, end: end, line: line, plain: plain, ascii: ascii,
                                 globalOffset: consumed, diagnostics: &diagnostics)
                    start = end
                    line += newlines
                }
            }
            if eof { break }
        }
        flushStage()
        if header != nil { ObservationLoader.finish(state, diagnostics: &diagnostics) }
    }

    /// Validates UTF-8 of a record; reports the first bad sequence and returns false.
    private func checkUTF8(_ p: UnsafeBufferPointer<UInt8>, start: Int, end: Int, line: Int, globalOffset: Int, diagnostics: inout [Diagnostic]) -> Bool {
        let bytes = Array(p[start..<end])
        let bad = UTF8Check.invalidOffsets(in: bytes, limit: 20)
        if bad.isEmpty { return true }
        for offset in bad {
            let (l, c) = UTF8Check.lineColumn(of: offset, in: bytes)
            diagnostics.append(Diagnostic(file: file, line: line + l - 1, column: c, severity: .error,
                                          message: "invalid UTF-8 at byte offset \(globalOffset + start + offset)",
                                          hint: "save the file as UTF-8"))
        }
        return false
    }

    private mutating func handleRecord(_ p: UnsafeBufferPointer<UInt8>, start: Int, end: Int, line: Int, plain: Bool, ascii: Bool,
                                       globalOffset: Int, diagnostics: inout [Diagnostic]) {
        if !ascii && !checkUTF8(p, start: start, end: end, line: line, globalOffset: globalOffset, diagnostics: &utf8Problems) {
            state.report(utf8Problems, into: &diagnostics)
            utf8Problems.removeAll()
            if header == nil { header = ObservationLoader.Header() ; headerFailed = true }
            return
        }
        if header == nil {
            let fields = careful(p, start: start, end: end, line: line, diagnostics: &diagnostics)
            header = fields.flatMap { ObservationLoader.header(from: $0, file: file, diagnostics: &diagnostics) } ?? ObservationLoader.Header()
            positions = Positions(header?.positions ?? [])
            headerWidth = header?.width ?? -1
            headerFailed = header?.width == 0
            return
        }
        if headerFailed { return }
        // The fast path needs only the header's width and positions (kept as plain integers:
        // copying the Header struct per row cost a retain and release of its dictionary).
        // A record longer than the careful path's field limit goes there, so both paths skip it alike.
        if plain && fields.count == headerWidth && end - start <= CSVReader.maxFieldBytes && fast(p, recordStart: start, line: line, ascii: ascii) { return }
        guard let header else { return }
        flushStage()
        var found: [Diagnostic] = []
        if let fields = careful(p, start: start, end: end, line: line, diagnostics: &found) {
            ObservationLoader.checkRow(fields, header: header, state: &state, catalogue: catalogue, into: &buffer, diagnostics: &found)
        }
        if !found.isEmpty { state.report(found, into: &diagnostics) }
    }

    private var headerFailed = false
    private let stage = RowStage()
    private var utf8Problems: [Diagnostic] = []

    /// Re-reads a record with the careful tokenizer; nil when a fatal issue was reported.
    private func careful(_ p: UnsafeBufferPointer<UInt8>, start: Int, end: Int, line: Int, diagnostics: inout [Diagnostic]) -> [CSVField]? {
        var reader = CSVReader(bytes: Array(p[start..<end]), firstLine: line)
        var issues: [CSVIssue] = []
        guard let record = reader.nextRecord(issues: &issues) else { return nil }
        let fatal = CSVIssue.report(issues, file: file, into: &diagnostics)
        return fatal ? nil : record
    }

    // MARK: The fast path

    @inline(__always)
    private func trimmed(_ p: UnsafeBufferPointer<UInt8>, _ f: Int) -> (Int, Int) {
        var a = fields.start[f], b = fields.end[f]
        while a < b && (p[a] == 0x20 || p[a] == 0x09) { a += 1 }
        while b > a && (p[b - 1] == 0x20 || p[b - 1] == 0x09) { b -= 1 }
        return (a, b)
    }

    /// Field text exactly as the careful path reads it (trimmed, NFC, quotes unescaped).
    private func text(_ p: UnsafeBufferPointer<UInt8>, _ f: Int) -> String {
        guard f >= 0 else { return "" }
        var s = String(decoding: UnsafeBufferPointer(rebasing: p[fields.start[f]..<fields.end[f]]), as: UTF8.self)
        if fields.escaped[f] { s = s.replacingOccurrences(of: "\"\"", with: "\"") }
        return FieldText.clean(s)
    }

    /// Parses `[+-]digits[.digits]` exactly (at most 15 significant digits); nil otherwise.
    @inline(__always)
    private func number(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Double? {
        var i = a
        var negative = false
        if i < b && (p[i] == 0x2D || p[i] == 0x2B) { negative = p[i] == 0x2D; i += 1 }
        var mantissa: Int64 = 0
        var digits = 0, decimals = 0
        var sawDot = false
        var significant = 0
        while i < b {
            let c = p[i]
            if c >= 0x30 && c <= 0x39 {
                mantissa = mantissa &* 10 &+ Int64(c - 0x30)
                digits += 1
                if mantissa != 0 { significant += 1 }
                if sawDot { decimals += 1 }
            } else if c == 0x2E && !sawDot {
                sawDot = true
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0, significant <= 15, decimals <= 15 else { return nil }
        var v = Double(mantissa)
        if decimals > 0 { v /= FastReader.powers[decimals] }
        return negative ? -v : v
    }

    static let powers: [Double] = (0...22).map { pow(10, Double($0)) }

    /// Byte classes for the unquoted-field scan: 0 ordinary, 1 ends the field (`,` LF CR),
    /// 2 a quote, 3 a non-ASCII byte. One table load per byte.
    static let byteClass: UnsafePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for b in 0..<256 { t[b] = b >= 0x80 ? 3 : 0 }
        t[0x2C] = 1; t[0x0A] = 1; t[0x0D] = 1; t[0x22] = 2
        return UnsafePointer(t)
    }()

    /// The high bit of exactly the zero bytes of `v` (no false positives: no carry crosses bytes).
    @inline(__always)
    static func exactZeroBytes(_ v: UInt64) -> UInt64 {
        ~(((v & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | v | 0x7F7F_7F7F_7F7F_7F7F)
    }

    /// The common record — ASCII, no quotes, no CR, ended by LF — split eight bytes at a time:
    /// comma and newline positions come from bit masks. Returns the end (after the LF), or nil
    /// to let `tokenize` handle the record byte by byte.
    @inline(__always)
    private func tokenizeSimple(_ p: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> Int? {
        guard let base = p.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let fields = self.fields
        fields.reset()
        var fieldStart = start
        var j = start
        while j + 8 <= count {
            let w = raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)
            let bad = FastReader.exactZeroBytes(w ^ 0x2222_2222_2222_2222) | FastReader.exactZeroBytes(w ^ 0x0D0D_0D0D_0D0D_0D0D) | (w & 0x8080_8080_8080_8080)
            let newline = FastReader.exactZeroBytes(w ^ 0x0A0A_0A0A_0A0A_0A0A)
            var stops = FastReader.exactZeroBytes(w ^ 0x2C2C_2C2C_2C2C_2C2C) | newline
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

    /// The high bit of every zero byte of `v` (exact for the lowest zero byte).
    @inline(__always)
    static func zeroBytes(_ v: UInt64) -> UInt64 {
        (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080
    }

    /// True when bytes `a..<b` equal `saved`.
    @inline(__always)
    static func same(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, _ saved: [UInt8]) -> Bool {
        guard b - a == saved.count else { return false }
        if saved.isEmpty { return true }
        return saved.withUnsafeBufferPointer { q in memcmp(p.baseAddress! + a, q.baseAddress!, saved.count) == 0 }
    }

    /// Handles a plain record whose every check passes; false hands it to the careful path.
    private mutating func fast(_ p: UnsafeBufferPointer<UInt8>, recordStart: Int, line: Int, ascii: Bool) -> Bool {
        let pos = positions
        // period: exactly YYYY-MM
        let (pa, pb) = trimmed(p, pos[1])
        guard pb - pa == 7, p[pa + 4] == 0x2D else { return false }
        var year = 0, month = 0
        for k in 0..<4 { let c = p[pa + k]; guard c >= 0x30 && c <= 0x39 else { return false }; year = year * 10 + Int(c - 0x30) }
        for k in 5..<7 { let c = p[pa + k]; guard c >= 0x30 && c <= 0x39 else { return false }; month = month * 10 + Int(c - 0x30) }
        guard (1...12).contains(month), Period.validYears.contains(year) else { return false }
        let period = Period(year: year, month: month)
        // province
        let fa = fields.start[pos[0]], fb = fields.end[pos[0]]
        let pre = period.isBeforeReorganisation
        var unit: Int32
        if pre == lastProvincePre && lastUnit >= 0 && FastReader.same(p, fa, fb, lastProvince) {
            unit = lastUnit
        } else {
            let hp = ByteCache.hash(p, fa, fb)
            if let u = (pre ? provincePre : provincePost).find(p, fa, fb, hash: hp) { unit = u } else {
                let name = text(p, pos[0])
                let resolved = catalogue.resolveUnit(name, period: period).flatMap { catalogue.unitIndex(id: $0.id) }
                unit = Int32(resolved ?? -1)
                if pre { provincePre.insert(p, [(fa, fb)], hash: hp, value: unit) } else { provincePost.insert(p, [(fa, fb)], hash: hp, value: unit) }
            }
            lastProvince = Array(UnsafeBufferPointer(rebasing: p[fa..<fb]))
            lastProvincePre = pre
            lastUnit = unit
        }
        guard unit >= 0, Int(unit) < FigureKeyPacking.maxUnits else { return false }
        // indicator
        let ia = fields.start[pos[2]], ib = fields.end[pos[2]]
        let hi = ByteCache.hash(p, ia, ib)
        var indicator: Int32
        if let v = indicators.find(p, ia, ib, hash: hi) { indicator = v } else {
            indicator = Int32(catalogue.indicatorIndex(id: text(p, pos[2])) ?? -1)
            indicators.insert(p, [(ia, ib)], hash: hi, value: indicator)
        }
        guard indicator >= 0, Int(indicator) < FigureKeyPacking.maxIndicators else { return false }
        let kind = indicatorKinds[Int(indicator)]
        // basis
        var basis = Basis.month
        if pos[4] >= 0 {
            let ba = fields.start[pos[4]], bb = fields.end[pos[4]]
            switch bb - ba {
            case 0: basis = .month
            case 3 where p[ba] == 0x79 && p[ba + 1] == 0x74 && p[ba + 2] == 0x64: basis = .ytd
            case 5 where p[ba] == 0x6D && p[ba + 1] == 0x6F && p[ba + 2] == 0x6E && p[ba + 3] == 0x74 && p[ba + 4] == 0x68: basis = .month
            default: return false
            }
        }
        // value
        let va = fields.start[pos[3]], vb = fields.end[pos[3]]
        guard let value = number(p, va, vb) else { return false }
        if kind == .count && (value < 0 || value != value.rounded()) { return false }
        if kind == .flow && value < 0 { return false }
        // unit
        if pos[5] >= 0 {
            let ua = fields.start[pos[5]], ub = fields.end[pos[5]]
            if ub > ua {
                let same = indicatorUnits[Int(indicator)].withUnsafeBufferPointer { expected -> Bool in
                    guard ub - ua == expected.count else { return false }
                    for k in 0..<expected.count {
                        var c = p[ua + k]
                        if c >= 0x41 && c <= 0x5A { c += 32 }
                        if c != expected[k] { return false }
                    }
                    return true
                }
                guard same else { return false }
            }
        }
        // source, quote, published, note: one interned descriptor
        // The four source fields as one span when they are adjacent (the usual layout), for the memo.
        var spanStart = Int.max, spanEnd = 0
        for k in 6..<10 {
            let f = pos[k]
            if f >= 0 { spanStart = min(spanStart, fields.start[f]); spanEnd = max(spanEnd, fields.end[f]) }
        }
        var sid: Int32 = -1
        if spanStart > spanEnd { spanStart = 0; spanEnd = 0 }
        let memo = lastSourceID >= 0 && FastReader.same(p, spanStart, spanEnd, lastSource)
        if memo { sid = lastSourceID } else {
        for k in 6..<10 { let f = pos[k]; ranges[k - 6] = f >= 0 ? (fields.start[f], fields.end[f]) : (0, 0) }
        let hs = ByteCache.hash(p, ranges)
        if let v = sources.find(p, ranges, hash: hs) { sid = v } else {
            let publishedText = text(p, pos[8])
            if !publishedText.isEmpty && !ObservationLoader.isDate(publishedText) {
                sid = -1
            } else {
                let info = SourceInfo(citation: text(p, pos[6]), quote: text(p, pos[7]),
                                      published: publishedText.isEmpty ? nil : publishedText, note: text(p, pos[9]))
                sid = buffer.sourceID(info)
                while sourceIsEmpty.count <= Int(sid) { sourceIsEmpty.append(false) }
                sourceIsEmpty[Int(sid)] = info.citation.isEmpty
            }
            sources.insert(p, ranges, hash: hs, value: sid)
        }
        // The memo holds the whole span, which includes the field separators, so two rows with
        // the same span have the same four fields.
        lastSource = Array(UnsafeBufferPointer(rebasing: p[spanStart..<spanEnd]))
        lastSourceID = sid
        }
        guard sid >= 0 else { return false }
        if sourceIsEmpty[Int(sid)] {
            state.missingSource += 1
            if state.firstMissingSourceLine == 0 { state.firstMissingSourceLine = line }
        }
        // Column of the value: characters from the start of the line.
        var column = 1
        if ascii { column = va - recordStart + 1 } else {
            var k = recordStart
            while k < va { if p[k] & 0xC0 != 0x80 { column += 1 }; k += 1 }
        }
        if va > recordStart && p[va - 1] == 0x22 { column -= 1 }
        stage.add(key: FigureKeyPacking.pack(unit: Int(unit), indicator: Int(indicator), basis: basis, ordinal: period.ordinal),
                  value: value, source: sid, line: line, column: column)
        if stage.isFull { flushStage() }
        return true
    }

    /// Moves the staged fast-path rows into the buffer (before any careful-path row, so the
    /// order of rows, which decides revisions, is kept).
    private mutating func flushStage() {
        guard stage.count > 0 else { return }
        buffer.append(batch: stage, file: state.fileID)
        stage.count = 0
    }
}
