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

    @Option(help: "Number of units: 1–34 provinces (each with its former units before July 2025), or more for that many communes.")
    var units = 34

    @Option(help: "province or commune; default: province up to 34 units, commune above.")
    var level: String?

    @Option(help: "Number of months from --start.")
    var months = 24

    @Option(help: "First month, YYYY-MM (default 2024-01 for provinces; for communes, so that the data ends in 2025-12).")
    var start: String?

    @Option(help: "Random seed.")
    var seed: UInt64 = 2025

    func run() throws {
        let communeDefault = (level ?? (units > 34 ? "commune" : "province")) == "commune"
        let startText = start ?? (communeDefault ? Period(year: 2026, month: 1).advanced(by: -months).description : "2024-01")
        guard let startPeriod = Period(startText) else { throw ValidationError("bad --start '\(startText)': write YYYY-MM") }
        guard units >= 1, months >= 1 else { throw ValidationError("--units and --months must be at least 1") }
        let dataset = DataLoader.load(paths: [])
        let communeLevel = (level ?? (units > 34 ? "commune" : "province")) == "commune"
        if communeLevel {
            let (files, rows) = try DemoGenerator.writeCommunes(count: units, months: months, start: startPeriod, seed: seed,
                                                                catalogue: dataset.catalogue, to: out)
            print("wrote \(units) synthetic communes and \(rows) synthetic figures to \(files.joined(separator: ", "))")
        } else {
            let options = DemoGenerator.Options(units: units, months: months, start: startPeriod, seed: seed)
            let (file, rows) = try DemoGenerator.write(options, catalogue: dataset.catalogue, to: out)
            print("wrote \(rows) synthetic figures to \(file)")
        }
    }
}
