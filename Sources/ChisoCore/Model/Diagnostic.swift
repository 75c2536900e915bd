import Foundation

/// A problem found while loading data, in a compiler's form so editors can jump to it.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Error {
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public let file: String
    public let line: Int
    public let column: Int
    public let severity: Severity
    public let message: String
    public let hint: String?

    public init(file: String, line: Int, column: Int, severity: Severity, message: String, hint: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.hint = hint
    }

    /// `FILE:LINE:COLUMN: error: message (hint)`, every part sanitised.
    public var description: String {
        // A problem with a whole file (missing, unreadable) has no line: `FILE: error: …`, as compilers print it.
        let place = line > 0 ? "\(Sanitizer.clean(file)):\(line):\(column)" : Sanitizer.clean(file)
        var text = "\(place): \(severity.rawValue): \(Sanitizer.clean(message))"
        if let hint { text += " (\(Sanitizer.clean(hint)))" }
        return text
    }
}
