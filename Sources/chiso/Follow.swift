import ArgumentParser
import ChisoCore
import ChisoTerminal
import ChisoUI

/// `chiso follow NAME`: the dashboard, drawing what the meeting's presenter shows.
struct Follow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow",
        abstract: "Follow a meeting: draw what its presenter (chiso --present NAME) shows, with your own data, size, language and theme.",
        discussion: """
        The banner says FOLLOWING: NAME (ĐANG THEO: NAME). Any key that moves (a month, a unit, a screen) looks around on your \
        own, and the banner says so; f follows the presenter again. Nothing you do reaches the presenter. If your data differs \
        from the presenter's, the banner says so. See Docs/meeting.md.

        Example: chiso follow hdnd-2025-06 --lang en
        """)
    @Argument(help: ArgumentHelp("The meeting's name, as given to --present.", valueName: "name"))
    var name: String
    @Option(name: .customLong("meeting-dir"), help: ArgumentHelp("Folder of the meeting sockets (default: $CHISO_MEETING_DIR, else /tmp/chiso-meetings-GROUP for your primary group).", valueName: "dir"))
    var meetingDir: String?
    @OptionGroup var data: DataOptions
    @OptionGroup var view: ViewOptions

    func validate() throws {
        do { try MeetingFolder.check(name: name) } catch let e as MeetingError { throw UsageError(e.description) }
    }

    func run() throws {
        try Dashboard.open(data: data, view: view, watch: false) { dashboardData in
            try Meeting.follow(name, folder: MeetingFolder(path: meetingDir), dataHash: DataHash.of(dashboardData))
        }
    }
}
