import ChisoCore
import ChisoUI
import Foundation

/// Shared test data: the bundled `Data/` folder, found from this file's path, loaded once.
public enum Fixtures {
    /// The repository root (two folders above `Sources/ChisoTestSupport`).
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    public static var dataFolder: String { repositoryRoot.appendingPathComponent("Data").path }

    /// The bundled data, labelled `Data/` as the app labels it.
    public static let bundled: DashboardData = DashboardData(DataLoader.load(paths: [dataFolder], label: "Data/"))

    /// A dashboard session on the bundled data.
    public static func session(width: Int = 80, height: Int = 24, province: String? = "nghe-an", month: String? = "2025-05",
                               screen: String? = nil, language: String? = nil, indicator: String? = nil, resolution: String? = nil,
                               ascii: Bool = false) throws -> DashboardSession {
        var o = StartOptions()
        o.province = province
        o.month = month
        o.screen = screen
        o.language = language
        o.indicator = indicator
        o.resolution = resolution
        o.ascii = ascii
        return try DashboardSession(data: bundled, options: o, size: Size(width: width, height: height))
    }
}

extension Grid {
    /// A grid from lines of text (for inline expectations); short lines are padded with spaces.
    public init(lines: [String], width: Int? = nil) {
        let w = width ?? lines.map { DisplayWidth.of($0) }.max() ?? 0
        self.init(width: w, height: lines.count)
        for (y, line) in lines.enumerated() { write(line, x: 0, y: y) }
    }

    /// A grid filled with one character, to see exactly what a widget overwrote.
    public static func filled(width: Int, height: Int, with char: String = "x") -> Grid {
        Grid(width: width, height: height, fill: Cell(char))
    }
}
