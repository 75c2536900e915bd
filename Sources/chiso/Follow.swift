import ArgumentParser
import ChisoCore
import ChisoTerminal
import ChisoUI

/// `chiso follow NAME`: the dashboard, drawing what the meeting's presenter shows.
struct Follow: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "follow",
            abstract: Help.text(.cmdFollowAbstract),
            discussion: Help.discussion([Help.text(.cmdFollowDiscussion)], examples: ["chiso follow hdnd-2025-06 --lang en"]))
    }
    @Argument(help: Help.option(.optMeetingName, value: .valName))
    var name: String
    @Option(name: .customLong("meeting-dir"), help: Help.option(.optMeetingDir, value: .valDir))
    var meetingDir: String?
    @OptionGroup var data: DataOptions
    @OptionGroup var view: ViewOptions

    func validate() throws {
        do { try MeetingFolder.check(name: name) } catch let e as MeetingError { throw UsageError(e.phrase) }
    }

    func run() throws {
        try Dashboard.open(data: data, view: view, watch: false) { dashboardData in
            try Meeting.follow(name, folder: MeetingFolder(path: meetingDir), dataHash: DataHash.of(dashboardData))
        }
    }
}
