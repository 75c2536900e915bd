import ArgumentParser
import ChisoTerminal

/// The meeting options of the dashboard: `--present NAME [--take-over] [--meeting-dir DIR]`.
struct MeetingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Present a meeting under this name: followers (chiso follow NAME) draw what this dashboard shows, each at its own size and language. See Docs/meeting.md.", valueName: "name"))
    var present: String?
    @Flag(name: .customLong("take-over"), help: "With --present: take the meeting over from its presenter, who becomes a follower.")
    var takeOver = false
    @Option(name: .customLong("meeting-dir"), help: ArgumentHelp("Folder of the meeting sockets (default: $CHISO_MEETING_DIR, else /tmp/chiso-meetings-GROUP for your primary group). Who may follow is decided by its permissions.", valueName: "dir"))
    var meetingDir: String?

    func validate() throws {
        if takeOver && present == nil { throw UsageError("--take-over needs --present NAME") }
        if meetingDir != nil && present == nil { throw UsageError("--meeting-dir needs --present NAME (or use chiso follow NAME --meeting-dir DIR)") }
        if let present { try check(present) }
    }

    /// Checks a meeting name before any data is loaded.
    func check(_ name: String) throws {
        do { try MeetingFolder.check(name: name) } catch let e as MeetingError { throw UsageError(e.description) }
    }
}
