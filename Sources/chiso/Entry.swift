import ArgumentParser
import ChisoCore
import Foundation

/// `chiso entry`: add figures to the entries journal from scripts, and list who entered what.
struct Entry: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entry",
        abstract: "Add a figure to the entries journal, or list the entries (who entered what, and when).",
        discussion: """
        Entries are kept in an append-only journal in the entries folder (--entries; Docs/entries.md) and \
        are loaded on top of the data by every command.

        Examples:
          chiso entry add --entries /srv/chiso/entries --province nghe-an --month 2025-05 --basis ytd \\
            --indicator budget_revenue --value 11360 --source https://baonghean.vn/… --quote "…" --published 2025-06-10
          chiso entry log --entries /srv/chiso/entries --format csv
        """,
        subcommands: [EntryAdd.self, EntryItem.self, EntryLogCommand.self])
}
