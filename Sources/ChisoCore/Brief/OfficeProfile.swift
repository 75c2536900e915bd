import Foundation
import Yams

/// What the office that issues a brief writes itself: its name, the document's number, the place, the signer and
/// the recipients, read from `office.yaml` (Docs/brief.md). chiso never makes these up: a field the file lacks is
/// printed as a visibly empty, dotted place for the office to fill in by hand.
public struct OfficeProfile: Sendable, Equatable {
    /// The heading of a Party body ("ĐẢNG CỘNG SẢN VIỆT NAM" on the right) or of a state body (the national name
    /// and motto, Decree 30/2020/NĐ-CP).
    public enum Layout: String, Sendable, CaseIterable {
        case party, state
    }

    /// The body above the issuing one ("ĐẢNG BỘ TỈNH NGHỆ AN"; for a state body often none).
    public var parentBody: String?
    /// The body that issues the document ("TỈNH ỦY", "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN").
    public var issuingBody: String?
    /// Number and symbol as the office writes them ("123-BC/TU"), without "Số".
    public var number: String?
    /// The place on the date line ("Nghệ An").
    public var place: String?
    /// The date of the document, `YYYY-MM-DD`.
    public var date: CalendarDate?
    /// The line above the signer's title ("T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN").
    public var signerAuthority: String?
    /// The signer's title ("BÍ THƯ", "CHỦ TỊCH").
    public var signerTitle: String?
    public var signerName: String?
    public var recipients: [String] = []
    public var layout: Layout = .party

    public init() {}

    /// A problem in an office file, with the place it is at: `FILE:LINE:COLUMN: message`, the
    /// message a glossary phrase (`office.*`) written in the reader's language.
    public struct Failure: Error, CustomStringConvertible, Equatable {
        /// `FILE:LINE:COLUMN`, or `FILE` alone.
        public let place: String
        public let phrase: Phrase

        /// In English.
        public var description: String { description(.en) }

        /// `FILE:LINE:COLUMN: message` in `lang`.
        public func description(_ lang: Language) -> String { place + ": " + phrase.text(lang) }
    }

    /// The keys the file may hold.
    public static let keys = ["parent_body", "issuing_body", "number", "place", "date", "signer", "recipients", "layout"]

    /// Where the office file is looked for when `--office` is not given: `$XDG_CONFIG_HOME/chiso/office.yaml`, with
    /// `~/.config` when XDG_CONFIG_HOME is unset or empty; nil when neither names a folder.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/chiso/office.yaml" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/chiso/office.yaml" }
        return nil
    }

    /// Reads an office file.
    public static func load(path: String) throws -> OfficeProfile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(place: path, phrase: Phrase(.officeCannotRead))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Failure(place: "\(path):1:1", phrase: Phrase(.officeNotUTF8))
        }
        return try parse(text, path: path)
    }

    /// Parses the text of an office file; `path` names it in errors.
    public static func parse(_ source: String, path: String) throws -> OfficeProfile {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: source, .basic) else { return OfficeProfile() }
            root = node
        } catch let error as YamlError {
            let (line, column, message) = CatalogueLoader.describe(error)
            throw Failure(place: "\(path):\(line):\(column)", phrase: Phrase(.diagYaml, .text(message)))
        }
        func fail(_ node: Node, _ message: Phrase) -> Failure {
            Failure(place: "\(path):\(node.mark?.line ?? 1):\(node.mark?.column ?? 1)", phrase: message)
        }
        guard let mapping = root.mapping else { throw fail(root, Phrase(.officeNotAMapping)) }
        var profile = OfficeProfile()
        func text(_ node: Node, _ key: String) throws -> String? {
            if node.null != nil { return nil }
            guard let s = node.scalar?.string else { throw fail(node, Phrase(.officeTakesText, "\(key)")) }
            let trimmed = s.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            switch key {
            case "parent_body": profile.parentBody = try text(value, key)
            case "issuing_body": profile.issuingBody = try text(value, key)
            // The number keeps its blanks: offices leave room for a number written by hand ("    -BC/TU").
            case "number": profile.number = try text(value, key).flatMap { _ in value.scalar?.string }
            case "place": profile.place = try text(value, key)
            case "date":
                guard let s = try text(value, key) else { continue }
                guard let date = CalendarDate(s) else { throw fail(value, Phrase(.officeBadDate, "\(s)")) }
                profile.date = date
            case "layout":
                guard let s = try text(value, key) else { continue }
                guard let layout = Layout(rawValue: s) else { throw fail(value, Phrase(.officeBadLayout, "\(s)")) }
                profile.layout = layout
            case "recipients":
                if value.null != nil { continue }
                guard let list = value.sequence else { throw fail(value, Phrase(.officeRecipientsList)) }
                profile.recipients = try list.compactMap { try text($0, key) }
            case "signer":
                if value.null != nil { continue }
                guard let signer = value.mapping else { throw fail(value, Phrase(.officeSignerKeys)) }
                for (k, v) in signer {
                    switch k.scalar?.string ?? "" {
                    case "authority": profile.signerAuthority = try text(v, "signer.authority")
                    case "title": profile.signerTitle = try text(v, "signer.title")
                    case "name": profile.signerName = try text(v, "signer.name")
                    default: throw fail(k, Phrase(.officeUnknownSignerKey, "\(k.scalar?.string ?? "")"))
                    }
                }
            default:
                throw fail(keyNode, Phrase(.officeUnknownKey, "\(key)", "\(keys.joined(separator: ", "))"))
            }
        }
        return profile
    }
}
