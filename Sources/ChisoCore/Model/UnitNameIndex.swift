import Foundation

/// Folded name → the indices of the units that answer to it (`Catalogue.resolveUnit`): built as
/// units are added while the catalogue files are read, or — when the catalogue comes from a store
/// snapshot — decoded from the snapshot's bytes the first time a name is resolved. A later
/// `chiso render` resolves no name (ids are looked up in `unitIndexByID`), so it no longer
/// decodes the 10,000 keys of 3,321 communes (12 M instructions; Docs/performance.md).
final class UnitNameIndex: @unchecked Sendable {
    private var table: [String: [Int]]
    /// Decodes the table, once; nil when it is built or decoded.
    private var pending: (() -> [String: [Int]])?
    private let lock = NSLock()

    init(_ table: [String: [Int]] = [:]) {
        self.table = table
    }

    /// An index decoded by `decode` at its first use.
    init(decodingLater decode: @escaping () -> [String: [Int]]) {
        table = [:]
        pending = decode
    }

    /// The whole table (decoded now if it was waiting).
    var keys: [String: [Int]] {
        lock.lock()
        defer { lock.unlock() }
        if let decode = pending {
            table = decode()
            pending = nil
        }
        return table
    }

    /// True while the table waits to be decoded (tests).
    var isPending: Bool {
        lock.lock()
        defer { lock.unlock() }
        return pending != nil
    }

    /// A copy to change (the catalogue is a value: a copy of it must not see another's units).
    func copy() -> UnitNameIndex { UnitNameIndex(keys) }

    /// Adds `unit` under `key`; only on an index no other catalogue shares.
    func add(_ key: String, unit: Int) {
        lock.lock()
        defer { lock.unlock() }
        if let decode = pending {
            table = decode()
            pending = nil
        }
        table[key, default: []].append(unit)
    }
}
