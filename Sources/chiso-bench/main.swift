import ChisoCore
import ChisoUI
import Foundation

/// Benchmarks of chiso's own code paths, for `make bench` (see Docs/performance.md).
///
///   chiso-bench load PATH...     load the data (validated, interned, indexed) and print
///                                seconds, figures, bytes per figure and peak RSS.
///   chiso-bench frame [--data PATH] [--width W] [--height H] [--steps N]
///                                open the dashboard state at Nghệ An, May 2025, and step the
///                                month N times (reduce + render into the cell grid). Under
///                                callgrind with `--toggle-collect` on `FrameBench.step` the
///                                instruction count covers only the steps.
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
case "frame":
    var paths: [String] = []
    var width = 200, height = 60, steps = 20
    var i = 1
    while i < args.count {
        let value = i + 1 < args.count ? args[i + 1] : ""
        switch args[i] {
        case "--data": paths.append(value)
        case "--width": width = Int(value) ?? width
        case "--height": height = Int(value) ?? height
        case "--steps": steps = Int(value) ?? steps
        default: break
        }
        i += 2
    }
    let t0 = now()
    let data = DashboardData(DataLoader.load(paths: paths))
    var options = StartOptions()
    options.province = "nghe-an"
    options.month = "2025-05"
    guard var session = try? DashboardSession(data: data, options: options, size: Size(width: width, height: height)) else {
        print("cannot open the dashboard state")
        exit(1)
    }
    var grid = session.frame()
    let t1 = now()
    var checksum = 0
    let t2 = now()
    for k in 0..<steps {
        checksum &+= FrameBench.step(&session, key: k % 2 == 0 ? .left : .right, into: &grid)
    }
    let t3 = now()
    print(String(format: "figures=%d open_seconds=%.4f steps=%d seconds_per_step=%.6f checksum=%d",
                 data.dataset.store.count, t1 - t0, steps, (t3 - t2) / Double(max(1, steps)), checksum))
default:
    print("unknown command \(command)")
    exit(2)
}

