import ChisoCore

/// A command that cannot do its work: one line on stderr (`chiso: …`) and a status, 1 by default.
/// The message is a glossary phrase, written in the command's language (`OutputLanguage`); text
/// that is not ours (a system error's reason, a path) goes in as an argument.
struct CommandFailure: Error {
    let phrase: Phrase
    let status: Int32

    init(_ phrase: Phrase, status: Int32 = ExitStatus.dataError) {
        self.phrase = phrase
        self.status = status
    }

    /// A message that is not ours to translate (another module's error description).
    init(_ message: String, status: Int32 = ExitStatus.dataError) {
        self.init(Phrase(.diagUntranslated, .text(message)), status: status)
    }

    /// The message in the command's language.
    var message: String { phrase.text(OutputLanguage.current) }

    /// The message, for ArgumentParser when a `validate()` throws it during parsing.
    var description: String { message }
}

/// A bad argument found after parsing (an unknown province, a bad month): `Error: …` and the
/// usage of the subcommand it was given to, status 64, like a parse error.
struct UsageError: Error, CustomStringConvertible {
    let phrase: Phrase

    init(_ phrase: Phrase) { self.phrase = phrase }

    /// A message that is not ours to translate (another module's error description).
    init(_ message: String) { phrase = Phrase(.diagUntranslated, .text(message)) }

    /// The message in the command's language.
    var message: String { phrase.text(OutputLanguage.current) }

    /// The message, for ArgumentParser when a `validate()` throws it during parsing.
    var description: String { message }
}
