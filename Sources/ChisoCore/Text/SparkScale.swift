/// The one sparkline of chiso, for the screen and the reports: each value of a series on one of
/// eight levels between the series' lowest and highest value.
public enum SparkScale {
    /// The eight levels, lowest first.
    public static let unicodeLevels = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// The same levels in ASCII (`--ascii`, terminals without UTF-8).
    public static let asciiLevels = ["_", "-", "=", "+", "*", "#", "%", "@"]

    /// The level of each value in `0..<count`; nil for a missing, NaN or infinite value. A flat
    /// series (every value equal, within 2e-12) sits on the middle level, `count / 2`. Extreme
    /// finite values (±1.7e308) do not overflow.
    public static func levels(_ values: [Double?], count: Int) -> [Int?] {
        let finite = values.compactMap { $0 }.filter(\.isFinite)
        guard count > 0, let lo = finite.min(), let hi = finite.max() else { return values.map { _ in nil } }
        return values.map { v in
            guard let v, v.isFinite else { return nil }
            // Halves first: the span of two extreme finite values (±1.7e308) would overflow to infinity.
            if hi / 2 - lo / 2 < 1e-12 { return count / 2 }
            let i = Int(((v / 2 - lo / 2) / (hi / 2 - lo / 2) * Double(count - 1)).rounded())
            return max(0, min(count - 1, i))
        }
    }

    /// One glyph per value: its level from `levels`, `gap` for a value that is missing.
    public static func glyphs(_ values: [Double?], levels: [String], gap: String) -> [String] {
        self.levels(values, count: levels.count).map { $0.map { levels[$0] } ?? gap }
    }
}
