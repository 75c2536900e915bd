import ChisoCore
import Foundation

/// Benchmarks of chiso's own code paths, for `make bench` (see Docs/performance.md).
///
///   chiso-bench load PATH...     load the data (validated, interned, indexed) and print
///                                seconds, figures, bytes per figure and peak RSS.
func peakRSSKB() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ").dropFirst().first { !$0.isEmpty }.map(String.init) ?? "0") ?? 0
    }
    return 0
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

let args = Array(CommandLine.arguments.dropFirst())
guard let command = args.first else {
    print("usage: chiso-bench load PATH...")
    exit(2)
}
switch command {
case "load":
    let before = peakRSSKB()
    let t0 = now()
    let data = DataLoader.load(paths: Array(args.dropFirst()))
    let t1 = now()
    let rss = peakRSSKB()
    let perFigure = data.store.count > 0 ? Double(data.store.approximateBytes) / Double(data.store.count) : 0
    print(String(format: "load_seconds=%.4f figures=%d errors=%d peak_rss_kb=%d start_rss_kb=%d store_bytes_per_figure=%.1f",
                 t1 - t0, data.store.count, data.errorCount, rss, before, perFigure))
default:
    print("unknown command \(command)")
    exit(2)
}
