/// Whether the dashboard may save entries, and if not why: the form says so before anything is typed.
public enum EntryAvailability: Hashable, Sendable {
    /// Entries are saved into this folder (or other store location).
    case writable(location: String)
    /// `--read-only` was given.
    case readOnly
    /// The entries folder may not be written by this user.
    case notWritable(location: String)
    /// No entries store was set up.
    case none

    public var isWritable: Bool { if case .writable = self { return true }; return false }
}
