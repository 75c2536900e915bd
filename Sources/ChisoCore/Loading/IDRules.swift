import Foundation

/// The documented form of catalogue ids (Docs/data-format.md, "Ids"). Ids are written into
/// reports, file names, error messages and command lines, so only plain characters are allowed;
/// an id of another form is an error at its file, line and column.
public enum IDRules {
    /// The longest id accepted.
    public static let maxLength = 64

    /// A unit, region or indicator id: an ASCII slug of lowercase letters, digits, `-` and `_`,
    /// starting with a letter or digit (`nghe-an`, `budget_revenue`, `nghe-an-c12`).
    public static func isSlug(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard let first = bytes.first, bytes.count <= maxLength, isLowerAlphanumeric(first) else { return false }
        return bytes.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }

    /// A resolution (document) id as its number is written: letters (Vietnamese ones too, as in
    /// `178/2024/NĐ-CP`), digits, `-`, `/`, `.` and `_`, starting with a letter or digit
    /// (`57-NQ/TW`, `202/2025/QH15`); no space, control, bidirectional or other character.
    public static func isDocumentID(_ id: String) -> Bool {
        let scalars = id.unicodeScalars
        guard let first = scalars.first, scalars.count <= maxLength, isLetterOrDigit(first),
              ![.nonspacingMark, .spacingMark].contains(first.properties.generalCategory) else { return false }
        return scalars.allSatisfy { isLetterOrDigit($0) || "-/._".unicodeScalars.contains($0) }
    }

    static func isLowerAlphanumeric(_ b: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b)
    }

    static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .decimalNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    static let slugHint = Phrase(.diagSlugHint)
    static let documentHint = Phrase(.diagDocumentHint)
}
