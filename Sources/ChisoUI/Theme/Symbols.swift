import ChisoCore

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
    /// The fill of the second series of a bar chart (last year): a pattern, so that the two years
    /// differ without colour (`--theme mono`, NO_COLOR).
    public let barPrevious: String

    public static let unicode = Symbols(
        isASCII: false, topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│",
        sparkLevels: SparkScale.unicodeLevels, gap: "·",
        gaugeFull: "█", gaugePartials: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"], gaugeEmpty: "░",
        up: "▲", down: "▼", flat: "=", derived: "~", revised: "⚑", synthetic: "◆", pointer: "▸", separator: "│", ellipsis: "…",
        barEighths: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], barPrevious: "▒")

    /// The Unicode set through the one ASCII fallback table; the scales (sparkline levels, bar
    /// eighths) are ASCII scales of their own, and gauges have no partial blocks.
    public static let ascii: Symbols = {
        let u = Symbols.unicode
        func a(_ s: String) -> String { ASCIIFallback.symbols[s] ?? s }
        return Symbols(
            isASCII: true, topLeft: a(u.topLeft), topRight: a(u.topRight), bottomLeft: a(u.bottomLeft), bottomRight: a(u.bottomRight),
            horizontal: a(u.horizontal), vertical: a(u.vertical), sparkLevels: SparkScale.asciiLevels, gap: a(u.gap),
            gaugeFull: a(u.gaugeFull), gaugePartials: [], gaugeEmpty: a(u.gaugeEmpty),
            up: a(u.up), down: a(u.down), flat: a(u.flat), derived: a(u.derived), revised: a(u.revised), synthetic: a(u.synthetic),
            pointer: a(u.pointer), separator: a(u.separator), ellipsis: a(u.ellipsis),
            barEighths: ["_", "_", "=", "=", "#", "#", "#", "#"], barPrevious: a(u.barPrevious))
    }()

    public static func of(ascii: Bool) -> Symbols { ascii ? .ascii : .unicode }
}
