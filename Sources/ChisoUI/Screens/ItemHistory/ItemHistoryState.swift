import ChisoCore

/// The history of one implementation item (`H` on an item of the Resolutions screen), while it is
/// shown: which item and the selected change.
public struct ItemHistoryState: Hashable, Sendable {
    public var province: String
    public var resolution: String
    /// The item's Vietnamese document name (what names it in the journal).
    public var document: String
    /// The selected change (0: the newest).
    public var selected = 0

    public init(province: String, resolution: String, document: String) {
        self.province = province
        self.resolution = resolution
        self.document = document
    }
}
