import ArgumentParser
import ChisoCore
import Foundation

@main
struct Chiso: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chiso",
        abstract: "Socio-economic indicators of Vietnam's provinces: a terminal dashboard, meeting briefs and data checks.",
        discussion: """
        With no subcommand, chiso opens the dashboard on the bundled data (real, cited figures); \
        its options are listed below, under DASHBOARD OPTIONS.

        Examples:
          chiso --province nghe-an --month 2025-05
          chiso report --province nghe-an --month 2025-05 --format markdown
          chiso validate --data my-figures/
        """,
        version: ChisoVersion.string,
        subcommands: [Dashboard.self, Follow.self, Report.self, BriefCommand.self, Validate.self, DemoData.self, Render.self, Entry.self],
        defaultSubcommand: Dashboard.self
    )

    /// Runs chiso through `CommandRunner`, which checks every write and words every error.
    static func main() {
        Foundation.exit(CommandRunner.run(Array(CommandLine.arguments.dropFirst())))
    }
}

enum ChisoVersion {
    static let string = "0.1.0"
}
