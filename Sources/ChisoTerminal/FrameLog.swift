import ChisoUI
import Foundation

/// For benchmarks only (`make bench`, Scripts/bench-meeting.py): with `CHISO_FRAME_LOG=FILE` the
/// dashboard appends one line per frame it puts on the terminal:
/// `KIND EVENT_NS FRAME_NS MONTH UNIT`, where KIND is `key` (a key), `meeting` (news from the
/// meeting socket) or `other`, and the times are CLOCK_MONOTONIC nanoseconds (comparable between
/// processes): when the event was taken and when the frame was out. Without the variable nothing
/// is measured or written.
struct FrameLog {
    private let fd: Int32

    static func fromEnvironment() -> FrameLog? {
        guard let path = ProcessInfo.processInfo.environment["CHISO_FRAME_LOG"], !path.isEmpty else { return nil }
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        return fd >= 0 ? FrameLog(fd: fd) : nil
    }

    static func now() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    /// Appends the line of a frame just put out for an event taken at `eventTime`.
    func record(_ event: TerminalEvent, at eventTime: UInt64, _ state: AppState) {
        let kind: String
        switch event {
        case .key: kind = "key"
        case .ready: kind = "meeting"
        default: kind = "other"
        }
        let line = Array("\(kind) \(eventTime) \(FrameLog.now()) \(state.month) \(state.province)\n".utf8)
        _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }
}
