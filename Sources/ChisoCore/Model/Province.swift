import Foundation

/// The level of an administrative unit in the catalogue.
public enum UnitLevel: String, Sendable, Codable {
    /// The whole country.
    case national
    /// One of the 34 provincial units in force from 1 July 2025.
    case province
    /// One of the units merged away on 1 July 2025 (52 of the 63 former units;
    /// the other 11 continue unchanged as 2025 units).
    case former
    /// A commune-level unit (below a province).
    case commune
}

/// A province, former province, commune, or the nation.
public struct Province: Hashable, Sendable {
    /// ASCII identifier, e.g. `nghe-an`.
    public let id: String
    public let level: UnitLevel
    /// Official name with diacritics, NFC (`Tỉnh Nghệ An`).
    public let name: String
    /// English / ASCII name (`Nghe An`).
    public let nameEN: String
    /// Region id (see `Region`), empty for the nation.
    public let region: String
    /// Official two-digit code where known.
    public let code: String?
    /// For a former unit, the id of the 2025 unit it became.
    public let successor: String?
    /// For a 2025 unit, the former units merged into it (its own id when unchanged).
    public let mergedFrom: [String]
    /// Other names used for the unit in sources.
    public let aliases: [String]
    /// Where the entry comes from.
    public let source: String
    /// For a commune, the province it belongs to.
    public let parent: String?

    public init(id: String, level: UnitLevel, name: String, nameEN: String, region: String = "", code: String? = nil,
                successor: String? = nil, mergedFrom: [String] = [], aliases: [String] = [], source: String = "", parent: String? = nil) {
        self.id = id
        self.level = level
        self.name = FieldText.nfc(name)
        self.nameEN = nameEN
        self.region = region
        self.code = code
        self.successor = successor
        self.mergedFrom = mergedFrom
        self.aliases = aliases
        self.source = source
        self.parent = parent
    }

    /// The name without its administrative prefix (`Nghệ An` for `Tỉnh Nghệ An`).
    public var shortName: String { TextFold.stripUnitPrefix(name) }

    /// True when the unit absorbed other units on 1 July 2025.
    public var wasMerged: Bool { level == .province && !(mergedFrom.isEmpty || mergedFrom == [id]) }

    /// The display name in the chosen language.
    public func displayName(_ lang: Language) -> String { lang == .vi ? shortName : nameEN }
}

/// A socio-economic region, used for regional totals.
public struct Region: Hashable, Sendable {
    public let id: String
    public let nameVI: String
    public let nameEN: String
    public init(id: String, nameVI: String, nameEN: String) {
        self.id = id
        self.nameVI = nameVI
        self.nameEN = nameEN
    }
    public func displayName(_ lang: Language) -> String { lang == .vi ? nameVI : nameEN }
}

/// A language of the interface: one column of the glossary (`Glossary.languageCodes`). A third language is a
/// new column there; nothing here changes.
public struct Language: RawRepresentable, Hashable, Sendable, Codable, CaseIterable {
    public let rawValue: String

    /// A language whose code is a column of the glossary (`vi`, `en`), else nil.
    public init?(rawValue: String) {
        guard Glossary.languageCodes.contains(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    private init(code: String) { rawValue = code }

    /// Vietnamese, the first language of chiso.
    public static let vi = Language(code: "vi")
    /// English.
    public static let en = Language(code: "en")

    /// Every language of the glossary, in column order.
    public static var allCases: [Language] { Glossary.languageCodes.map { Language(code: $0) } }

    /// The next language in column order (the `L` key): vi → en → … → vi.
    public var other: Language {
        let all = Self.allCases
        let i = all.firstIndex(of: self) ?? 0
        return all[(i + 1) % all.count]
    }
}
