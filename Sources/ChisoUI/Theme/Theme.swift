/// The eight basic terminal colours, plus the terminal's default.
public enum TerminalColor: Int, Hashable, Sendable {
    case `default` = -1, black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// The look of one role: colours and attributes.
public struct Style: Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var attributes: Attributes
    public init(_ foreground: TerminalColor = .default, _ background: TerminalColor = .default, _ attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// Maps roles to styles, in colour or in mono (bold, reverse, underline only).
public struct Theme: Hashable, Sendable {
    public let name: String
    public let usesColor: Bool
    private let styles: [Role: Style]

    public init(name: String, usesColor: Bool, styles: [Role: Style]) {
        self.name = name
        self.usesColor = usesColor
        self.styles = styles
    }

    public func style(for role: Role) -> Style { styles[role] ?? Style() }

    /// The default colour theme.
    public static let standard = Theme(name: "default", usesColor: true, styles: [
        .normal: Style(),
        .muted: Style(.default, .default, [.dim]),
        .accent: Style(.cyan, .default, [.bold]),
        .good: Style(.green, .default, [.bold]),
        .bad: Style(.red, .default, [.bold]),
        .warn: Style(.yellow, .default, [.bold]),
        .selected: Style(.black, .cyan, []),
        .header: Style(.white, .blue, [.bold]),
        .synthetic: Style(.black, .yellow, [.bold]),
    ])

    /// Readable without colour: NO_COLOR, `--theme mono`, terminals without colours.
    public static let mono = Theme(name: "mono", usesColor: false, styles: [
        .normal: Style(),
        .muted: Style(),
        .accent: Style(.default, .default, [.bold]),
        .good: Style(.default, .default, [.bold]),
        .bad: Style(.default, .default, [.bold, .underline]),
        .warn: Style(.default, .default, [.underline]),
        .selected: Style(.default, .default, [.reverse]),
        .header: Style(.default, .default, [.reverse, .bold]),
        .synthetic: Style(.default, .default, [.reverse, .underline]),
    ])

    public static func named(_ name: String) -> Theme? {
        switch name.lowercased() {
        case "mono", "monochrome", "none": return .mono
        case "default", "color", "colour", "standard": return .standard
        default: return nil
        }
    }

    /// The ANSI escape selecting a role's style plus extra attributes.
    public func sgr(role: Role, attributes: Attributes) -> String {
        let s = style(for: role)
        let attrs = s.attributes.union(attributes)
        var codes = ["0"]
        if attrs.contains(.bold) { codes.append("1") }
        if attrs.contains(.dim) { codes.append("2") }
        if attrs.contains(.underline) { codes.append("4") }
        if attrs.contains(.reverse) { codes.append("7") }
        if usesColor {
            if s.foreground != .default { codes.append(String(30 + s.foreground.rawValue)) }
            if s.background != .default { codes.append(String(40 + s.background.rawValue)) }
        }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
