/// The glyphs widgets draw with: Unicode, or ASCII for `--ascii` and non-UTF-8 locales.
public struct Symbols: Hashable, Sendable {
    public let isASCII: Bool
    public let topLeft, topRight, bottomLeft, bottomRight, horizontal, vertical: String
    public let sparkLevels: [String]
    public let gap: String
    public let gaugeFull: String
    public let gaugePartials: [String]
    public let gaugeEmpty: String
    public let up, down, flat: String
    public let derived, revised, synthetic: String
    public let pointer: String
    public let separator: String
    public let ellipsis: String
    public let barEighths: [String]

    public static let unicode = Symbols(
        isASCII: false, topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│",
        sparkLevels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], gap: "·",
        gaugeFull: "█", gaugePartials: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"], gaugeEmpty: "░",
        up: "▲", down: "▼", flat: "=", derived: "~", revised: "⚑", synthetic: "◆", pointer: "▸", separator: "│", ellipsis: "…",
        barEighths: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"])

    public static let ascii = Symbols(
        isASCII: true, topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|",
        sparkLevels: ["_", "-", "=", "+", "*", "#", "%", "@"], gap: ".",
        gaugeFull: "#", gaugePartials: [], gaugeEmpty: "-",
        up: "^", down: "v", flat: "=", derived: "~", revised: "!", synthetic: "*", pointer: ">", separator: "|", ellipsis: "~",
        barEighths: ["_", "_", "=", "=", "#", "#", "#", "#"])

    public static func of(ascii: Bool) -> Symbols { ascii ? .ascii : .unicode }
}
