/// A key press, decoded from the terminal or parsed from a `--keys` script.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case char(Character)
    case up, down, left, right
    case enter, esc, tab, backtab, backspace
    case home, end, pageUp, pageDown
    case ctrlC, ctrlL
    /// Ctrl-U and Ctrl-W: in a form's text field, delete to the field's start, delete a word (as readline).
    case ctrlU, ctrlW

    /// Names used in `--keys` scripts and in the help screen, besides single characters.
    public static let named: [(String, Key)] = [
        ("left", .left), ("right", .right), ("up", .up), ("down", .down), ("enter", .enter), ("esc", .esc),
        ("tab", .tab), ("backtab", .backtab), ("home", .home), ("end", .end), ("pgup", .pageUp), ("pgdn", .pageDown),
        ("space", .char(" ")), ("backspace", .backspace), ("ctrl-c", .ctrlC), ("ctrl-l", .ctrlL), ("ctrl-u", .ctrlU), ("ctrl-w", .ctrlW),
    ]

    /// Parses one script token: a single character stands for itself, else a name.
    public init?(token: String) {
        if token.count == 1, let c = token.first { self = .char(c); return }
        let lower = token.lowercased()
        if let match = Key.named.first(where: { $0.0 == lower }) { self = match.1; return }
        switch lower {
        case "return": self = .enter
        case "escape": self = .esc
        case "shift-tab", "s-tab": self = .backtab
        case "pageup": self = .pageUp
        case "pagedown": self = .pageDown
        case "c-c", "^c": self = .ctrlC
        case "c-l", "^l": self = .ctrlL
        case "c-u", "^u": self = .ctrlU
        case "c-w", "^w": self = .ctrlW
        default: return nil
        }
    }

    /// Parses a space-separated key script (`"/ t h a n h space h o a enter"`).
    public static func script(_ text: String) throws -> [Key] {
        var keys: [Key] = []
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            guard let key = Key(token: String(token)) else { throw KeyScriptError.unknown(String(token)) }
            keys.append(key)
        }
        return keys
    }

    /// How the key is written in help and docs (`←`, `Enter`, `q`).
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .enter: return "Enter"
        case .esc: return "Esc"
        case .tab: return "Tab"
        case .backtab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .ctrlC: return "Ctrl-C"
        case .ctrlL: return "Ctrl-L"
        case .ctrlU: return "Ctrl-U"
        case .ctrlW: return "Ctrl-W"
        }
    }

    /// ASCII form of `label`.
    public var asciiLabel: String {
        switch self {
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        default: return label
        }
    }

    public var description: String { label }
}

/// A `--keys` script that cannot be read.
public enum KeyScriptError: Error, CustomStringConvertible, Equatable {
    case unknown(String)
    public var description: String {
        switch self {
        case .unknown(let t):
            return "unknown key '\(t)' in --keys: use single characters, or one of: " + Key.named.map(\.0).joined(separator: " ")
        }
    }
}
