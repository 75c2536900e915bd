import Foundation

/// One change of the items journal that applied, with the item just before and just after it:
/// an item's history, and what taking one of its states back saves (`ItemChange.Action.revert`).
public struct AppliedItemChange: Hashable, Sendable {
    public let change: ItemChange
    /// The item before the change; nil for a new item (`add`).
    public let before: ImplementationItem?
    /// The item after the change; nil when the change withdrew it.
    public let after: ImplementationItem?

    public init(change: ItemChange, before: ImplementationItem?, after: ImplementationItem?) {
        self.change = change
        self.before = before
        self.after = after
    }
}

/// An item withdrawn through the journal, with the place it had among the catalogue's items (a
/// revert puts it back there).
public struct WithdrawnItem: Hashable, Sendable {
    public let item: ImplementationItem
    public let position: Int

    public init(item: ImplementationItem, position: Int) {
        self.item = item
        self.position = position
    }
}
