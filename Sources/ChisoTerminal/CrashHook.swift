#if DEBUG
import CChisoSys
import Foundation


/// A hidden test hook, compiled only in debug builds (`make test` builds debug): with `CHISO_TEST_CRASH` set, the dashboard fails on purpose so the tests
/// can check that every way of dying leaves the terminal as it was found.
///
/// `throw-start` throws right after the terminal is set up; the others act on the key `!`:
/// `segv` (a real invalid write), `bus`, `ill`, `trap`, `abort`, `fatal` (a Swift runtime
/// trap, `fatalError`) and `throw` (an error thrown while running).
public enum CrashHook: String, Sendable {
    case segv, bus, ill, trap, abort, fatal
    case throwRunning = "throw"
    case throwStart = "throw-start"

    /// The hook asked for by the environment, if any.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> CrashHook? {
        env["CHISO_TEST_CRASH"].flatMap { CrashHook(rawValue: $0) }
    }

    /// The error thrown by the `throw` hooks.
    public struct TestError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Fails the way the hook says.
    public func fire() throws {
        switch self {
        case .segv: chiso_test_crash(SIGSEGV)
        case .bus: chiso_test_crash(SIGBUS)
        case .ill: chiso_test_crash(SIGILL)
        case .trap: chiso_test_crash(SIGTRAP)
        case .abort: chiso_test_crash(SIGABRT)
        case .fatal: fatalError("CHISO_TEST_CRASH=fatal")
        case .throwRunning, .throwStart: throw TestError(description: "test error (CHISO_TEST_CRASH=\(rawValue))")
        }
    }
}
#endif
