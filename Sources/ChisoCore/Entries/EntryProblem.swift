import Foundation

/// A problem with one field of an entry, for the form (next to the field) and `chiso entry add`.
public struct EntryProblem: Hashable, Sendable, CustomStringConvertible {
    /// The field's column name (`value`, `province`, `status`, …).
    public let field: String
    public let severity: Diagnostic.Severity
    public let message: String
    public let hint: String?

    public init(field: String, severity: Diagnostic.Severity = .error, message: String, hint: String? = nil) {
        self.field = field
        self.severity = severity
        self.message = message
        self.hint = hint
    }

    /// `field: message (hint)`.
    public var description: String {
        "\(field): \(message)" + (hint.map { " (\($0))" } ?? "")
    }
}
