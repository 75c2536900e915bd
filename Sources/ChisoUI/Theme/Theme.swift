/// The eight basic terminal colours, grey (bright black, on terminals with 16 colours or
/// more), plus the terminal's default.
public enum TerminalColor: Int, Hashable, Sendable {
    case `default` = -1, black = 0, red, green, yellow, blue, magenta, cyan, white
    case grey = 8

    /// The SGR code selecting this colour as the foreground (add 10 for the background).
    var sgrForeground: Int { rawValue >= 8 ? 90 + rawValue - 8 : 30 + rawValue }
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
        // Grey rather than the dim attribute: a list row going muted and back costs one colour
        // code, where turning dim off costs a full attribute reset (see `fitted(colors:)`).
        .muted: Style(.grey, .default, []),
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

    /// This theme on a terminal with `colors` colours: below 16, grey is the default colour
    /// with the dim attribute.
    public func fitted(colors: Int) -> Theme {
        guard colors < 16 else { return self }
        var fitted = styles
        for (role, style) in styles {
            var s = style
            if s.foreground.rawValue >= 8 { s.foreground = .default; s.attributes.insert(.dim) }
            if s.background.rawValue >= 8 { s.background = .default }
            fitted[role] = s
        }
        return Theme(name: name, usesColor: usesColor, styles: fitted)
    }

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
            if s.foreground != .default { codes.append(String(s.foreground.sgrForeground)) }
            if s.background != .default { codes.append(String(s.background.sgrForeground + 10)) }
        }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
