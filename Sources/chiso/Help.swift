import ArgumentParser
import ChisoCore

/// The words of chiso's help (`chiso --help`, `chiso help report`, `chiso report --help`): every
/// abstract, discussion and option text is a glossary row (`cmd.*`, `opt.*`, value names `val.*`),
/// read in the help's language when ArgumentParser builds a command's arguments.
///
/// The language of help is the `--lang vi|en` given anywhere on the command line (also to a command
/// that has no `--lang` of its own, such as `demo-data --help --lang en`, and after `chiso help`),
/// else Vietnamese — the default of every command that has a `--lang`. It is decided from the
/// arguments before they are parsed (`CommandRunner`), because ArgumentParser reads the help texts
/// while it parses.
enum Help {
    /// The help's language; set once, before parsing, by `CommandRunner`.
    nonisolated(unsafe) static var language: Language = .vi

    /// The last valid `--lang X` or `--lang=X` before a `--`, else Vietnamese. A value that is not
    /// a language is passed over here (the command itself reports it when it runs).
    static func language(of arguments: [String]) -> Language {
        var found = Language.vi
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.count {
                found = Language(rawValue: arguments[index + 1].lowercased()) ?? found
                index += 2
                continue
            }
            if argument.hasPrefix("--lang=") {
                found = Language(rawValue: argument.dropFirst("--lang=".count).lowercased()) ?? found
            }
            index += 1
        }
        return found
    }

    /// The arguments to parse: without the `--lang` that only chose the help's language, where
    /// ArgumentParser would take it otherwise — `chiso help report --lang en` (its `help` command
    /// takes no options) and `chiso --help --lang en` (a dashboard option: the dashboard's help
    /// instead of chiso's). Others are unchanged.
    static func parsingArguments(_ arguments: [String]) -> [String] {
        var kept: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                kept += arguments[index...]
                break
            }
            if argument == "--lang" {
                index += 2
                continue
            }
            if !argument.hasPrefix("--lang=") { kept.append(argument) }
            index += 1
        }
        return kept.first == "help" || kept == ["--help"] || kept == ["-h"] ? kept : arguments
    }

    /// The text of `term` in the help's language.
    static func text(_ term: Term, _ args: String...) -> String {
        Glossary.text(key: term.rawValue, language, args)
    }

    /// An option's help: its text, and the name of its value when it has one.
    static func option(_ term: Term, value: Term? = nil) -> ArgumentHelp {
        ArgumentHelp(text(term), valueName: value.map { text($0) })
    }

    /// An option's help whose value is written the same way in every language (`YYYY-MM`, `vi|en`, `URL`).
    static func option(_ term: Term, valueName: String) -> ArgumentHelp {
        ArgumentHelp(text(term), valueName: valueName)
    }

    /// A discussion: `paragraphs`, then the examples: one short example on the line of `Example:`,
    /// else `Example:` or `Examples:` above the command lines, indented (a line of an example that
    /// goes on, after a `\`, is a line of its own in `examples`' strings).
    static func discussion(_ paragraphs: [String], examples: [String] = []) -> String {
        var blocks = paragraphs
        if examples.count == 1, let example = examples.first, !example.contains("\n") {
            blocks.append(text(.cmdExample) + " " + example)
        } else if !examples.isEmpty {
            let lines = examples.flatMap { $0.split(separator: "\n").map { "  " + $0 } }
            blocks.append(([text(examples.count == 1 ? .cmdExample : .cmdExamples)] + lines).joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n")
    }
}
