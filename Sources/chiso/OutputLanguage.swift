import ChisoCore

/// The language of a command's own messages on stderr (its `CommandFailure`s, `entry`'s problems):
/// the interface language the command was given (`--lang`, Vietnamese by default) by the commands
/// that have one (the dashboard, `render`, `report`, `brief`, `validate`, `entry add|item`);
/// English for the others (`demo-data`, `entry log`). Help has its own language (`Help`).
enum OutputLanguage {
    /// Set once, at the start of a command's `run()`, before anything can fail; chiso runs one
    /// command per process on one thread.
    nonisolated(unsafe) static var current: Language = .en
}
