import Foundation

/// Skips the rest of a record too long to read (over `FastReader.maxRecordBytes`) as CSV, chunk
/// by chunk: a line break inside a quoted field belongs to the field, so a line written inside
/// the quoted text is never taken for a row, and the lines it spans are counted so the rows
/// after it keep their true line numbers.
struct LongRecordSkipper {
    private enum State {
        /// At the start of a field.
        case fieldStart
        /// Inside an unquoted field (or the text after a closing quote).
        case unquoted
        /// Inside a quoted field.
        case quoted
        /// Inside a quoted field, right after a CR (an LF next is part of the same line break).
        case quotedAfterCarriageReturn
        /// Inside a quoted field, right after a quote: a second quote is an escaped quote,
        /// anything else means the field was closed.
        case quoteInQuoted
        /// After the CR that ended the record (an LF next belongs to it).
        case endedAfterCarriageReturn
        /// The record is over.
        case ended
    }

    private var state = State.fieldStart
    /// Line breaks passed so far, the one ending the record included.
    private(set) var newlines = 0

    /// True once the end of the record was found (`skip` then returns where it ends).
    var isDone: Bool { state == .ended }

    /// Passes the bytes of `p` from `start` until the end of the record or of `p`; returns
    /// where it stopped (just after the record, or `p.count`).
    mutating func skip(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let quote = RecordTokenizer.ASCII.quote, comma = RecordTokenizer.ASCII.comma
        let lineFeed = RecordTokenizer.ASCII.lineFeed, carriageReturn = RecordTokenizer.ASCII.carriageReturn
        var i = start
        while i < p.count {
            let b = p[i]
            switch state {
            case .fieldStart:
                if b == quote { state = .quoted; i += 1 } else { state = .unquoted }
            case .unquoted:
                if b == comma { state = .fieldStart } else if b == lineFeed { newlines += 1; state = .ended; return i + 1 } else if b == carriageReturn {
                    newlines += 1
                    state = .endedAfterCarriageReturn
                }
                i += 1
            case .quoted, .quotedAfterCarriageReturn:
                let afterCR = state == .quotedAfterCarriageReturn
                state = .quoted
                if b == quote {
                    state = .quoteInQuoted
                } else if b == lineFeed {
                    if !afterCR { newlines += 1 }
                } else if b == carriageReturn {
                    newlines += 1
                    state = .quotedAfterCarriageReturn
                }
                i += 1
            case .quoteInQuoted:
                if b == quote { state = .quoted; i += 1 } else { state = .unquoted }
            case .endedAfterCarriageReturn:
                state = .ended
                return b == lineFeed ? i + 1 : i
            case .ended:
                return i
            }
        }
        return i
    }

    /// Ends the record at the end of the input (a record may end without a line break).
    mutating func finish() {
        state = .ended
    }
}
