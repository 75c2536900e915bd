import ChisoUI

/// How the dashboard saves what its entry form asks to save: whether it may (shown in the form
/// before anything is typed) and the save itself, which returns only once the entry is durable
/// (the entries store syncs it) or throws why it could not.
public struct EntrySaver {
    public let availability: EntryAvailability
    public let save: (EntryDraft) throws -> Void

    public init(availability: EntryAvailability, save: @escaping (EntryDraft) throws -> Void) {
        self.availability = availability
        self.save = save
    }
}
