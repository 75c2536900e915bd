import Foundation

/// A catalogue text in its two forms, Vietnamese and English (`title_vi` / `title_en` in
/// `resolutions.yaml`). Each screen and output shows the form of its own language only.
public struct Bilingual: Hashable, Sendable {
    public let vi: String
    public let en: String

    public init(vi: String, en: String) {
        self.vi = FieldText.nfc(vi)
        self.en = FieldText.nfc(en)
    }

    /// The form in `lang`.
    public func text(_ lang: Language) -> String { lang == .vi ? vi : en }

    /// True when both forms are empty (an optional text left out).
    public var isEmpty: Bool { vi.isEmpty && en.isEmpty }

    /// The empty text.
    public static let empty = Bilingual(vi: "", en: "")
}
