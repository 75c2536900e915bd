import Foundation

/// A problem with one field of an entry, for the form (next to the field) and `chiso entry add`.
public struct EntryProblem: Hashable, Sendable, CustomStringConvertible {
    /// The field's column name (`value`, `province`, `status`, …).
    public let field: String
    public let severity: Diagnostic.Severity
    /// What is wrong and how to fix it, rendered in any language (`message`, `hint`: English).
    public let phrase: Phrase
    public let hintPhrase: Phrase?

    public init(field: String, severity: Diagnostic.Severity = .error, _ phrase: Phrase, hint: Phrase? = nil) {
        self.field = field
        self.severity = severity
        self.phrase = phrase
        self.hintPhrase = hint
    }

    /// The message in English.
    public var message: String { phrase.text(.en) }
    /// The hint in English.
    public var hint: String? { hintPhrase?.text(.en) }

    /// `field: message (hint)`.
    public var description: String {
        "\(field): \(message)" + (hint.map { " (\($0))" } ?? "")
    }
}
