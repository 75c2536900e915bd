import Foundation

/// Where entered figures and item changes are kept: one small interface, so the folder of
/// journal files (`FolderEntryStore`) can be joined by a shared database table later (planned:
/// PostgreSQL, with LISTEN/NOTIFY for live updates) without touching the callers.
///
/// The contract every backend keeps (Docs/entries.md, "Guarantees"):
/// - records are only ever appended, never changed or removed; an edit is a new record;
/// - `append` returns only once the record is durable (the folder: written under an exclusive
///   lock, then fsynced); it sets `enteredAt` itself, so records are in the order saved;
/// - `read` returns every whole record in the order saved, and reports (never returns) a
///   record that is incomplete or damaged, without losing the others;
/// - nothing in the interface is a file offset: `EntryOrigin` is a label for messages.
public protocol EntryStore: Sendable {
    /// Where the entries are, for messages: the folder (or, later, the database table).
    var location: String { get }

    /// Whether this user may save entries here, and if not, why (asked before a form is typed into).
    func access() -> EntryAccess

    /// Saves one figure. `enteredBy` is filled with `EntryAuthor.current` when empty; `enteredAt`
    /// is set when saved. Returns the record as saved. Throws `EntryStoreError`.
    @discardableResult
    func append(_ entry: FigureEntry) throws -> FigureEntry

    /// Saves one change to an implementation item, as `append(_:)` does a figure.
    @discardableResult
    func append(_ change: ItemChange) throws -> ItemChange

    /// Every record saved so far, in order, with the problems met on the way.
    func read() -> EntryLog

    /// Paths whose changes mean new records (the folder and its journal files), for a watcher
    /// such as inotify. Empty for a backend that notifies some other way.
    var watchedPaths: [String] { get }
}

/// Whether entries may be saved.
public enum EntryAccess: Equatable, Sendable {
    case writable
    /// Entry is off: `--read-only`, or the folder may not be written; `reason` says which, as a
    /// glossary phrase (the dashboard words it from its glossary by `kind`).
    case readOnly(kind: ReadOnlyKind, reason: Phrase)

    public enum ReadOnlyKind: String, Sendable {
        /// `--read-only` was given.
        case requested
        /// The folder (or journal file) may not be written by this user.
        case permission
    }

    public var isWritable: Bool { self == .writable }
}

/// Why a save failed.
public enum EntryStoreError: Error, Equatable, CustomStringConvertible {
    /// The store may not be written (`--read-only`, or permissions).
    case readOnly(location: String, reason: Phrase)
    /// The operating system refused: the path, the step (a glossary phrase) and its error text.
    case io(path: String, step: Phrase, message: String)
    /// The record is not one the store can keep (a field it cannot represent).
    case invalid(field: String, message: String)

    /// The error in `lang`; the system's own reason (`Permission denied`) as the system gives it.
    public func text(_ lang: Language) -> String {
        switch self {
        case .readOnly(let location, let reason): Glossary.text(.cliCannotSaveEntries, lang, location, reason.text(lang))
        case .io(let path, let step, let message): Glossary.text(.entriesPathCannotStep, lang, path, step.text(lang), message)
        case .invalid(let field, let message): "\(field): \(message)"
        }
    }

    public var description: String { text(.en) }
}
