import Foundation
import Yams

/// Reads the two language forms of a catalogue text from one YAML mapping (`title_vi` and
/// `title_en`, `lead_vi` and `lead_en`, …) and the entry's `source_lang`. A form given without
/// the other, a text given without a language (`title:`) or a required text left out is an
/// error at the key's line and column, with a hint naming the key to add.
struct BilingualFields {
    let node: Node
    let path: String
    /// How the entry is named in messages ("document 57-NQ/TW", "item").
    let what: Phrase
    private(set) var diagnostics: [Diagnostic] = []

    init(node: Node, path: String, what: Phrase) {
        self.node = node
        self.path = path
        self.what = what
    }

    /// The `key_vi` / `key_en` pair; the empty text when it is optional and left out, or on an error.
    mutating func read(_ key: String, required: Bool) -> Bilingual {
        let vi = text("\(key)_vi"), en = text("\(key)_en")
        if let plain = position(of: key) {
            report(plain, Phrase(.diagNoLanguageForm, "\(key)", .phrase(what)), hint: Phrase(.diagNoLanguageFormHint, "\(key)"))
            return .empty
        }
        switch (vi, en) {
        case (nil, nil):
            if required {
                report(entryPosition, Phrase(.diagHasNoField, .phrase(what), "\(key)"), hint: Phrase(.diagAddBothForms, "\(key)"))
            }
            return .empty
        case (.some, nil):
            report(position(of: "\(key)_vi") ?? entryPosition, Phrase(.diagNoEnglishForm, "\(key)", .phrase(what)),
                   hint: Phrase(.diagAddEnBeside, "\(key)"))
            return .empty
        case (nil, .some):
            report(position(of: "\(key)_en") ?? entryPosition, Phrase(.diagNoVietnameseForm, "\(key)", .phrase(what)),
                   hint: Phrase(.diagAddViBeside, "\(key)"))
            return .empty
        case (let vi?, let en?):
            return Bilingual(vi: vi, en: en)
        }
    }

    /// `source_lang`: `vi` (the default) or `en`.
    mutating func sourceLanguage() -> Language {
        guard let raw = text("source_lang") else { return .vi }
        if let language = Language(rawValue: raw.lowercased()) { return language }
        report(position(of: "source_lang") ?? entryPosition, Phrase(.diagUnknownSourceLang, "\(raw)", .phrase(what)), hint: Phrase(.diagWriteViOrEn))
        return .vi
    }

    /// The trimmed text of `key`, nil when the key is absent or empty.
    private func text(_ key: String) -> String? {
        guard let value = node.mapping?[key]?.scalar.map({ FieldText.trimmed($0.string, .whitespacesAndNewlines) }), !value.isEmpty else { return nil }
        return value
    }

    private func position(of key: String) -> (Int, Int)? {
        guard let entry = node.mapping?.first(where: { $0.key.scalar?.string == key }) else { return nil }
        return (entry.key.mark?.line ?? 0, entry.key.mark?.column ?? 0)
    }

    private var entryPosition: (Int, Int) { (node.mark?.line ?? 0, node.mark?.column ?? 0) }

    private mutating func report(_ at: (Int, Int), _ message: Phrase, hint: Phrase) {
        diagnostics.append(Diagnostic(file: path, line: at.0, column: at.1, severity: .error, message, hint: hint))
    }
}
