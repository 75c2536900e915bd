import ArgumentParser
import ChisoCore
import Foundation

@main
struct Chiso: ParsableCommand {
    /// Computed, so that its words are read in the help's language (`Help`).
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "chiso",
            abstract: Help.text(.cmdChisoAbstract),
            discussion: Help.discussion([Help.text(.cmdChisoDiscussion)], examples: [
                "chiso --province nghe-an --month 2025-05",
                "chiso report --province nghe-an --month 2025-05 --format markdown",
                "chiso validate --data my-figures/",
            ]),
            version: ChisoVersion.string,
            subcommands: [Dashboard.self, Follow.self, Report.self, BriefCommand.self, Validate.self, DemoData.self, Render.self, Entry.self],
            defaultSubcommand: Dashboard.self
        )
    }

    /// Runs chiso through `CommandRunner`, which checks every write and words every error.
    static func main() {
        Foundation.exit(CommandRunner.run(Array(CommandLine.arguments.dropFirst())))
    }
}

enum ChisoVersion {
    static let string = "0.1.0"
}
