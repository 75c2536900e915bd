import Foundation

/// A problem found while loading data, in a compiler's form so editors can jump to it.
///
/// What it says is a `Phrase` (a glossary term and its arguments), rendered in the reader's language by
/// `description(_:)`: `validate` and the dashboard's `p` list use the UI language; `message`, `hint` and
/// `description` are the English rendering, which tests and logs match on.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Error {
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }

        /// `lỗi` / `error`, `cảnh báo` / `warning`.
        public func word(_ lang: Language) -> String {
            Glossary.text(self == .error ? .diagnosticError : .diagnosticWarning, lang)
        }
    }

    public let file: String
    public let line: Int
    public let column: Int
    public let severity: Severity
    /// What is wrong.
    public let phrase: Phrase
    /// How to fix it, when there is something to say.
    public let hintPhrase: Phrase?

    public init(file: String, line: Int, column: Int, severity: Severity, _ phrase: Phrase, hint: Phrase? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.phrase = phrase
        self.hintPhrase = hint
    }

    /// A diagnostic whose words are not yet in the glossary (the quarter and scope checks of issue 10):
    /// `message` and `hint` are shown as they are in every language. New diagnostics use phrases.
    public init(file: String, line: Int, column: Int, severity: Severity, message: String, hint: String? = nil) {
        self.init(file: file, line: line, column: column, severity: severity, Phrase(.diagUntranslated, .text(message)),
                  hint: hint.map { Phrase(.diagUntranslated, .text($0)) })
    }

    /// The message in English.
    public var message: String { phrase.text(.en) }

    /// The hint in English.
    public var hint: String? { hintPhrase?.text(.en) }

    /// The message in `lang`.
    public func message(_ lang: Language) -> String { phrase.text(lang) }

    /// `FILE:LINE:COLUMN: error: message (hint)` in English, every part sanitised.
    public var description: String { description(.en) }

    /// `FILE:LINE:COLUMN: lỗi: message (hint)` in `lang`, every part sanitised.
    public func description(_ lang: Language) -> String {
        // A problem with a whole file (missing, unreadable) has no line: `FILE: error: …`, as compilers print it.
        let place = line > 0 ? "\(Sanitizer.clean(file)):\(line):\(column)" : Sanitizer.clean(file)
        var text = "\(place): \(severity.word(lang)): \(Sanitizer.clean(phrase.text(lang)))"
        if let hintPhrase { text += " (\(Sanitizer.clean(hintPhrase.text(lang))))" }
        return text
    }
}
