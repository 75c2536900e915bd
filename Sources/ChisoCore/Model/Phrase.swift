/// Words that are rendered later, in whichever language is asked for: a glossary term and its arguments.
///
/// Diagnostics carry phrases instead of finished English strings, so `validate`, the dashboard's `p` list and
/// the tests each render them in their own language (`text(.vi)`, `text(.en)`). An argument is either text that
/// is the same in every language (a file name, an id, a number, a value as the data wrote it) or another phrase.
public struct Phrase: Hashable, Sendable {
    /// One argument of a phrase.
    public indirect enum Argument: Hashable, Sendable, ExpressibleByStringInterpolation {
        /// Text shown as it is in every language: an id, a file name, a value from the data.
        case text(String)
        /// A phrase of its own, rendered in the same language as the phrase around it.
        case phrase(Phrase)
        /// A number, written the language's way (`10.846` / `10,846`).
        case number(Double)
        /// Phrases joined by ", ".
        case list([Phrase])

        public init(stringLiteral value: String) { self = .text(value) }

        func text(_ lang: Language) -> String {
            switch self {
            case .text(let s): return s
            case .phrase(let p): return p.text(lang)
            case .number(let v): return NumberFormat.format(v, lang: lang)
            case .list(let items): return items.map { $0.text(lang) }.joined(separator: ", ")
            }
        }
    }

    /// The glossary row that holds the words.
    public let term: Term
    /// What fills the row's placeholders `{1}`, `{2}` … in order.
    public let arguments: [Argument]

    /// A phrase from `term` with its placeholders filled by `arguments`.
    public init(_ term: Term, _ arguments: Argument...) {
        self.term = term
        self.arguments = arguments
    }

    /// A phrase from `term` with an argument list built elsewhere.
    public init(_ term: Term, arguments: [Argument]) {
        self.term = term
        self.arguments = arguments
    }

    /// The phrase in `lang`.
    public func text(_ lang: Language) -> String {
        Glossary.text(key: term.rawValue, lang, arguments.map { $0.text(lang) })
    }
}
