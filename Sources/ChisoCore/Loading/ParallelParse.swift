import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a large observation file on both cores: the file is split in two at a line break near
/// its middle, a second thread reads the later part while the calling thread reads the header
/// and the first part, and the later part's rows and problems are appended after the first's,
/// so the store and the diagnostics are exactly those of one reader going through the file
/// (`ParallelParseTests` compares them at every split point of the fixtures).
///
/// The split is a guess: a line break may lie inside a quoted field. The first reader stops
/// only when a record starts exactly at the split; when a record runs across it instead, the
/// later part's work is dropped and the first reader reads on to the end of the file.
///
/// The merge: the later part's lines are counted from 1 and moved by the line the first part
/// ended on; its publications are interned again in its order (the ids come out as one reader
/// gives them: first seen, first numbered); its problems go through the file's limit of shown
/// problems in order, after the first part's; the counts of rows without a source add up.
enum ParallelParse {
    /// Files smaller than this are read by one reader: a thread and a merge cost more than they save.
    static let minimumBytes = 4 << 20

    /// Whether large files are read in two parts (`CHISO_PARALLEL_PARSE=0` turns it off, to
    /// compare the two ways on real data).
    static let enabled = ProcessInfo.processInfo.environment["CHISO_PARALLEL_PARSE"] != "0"

    /// Reads `bytes` (the file `file`) into `buffer`. `split` chooses the split offset (tests);
    /// by default the first line break after the middle, for a file of at least `minimumBytes`.
    static func load(_ bytes: some PositionalBytes, file: String, catalogue: Catalogue, into buffer: inout ObservationBuffer,
                     diagnostics: inout [Diagnostic], split: Int? = nil,
                     progress: ((Int, Int) -> Void)?) -> ObservationLoader.PathCounts {
        var first = FastReader(file: file, catalogue: catalogue, buffer: buffer)
        buffer = ObservationBuffer()
        defer { buffer = first.buffer }
        let boundary = split ?? (bytes.size >= minimumBytes ? lineStart(after: bytes.size / 2, in: bytes) : nil)
        guard let boundary, boundary > 0, boundary < bytes.size else {
            first.run(source: PartSource(bytes, offset: 0), diagnostics: &diagnostics, progress: progress)
            return first.counts
        }
        let part = LaterPart()
        first.stopAt = boundary
        first.onHeader = { header in
            part.work = ThreadedWork {
                var second = FastReader(file: file, catalogue: catalogue, header: header, offset: boundary,
                                        reserve: (bytes.size - boundary) / 40)
                var found: [Diagnostic] = []
                second.parse(source: PartSource(bytes, offset: boundary, cancelled: part), diagnostics: &found,
                             progress: progress == nil ? nil : { done, _ in part.setBytesDone(done - boundary) })
                part.reader = second
                part.diagnostics = found
            }
        }
        first.parse(source: PartSource(bytes, offset: 0), diagnostics: &diagnostics,
                    progress: progress.map { report in { done, total in report(min(done, boundary) + part.bytesDone, total) } })
        if first.stopped, let work = part.work {
            work.wait()
            if let second = part.reader { merge(second, part.diagnostics, into: &first, diagnostics: &diagnostics) }
        } else {
            // The first reader read the whole file (a record ran across the split, or the header
            // had a problem and no second reader started).
            part.cancel()
            part.work?.wait()
        }
        first.finishFile(diagnostics: &diagnostics)
        return first.counts
    }

    /// Appends the later part's rows, problems and counts to the first part's reader.
    private static func merge(_ later: FastReader, _ found: [Diagnostic], into first: inout FastReader, diagnostics: inout [Diagnostic]) {
        var second = later
        let shift = first.line - 1
        first.buffer.append(part: &second.buffer, file: first.state.fileID, lineShift: Int32(truncatingIfNeeded: shift))
        var limited = second.state.limited[...]
        for (i, d) in found.enumerated() {
            let moved = d.line > 0 ? Diagnostic(file: d.file, line: d.line + shift, column: d.column, severity: d.severity, d.phrase,
                                                hint: d.hintPhrase) : d
            if limited.first == i {
                limited = limited.dropFirst()
                first.state.report([moved], into: &diagnostics)
            } else {
                diagnostics.append(moved)
            }
        }
        first.state.hidden += second.state.hidden
        first.state.missingSource += second.state.missingSource
        if first.state.firstMissingSourceLine == 0 && second.state.firstMissingSourceLine > 0 {
            first.state.firstMissingSourceLine = second.state.firstMissingSourceLine + shift
        }
        first.sawAnyRow = first.sawAnyRow || second.sawAnyRow
        first.addCounts(second.counts)
        first.markTwoParts()
    }

    /// The offset just after the first line feed at or after `offset`; nil when there is none.
    static func lineStart(after offset: Int, in bytes: some PositionalBytes) -> Int? {
        let size = 64 << 10
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        defer { scratch.deallocate() }
        var at = offset
        while true {
            let n = bytes.read(into: scratch, max: size, at: at)
            guard n > 0 else { return nil }
            for i in 0..<n where scratch[i] == RecordTokenizer.ASCII.lineFeed { return at + i + 1 }
            at += n
        }
    }
}

/// The later part's reader as it ends, shared with the thread that reads it; its progress; and
/// the flag that stops it early when its work is not needed.
private final class LaterPart: @unchecked Sendable {
    var work: ThreadedWork?
    var reader: FastReader?
    var diagnostics: [Diagnostic] = []
    private let lock = NSLock()
    private var done = 0
    private var stop = false

    var bytesDone: Int { lock.withLock { done } }
    func setBytesDone(_ n: Int) { lock.withLock { done = n } }
    var isCancelled: Bool { lock.withLock { stop } }
    func cancel() { lock.withLock { stop = true } }
}

/// Bytes that can be read from any offset: a file (`pread`) or bytes in memory.
protocol PositionalBytes {
    var size: Int { get }
    /// Writes up to `max` bytes from `offset` at `buffer`; returns how many (0 at the end, negative on error).
    func read(into buffer: UnsafeMutablePointer<UInt8>, max: Int, at offset: Int) -> Int
}

/// A file's bytes from `offset` on, read as a stream (each reader of a part has its own).
private final class PartSource<Bytes: PositionalBytes>: ByteSource {
    let bytes: Bytes
    var offset: Int
    let cancelled: LaterPart?

    init(_ bytes: Bytes, offset: Int, cancelled: LaterPart? = nil) {
        self.bytes = bytes
        self.offset = offset
        self.cancelled = cancelled
    }

    func read(into buffer: UnsafeMutablePointer<UInt8>, max: Int) -> Int {
        if cancelled?.isCancelled == true { return 0 }
        let n = bytes.read(into: buffer, max: max, at: offset)
        if n > 0 { offset += n }
        return n
    }
}

extension FileReading.Handle: PositionalBytes {
    public func read(into buffer: UnsafeMutablePointer<UInt8>, max: Int, at offset: Int) -> Int {
        var n = -1
        repeat { n = pread(fd, buffer, max, off_t(offset)) } while n < 0 && errno == EINTR
        return n
    }
}

/// Bytes in memory read from any offset (tests, and rows given as bytes).
struct MemoryBytes: PositionalBytes {
    let bytes: [UInt8]
    var size: Int { bytes.count }

    func read(into buffer: UnsafeMutablePointer<UInt8>, max: Int, at offset: Int) -> Int {
        let n = Swift.min(max, bytes.count - offset)
        if n <= 0 { return 0 }
        bytes.withUnsafeBufferPointer { b in
            if let base = b.baseAddress { buffer.update(from: base + offset, count: n) }
        }
        return n
    }
}
