import ChisoCore

/// Text attributes a cell carries on top of its role's style.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Attributes(rawValue: 1)
    public static let underline = Attributes(rawValue: 2)
    public static let reverse = Attributes(rawValue: 4)
    public static let dim = Attributes(rawValue: 8)
}

/// The semantic role of a cell; a `Theme` turns roles into colours or mono attributes.
public enum Role: String, CaseIterable, Hashable, Sendable {
    case normal, muted, accent, good, bad, warn, selected, header, synthetic
}

/// One terminal cell: a grapheme cluster, its role and attributes.
///
/// A wide grapheme occupies its cell and the next one; the next one is a continuation cell
/// with an empty grapheme, which presenters skip.
public struct Cell: Hashable, Sendable {
    public var grapheme: String
    public var role: Role
    public var attributes: Attributes

    public init(_ grapheme: String = " ", role: Role = .normal, attributes: Attributes = []) {
        self.grapheme = grapheme
        self.role = role
        self.attributes = attributes
    }

    public static let blank = Cell()
    /// The right half of a wide grapheme.
    public static func continuation(role: Role, attributes: Attributes) -> Cell { Cell("", role: role, attributes: attributes) }

    public var isContinuation: Bool { grapheme.isEmpty }
}
