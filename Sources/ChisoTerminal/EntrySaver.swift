import ChisoCore
import ChisoUI

/// How the dashboard saves what its entry form asks to save: whether it may (shown in the form
/// before anything is typed) and the save itself, which returns only once the entry is durable
/// (the entries store syncs it) or throws why it could not.
public struct EntrySaver {
    public let availability: EntryAvailability
    public let save: (EntryDraft) throws -> Void
    /// Saves a change to an implementation item, durable before it returns, as `save` a figure.
    public let saveItem: (ItemChange) throws -> Void

    public init(availability: EntryAvailability, save: @escaping (EntryDraft) throws -> Void,
                saveItem: @escaping (ItemChange) throws -> Void) {
        self.availability = availability
        self.save = save
        self.saveItem = saveItem
    }
}
