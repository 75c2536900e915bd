import ArgumentParser
import ChisoCore
import ChisoUI
import Foundation

/// Parses the command line, runs the command, and turns every way it can end into one status
/// and at most a few sanitised lines on standard error. Nothing escapes as a crash, a raw
/// `Error Domain=…` or the top level's usage under a subcommand's error.
enum CommandRunner {
    /// Runs chiso with `arguments` (without the program name) and returns the exit status.
    static func run(_ arguments: [String]) -> Int32 {
        Output.prepareStandardStreams()
        Output.ignoreWriteSignals()
        // Before parsing: ArgumentParser reads the help texts while it parses.
        Help.language = Help.language(of: arguments)
        OutputLanguage.current = OutputLanguage.guess(arguments)
        let command: ParsableCommand
        do {
            command = try parse(Help.parsingArguments(arguments))
        } catch {
            return finish(parseError: error)
        }
        if command is Dashboard { Output.restoreWriteSignals() }
        var running = command
        do {
            try running.run()
        } catch {
            // ArgumentParser's own commands (`chiso help report`) end by throwing its errors, and so
            // does a group run without its subcommand (`chiso entry`: its help).
            let ours = ([Chiso.self] + Chiso.configuration.subcommands.flatMap { [$0] + $0.configuration.subcommands })
                .contains { $0 == type(of: command) } && !(error is CleanExit)
            return ours ? finish(error, command: type(of: command)) : finish(parseError: error)
        }
        return finish(status: ExitStatus.ok)
    }

    /// The one-shot commands whose arguments are parsed with the command as ArgumentParser's root
    /// first (`parse`).
    static let parsedAlone: [String: ParsableCommand.Type] = ["render": Render.self, "report": Report.self, "validate": Validate.self]

    /// The command `arguments` ask for. `chiso render|report|validate …` is parsed first with
    /// that command alone as the root: ArgumentParser then reflects on one command instead of
    /// walking the whole tree (the root's default command's options, every subcommand's
    /// configuration), about a fifth of a warm `chiso render` before. Anything that parse does
    /// not accept as a run of the command (an error, `--help`, `--version`, completion scripts)
    /// is parsed again from the root, so messages, help and exit statuses are the root's as before.
    static func parse(_ arguments: [String]) throws -> ParsableCommand {
        if let name = arguments.first, let alone = parsedAlone[name],
           let command = try? alone.parseAsRoot(Array(arguments.dropFirst())), type(of: command) == alone {
            return command
        }
        return try Chiso.parseAsRoot(arguments)
    }

    /// A failed write to standard error turns success into 74: the output is incomplete.
    static func finish(status: Int32) -> Int32 {
        status == ExitStatus.ok && Output.standardErrorFailed ? ExitStatus.outputFailed : status
    }

    /// Parse errors, `--help` and `--version`: ArgumentParser's text (which already names the
    /// subcommand's usage), written through the checked, sanitising streams; help with
    /// ArgumentParser's own labels in the help's language (`HelpLabels`).
    static func finish(parseError error: Error) -> Int32 {
        var text = Chiso.fullMessage(for: error)
        let status = Chiso.exitCode(for: error).rawValue
        if status == ExitStatus.ok, text == Chiso.helpMessage() { text = rootHelpWithDashboardOptions(text) }
        if status == ExitStatus.ok {
            text = HelpLabels.localized(text, to: Help.language)
            do {
                try Output.write(text.hasSuffix("\n") || text.isEmpty ? text : text + "\n")
            } catch let failure {
                return finish(failure, command: nil)
            }
            return finish(status: status)
        }
        if !text.isEmpty {
            // The message may echo an argument (`Unknown option '--…'`): it is gated as one line,
            // whatever it holds; the usage lines around it are ArgumentParser's own, in Vietnamese
            // under our own labels (`ParseErrorText`).
            var gated = text
            let brief = Chiso.message(for: error)
            let lang = OutputLanguage.current
            if !brief.isEmpty, let range = gated.range(of: brief) {
                gated.replaceSubrange(range, with: Sanitizer.terminal(lang == .en ? brief : ParseErrorText.phrase(brief).text(lang)))
            }
            let lines = gated.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
            Output.noteLines(lang == .en ? lines : ParseErrorText.labelled(lines, lang))
        }
        return finish(status: status == 1 ? ExitStatus.usage : status)
    }

    /// `chiso --help`: the root's help, then the options of the dashboard (the default command),
    /// taken from its own help so that they cannot drift apart.
    static func rootHelpWithDashboardOptions(_ root: String) -> String {
        let dashboard = Chiso.helpMessage(for: Dashboard.self)
        guard let options = dashboard.range(of: "OPTIONS:\n") else { return root }
        // The dashboard's own options; --version and --help are the root's already.
        let body = dashboard[options.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("  --version ") && !$0.hasPrefix("  -h, --help ") }
            .joined(separator: "\n").trimmingCharacters(in: .newlines)
        return root.trimmingCharacters(in: .newlines) + "\n\n" + Help.text(.helpLabelDashboardOptions) + "\n" + body + "\n"
    }

    /// Errors thrown while a command runs.
    static func finish(_ error: Error, command: ParsableCommand.Type?) -> Int32 {
        switch error {
        case let failure as OutputFailure:
            if failure.isBrokenPipe && failure.stream == .output { return ExitStatus.brokenPipe }
            if failure.stream == .output { Output.note("chiso: \(failure.message)") }
            return ExitStatus.outputFailed
        case let failure as CommandFailure:
            Output.note("chiso: \(failure.message)")
            return finish(status: failure.status)
        case let exit as ExitCode:
            return finish(status: exit.rawValue)
        case let usage as UsageError:
            return usageFailure(usage.phrase, command: command)
        case let validation as ValidationError:
            return usageFailure(validation.message, command: command)
        case let start as StartError:
            return usageFailure(start.description, command: command)
        default:
            Output.note("chiso: \(describe(error))")
            return finish(status: ExitStatus.dataError)
        }
    }

    /// `Error: message` (`Lỗi: …`), then the usage of the subcommand that was run, status 64.
    static func usageFailure(_ message: String, command: ParsableCommand.Type?) -> Int32 {
        usageFailure(Phrase(.diagUntranslated, .text(message)), command: command)
    }

    /// A usage error in the command's language.
    static func usageFailure(_ phrase: Phrase, command: ParsableCommand.Type?) -> Int32 {
        let lang = OutputLanguage.current
        let type = command ?? Chiso.self
        let name = type == Chiso.self ? "chiso" : "chiso \(type.configuration.commandName ?? "")"
        let usage = HelpLabels.localized(Chiso.usageString(for: type), to: lang)
        Output.noteLines([Glossary.text(.cliErrorLine, lang, phrase.text(lang))] + Glossary.text(.cliUsageLine, lang, usage).split(separator: "\n").map(String.init)
                         + ["  " + Glossary.text(.cliSeeHelp, lang, name)])
        return finish(status: ExitStatus.usage)
    }

    /// A readable description of any error: the POSIX reason for a system error, never the raw
    /// `Error Domain=…` form of a bridged `NSError`.
    static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? Error, (underlying as NSError).domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32((underlying as NSError).code)))
        }
        let text = String(describing: error)
        return text.hasPrefix("Error Domain=") ? ns.localizedDescription : text
    }
}
