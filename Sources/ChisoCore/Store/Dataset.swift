import Foundation

/// Everything one load produced: the catalogue, the figures, and the problems found.
public struct Dataset: Sendable {
    public var catalogue: Catalogue
    public var store: FigureStore
    public var diagnostics: [Diagnostic]
    /// Files that were read, in order.
    public var files: [String]
    /// A short name of what was loaded (`Data/`, `--demo`, a folder name).
    public var label: String
    /// When the store was mapped from a snapshot: the background check of the inputs' content
    /// (`StoreCache`); on `.differs` the snapshot is gone and the data should be loaded again.
    public var snapshotCheck: SnapshotCheck?
    /// The day the data is as known on (`--vintage`): the store holds only rows published by
    /// then. Nil for everything loaded. A dated document about the data (the brief's date line)
    /// can fall back to it.
    public var vintage: Vintage?

    public init(catalogue: Catalogue, store: FigureStore, diagnostics: [Diagnostic], files: [String], label: String,
                vintage: Vintage? = nil) {
        self.catalogue = catalogue
        self.store = store
        self.diagnostics = diagnostics
        self.files = files
        self.label = label
        self.vintage = vintage
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
    /// True when any figure shown may be synthetic.
    public var hasSynthetic: Bool { store.syntheticCount > 0 }

    /// The figure for a unit id, indicator id, basis and month, if reported.
    public func figure(_ unit: String, _ indicator: String, _ basis: Basis, _ period: Period) -> Figure? {
        guard let u = catalogue.unitIndex(id: unit), let i = catalogue.indicatorIndex(id: indicator) else { return nil }
        return store.figure(unit: u, indicator: i, basis: basis, period: period)
    }
}
