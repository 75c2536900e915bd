import ArgumentParser
import ChisoCore
import Foundation

/// `chiso demo-data`: writes the synthetic illustrative dataset.
struct DemoData: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-data",
        abstract: "Write the deterministic synthetic dataset (every row cites 'synthetic') to a folder.",
        discussion: "Load it with `chiso --data DIR`; the bundled catalogues apply. Same options, same file.")

    @Option(help: "Folder to write observations-synthetic.csv into.")
    var out: String

    @Option(help: "Number of provincial units (1–34), each with its former units before July 2025.")
    var units = 34

    @Option(help: "Number of months from --start.")
    var months = 24

    @Option(help: "First month, YYYY-MM.")
    var start = "2024-01"

    @Option(help: "Random seed.")
    var seed: UInt64 = 2025

    func run() throws {
        guard let startPeriod = Period(start) else { throw ValidationError("bad --start '\(start)': write YYYY-MM") }
        guard units >= 1, months >= 1 else { throw ValidationError("--units and --months must be at least 1") }
        let dataset = DataLoader.load(paths: [])
        let options = DemoGenerator.Options(units: units, months: months, start: startPeriod, seed: seed)
        let (file, rows) = try DemoGenerator.write(options, catalogue: dataset.catalogue, to: out)
        print("wrote \(rows) synthetic figures to \(file)")
    }
}
