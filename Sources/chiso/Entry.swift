import ArgumentParser
import ChisoCore
import Foundation

/// `chiso entry`: add figures to the entries journal from scripts, and list who entered what.
struct Entry: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "entry",
            abstract: Help.text(.cmdEntryAbstract),
            // Each line of the examples fits in 80 columns.
            discussion: Help.discussion([Help.text(.cmdEntryDiscussion)], examples: [
                """
                chiso entry add --entries /srv/chiso/entries --province nghe-an \\
                  --month 2025-05 --basis ytd --indicator budget_revenue --value 11360 \\
                  --source https://baonghean.vn/… --quote "…" --published 2025-06-10
                """,
                "chiso entry log --entries /srv/chiso/entries --format csv",
            ]),
            subcommands: [EntryAdd.self, EntryItem.self, EntryLogCommand.self])
    }
}
