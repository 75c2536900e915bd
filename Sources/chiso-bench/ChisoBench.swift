import ArgumentParser
import ChisoCore
import ChisoUI
import Foundation

/// Benchmarks of chiso's own code paths, for `make bench` (see Docs/performance.md).
@main
struct ChisoBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chiso-bench",
        abstract: "Benchmarks of chiso's own code paths (load, frame); prints key=value figures.",
        subcommands: [LoadBench.self, StepBench.self])
}

/// `chiso-bench load PATH...`: load the data (validated, interned, indexed) and print seconds,
/// figures, bytes per figure and peak RSS.
struct LoadBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "load", abstract: "Load data files or folders once and print the cost.")

    @Argument(help: "Data files or folders, as for `chiso --data`.")
    var paths: [String] = []

    func run() throws {
        let before = BenchClock.peakRSSKB()
        let t0 = BenchClock.now()
        let data = DataLoader.load(paths: paths)
        let t1 = BenchClock.now()
        let rss = BenchClock.peakRSSKB()
        let perFigure = data.store.count > 0 ? Double(data.store.approximateBytes) / Double(data.store.count) : 0
        print(String(format: "load_seconds=%.4f figures=%d errors=%d peak_rss_kb=%d start_rss_kb=%d store_bytes_per_figure=%.1f",
                     t1 - t0, data.store.count, data.errorCount, rss, before, perFigure))
    }
}

/// `chiso-bench frame`: open the dashboard state at Nghệ An, May 2025, and step the month N
/// times (reduce + render into the cell grid). Under callgrind with `--toggle-collect` on
/// `FrameBench.step` the instruction count covers only the steps.
struct StepBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "frame", abstract: "Step the month N times and print the time per step.")

    @Option(help: "Data files or folders (repeatable); none: the bundled data.")
    var data: [String] = []
    @Option(help: "Frame width.") var width = 200
    @Option(help: "Frame height.") var height = 60
    @Option(help: "Month steps to time.") var steps = 20

    func validate() throws {
        guard width > 0, height > 0 else { throw ValidationError("--width and --height must be positive") }
        guard steps > 0 else { throw ValidationError("--steps must be positive") }
    }

    func run() throws {
        let t0 = BenchClock.now()
        let dashboard = DashboardData(DataLoader.load(paths: data))
        var options = StartOptions()
        options.province = "nghe-an"
        options.month = "2025-05"
        var session: DashboardSession
        do {
            session = try DashboardSession(data: dashboard, options: options, size: Size(width: width, height: height))
        } catch {
            throw ValidationError("cannot open the dashboard state: \(error)")
        }
        var grid = session.frame()
        let t1 = BenchClock.now()
        var checksum = 0
        let t2 = BenchClock.now()
        for k in 0..<steps {
            checksum &+= FrameBench.step(&session, key: k % 2 == 0 ? .left : .right, into: &grid)
        }
        let t3 = BenchClock.now()
        print(String(format: "figures=%d open_seconds=%.4f steps=%d seconds_per_step=%.6f checksum=%d",
                     dashboard.dataset.store.count, t1 - t0, steps, (t3 - t2) / Double(steps), checksum))
    }
}
