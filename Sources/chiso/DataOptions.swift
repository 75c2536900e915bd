import ArgumentParser
import ChisoCore
import Foundation

/// Where the figures come from, shared by every subcommand.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp("A data file or folder; repeat for several. Catalogues not given come from the bundled Data/.", valueName: "path"))
    var paths: [String] = []

    @Flag(name: .customLong("demo"), help: "Add the synthetic illustrative dataset (34 provinces, monthly 2024-01…2025-12); real figures always win over synthetic ones.")
    var demo = false

    /// Loads the data, printing progress to stderr for slow loads when stderr is a terminal.
    func load() -> Dataset {
        var extra: [RawObservationSource] = []
        if demo { extra.append(DemoGenerator.source(DemoGenerator.Options())) }
        let label = demo ? (paths.isEmpty ? "Data/ + demo (synthetic)" : "demo (synthetic)") : nil
        return DataLoader.load(paths: paths, extra: extra, label: label)
    }
}
