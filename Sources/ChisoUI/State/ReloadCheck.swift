import ChisoCore
import Foundation

/// Why freshly loaded data was not allowed to replace the data shown.
public enum ReloadRefusal: Hashable, Sendable {
    /// Files the data shown was read from are no longer among the data files (deleted, moved).
    case filesGone([String])
    /// The data shown has figures and the new data has none: the reload would lose every one.
    case noFigures
    /// The new data has this many errors.
    case errors(Int)

    /// The status line: what happened and that the last good data is still shown.
    public func status(_ language: Language) -> String {
        let keep = ": " + Glossary.text(.reloadKeepingLastGood, language)
        switch self {
        case .filesGone(let files):
            let first = (files.first.map { ($0 as NSString).lastPathComponent }) ?? ""
            if files.count == 1 { return Glossary.text(.reloadFileGone, language, first) + keep }
            return Glossary.text(.reloadFilesGone, language, "\(files.count)", first) + keep
        case .noFigures:
            return Glossary.text(.reloadNoFigures, language) + keep
        case .errors(let n):
            return Glossary.text(.reloadFailed, language, "\(n)")
        }
    }

    /// The first line of the problems list while the data is stale.
    public func explanation(_ language: Language) -> String {
        let rest = ": " + Glossary.text(.reloadShownIsLastGood, language)
        switch self {
        case .filesGone: return Glossary.text(.reloadAFileIsGone, language) + rest
        case .noFigures: return Glossary.text(.reloadFoundNoFigures, language) + rest
        case .errors: return Glossary.text(.reloadHadErrors, language) + rest
        }
    }
}

/// Decides whether a reload (`r`, or `--watch`) may replace the data shown: not when a file the
/// data shown was read from is gone, not when every figure would be lost, not when the new data
/// has errors. Pure: it compares two loads and touches no file.
public enum ReloadCheck {
    /// The reason to refuse `new` (nil: take it), and the problems to list for it: the
    /// refusal's own first, then the new data's errors, then its warnings.
    public static func refusal(current: Dataset, new: Dataset) -> (reason: ReloadRefusal?, problems: [Diagnostic]) {
        let errors = new.diagnostics.filter { $0.severity == .error }
        let listed = errors + new.diagnostics.filter { $0.severity != .error }
        let kept = Set(new.files)
        let gone = current.files.filter { !kept.contains($0) }
        if !gone.isEmpty {
            let own = gone.map {
                Diagnostic(file: $0, line: 0, column: 0, severity: .error, Phrase(.diagFileGone),
                           hint: Phrase(.diagFileGoneHint))
            }
            return (.filesGone(gone), own + listed)
        }
        if current.store.count > 0 && new.store.count == 0 {
            let observationFiles = new.files.filter { !DataLoader.catalogueNames.contains(($0 as NSString).lastPathComponent.lowercased()) }
            let own = (observationFiles.isEmpty ? [new.label] : observationFiles).map {
                Diagnostic(file: $0, line: 0, column: 0, severity: .error, Phrase(.diagNoFigures),
                           hint: Phrase(.diagNoFiguresHint, "\(current.store.count)"))
            }
            return (.noFigures, own + listed)
        }
        if !errors.isEmpty { return (.errors(errors.count), listed) }
        return (nil, [])
    }
}
