import ChisoCore

/// The language of a command's own messages on stderr (its `CommandFailure`s and usage errors,
/// ArgumentParser's parse errors, `entry`'s problems): the interface language the command was
/// given (`--lang`, Vietnamese by default). Help has its own language (`Help`), decided the same way.
enum OutputLanguage {
    /// Set from the command line before it is parsed (`guess`), so that a parse error is worded in
    /// the language asked for, then again at the start of a command's `run()` from its parsed
    /// `--lang`; chiso runs one command per process on one thread.
    nonisolated(unsafe) static var current: Language = .en

    /// The language of the messages of a command line that may not parse: the help's language
    /// (`Help.language(of:)`: the last valid `--lang vi|en`, else Vietnamese, the commands' own default).
    static func guess(_ arguments: [String]) -> Language {
        Help.language(of: arguments)
    }
}
