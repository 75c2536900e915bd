import ChisoCore

/// The history of one implementation item (`H` on an item of the Resolutions screen), or of all
/// the items of a document for the unit (`H` on the list of documents), while it is shown.
public struct ItemHistoryState: Hashable, Sendable {
    public var province: String
    public var resolution: String
    /// The item's Vietnamese document name (what names it in the journal); nil for every item of
    /// the resolution (withdrawn ones included: the way to take one back).
    public var document: String?
    /// The selected line (0: the newest).
    public var selected = 0

    public init(province: String, resolution: String, document: String?) {
        self.province = province
        self.resolution = resolution
        self.document = document
    }
}
