/// What a one-shot command leaves for the end of the process to reclaim. `chiso render`,
/// `report` and `validate` end right after their output is written (`Chiso.main` calls `exit`):
/// releasing the store, the catalogue of 3,408 units and the frame object by object first cost
/// about 12 M instructions of a warm `chiso render` on a million figures (Docs/performance.md),
/// for memory the kernel takes back at once anyway.
enum KeptUntilExit {
    private final class Box {
        let values: [Any]
        init(_ values: [Any]) { self.values = values }
    }

    /// Keeps `values` alive until the process exits (never released).
    static func keep(_ values: Any...) {
        _ = Unmanaged.passRetained(Box(values))
    }
}
