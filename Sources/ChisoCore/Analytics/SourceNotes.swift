import Foundation

/// Which publication each figure of a group (a dashboard panel) comes from, so that a source
/// line cites the figure next to it. When the reported figures share one publication there are
/// no marks and one source; when they come from several, each publication gets a numbered mark
/// (¹ ² ³, `^1` `^2` in ASCII), in the order the figures are shown, and each reported figure carries
/// its publication's mark. Computed figures (`~`) carry no mark: their inputs are listed in
/// Detail.
public struct SourceNotes: Sendable {
    /// The publications of the reported figures, in order of first appearance; when no figure
    /// is reported, the sources behind the computed ones.
    public let sources: [Source]
    /// Per figure given, its mark (empty when there is one publication, or for computed figures).
    public let marks: [String]
    /// Sources behind computed figures that no reported figure cites.
    public let otherSources: Int

    public init(_ values: [DerivedValue?], ascii: Bool = false) {
        var sources: [Source] = []
        for v in values { if let s = v?.figure?.source, !sources.contains(where: { $0.citation == s.citation }) { sources.append(s) } }
        var behind: [Source] = []
        for v in values where v?.figure == nil {
            for f in v?.inputs ?? [] where !sources.contains(where: { $0.citation == f.source.citation })
                && !behind.contains(where: { $0.citation == f.source.citation }) {
                behind.append(f.source)
            }
        }
        if sources.isEmpty {
            self.sources = Array(behind.prefix(1))
            otherSources = max(0, behind.count - 1)
            marks = values.map { _ in "" }
            return
        }
        self.sources = sources
        otherSources = behind.count
        guard sources.count > 1 else { marks = values.map { _ in "" }; return }
        marks = values.map { v in
            guard let s = v?.figure?.source, let n = sources.firstIndex(where: { $0.citation == s.citation }) else { return "" }
            return SourceNotes.mark(n + 1, ascii: ascii)
        }
    }

    /// True when the figures come from more than one publication (marks are shown).
    public var isMixed: Bool { sources.count > 1 }

    /// `¹`, `²`, … (`^1`, `^2`, … in ASCII).
    public static func mark(_ n: Int, ascii: Bool) -> String {
        if ascii { return "^\(n)" }
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(n).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }
}
