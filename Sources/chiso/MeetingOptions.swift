import ArgumentParser
import ChisoCore
import ChisoTerminal

/// The meeting options of the dashboard: `--present NAME [--take-over] [--meeting-dir DIR]`.
struct MeetingOptions: ParsableArguments {
    @Option(help: Help.option(.optPresent, value: .valName))
    var present: String?
    @Flag(name: .customLong("take-over"), help: Help.option(.optTakeOver))
    var takeOver = false
    @Option(name: .customLong("meeting-dir"), help: ArgumentHelp(Help.text(.optMeetingDir) + " " + Help.text(.optMeetingDirPermissions), valueName: Help.text(.valDir)))
    var meetingDir: String?

    func validate() throws {
        if takeOver && present == nil { throw UsageError(Phrase(.cliTakeOverNeedsPresent)) }
        if meetingDir != nil && present == nil { throw UsageError(Phrase(.cliMeetingDirNeedsPresent)) }
        if let present { try check(present) }
    }

    /// Checks a meeting name before any data is loaded.
    func check(_ name: String) throws {
        do { try MeetingFolder.check(name: name) } catch let e as MeetingError { throw UsageError(e.phrase) }
    }
}
