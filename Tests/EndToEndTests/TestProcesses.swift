import Foundation

/// The processes a test started, found by a mark in their environment (`/proc/PID/environ`
/// holds the environment a process was started with, and children inherit it): a test puts
/// `CHISO_TEST_MARK=<its name>` on what it starts, and `end(marked:)` ends whatever still runs.
enum TestProcesses {
    static let markName = "CHISO_TEST_MARK"

    /// The live processes (not zombies) whose environment holds `entry` (`NAME=value`).
    static func marked(_ entry: String) -> [Int32] {
        let needle = Data(entry.utf8) + Data([0])
        let me = getpid()
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { Int32($0) }.filter { pid in
            guard pid != me, let environ = FileManager.default.contents(atPath: "/proc/\(pid)/environ") else { return false }
            return environ.starts(with: needle) || environ.range(of: Data([0]) + needle) != nil
        }
    }

    /// Sends SIGKILL to every process marked `entry` until none is left (at most 5 s).
    static func end(marked entry: String) {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            let pids = marked(entry)
            if pids.isEmpty { return }
            for pid in pids { kill(pid, SIGKILL) }
            usleep(20_000)
        }
    }
}
