import Foundation

/// A chart of the brief as inline SVG for the HTML brief: columns per series, a dashed line for a reference, the
/// value axis with Vietnamese or English number labels, the legend under it.
struct BriefSVGChart {
    let chart: BriefChart
    let lang: Language

    static let colours = ["#a6a6a6", "#1f4e79", "#c00000"]
    let width = 600.0, height = 300.0
    let left = 60.0, right = 15.0, top = 34.0, bottom = 62.0

    func esc(_ s: String) -> String { XMLText.escape(s) }
    func f(_ v: Double) -> String { String(format: "%.1f", v) }

    /// A "nice" step for about five grid lines.
    static func step(for span: Double) -> Double {
        guard span > 0 else { return 1 }
        let raw = span / 5
        let magnitude = pow(10, floor(log10(raw)))
        for m in [1.0, 2.0, 2.5, 5.0, 10.0] where raw <= m * magnitude { return m * magnitude }
        return 10 * magnitude
    }

    func svg() -> String {
        let all = chart.series.flatMap { $0.values.compactMap { $0 } }
        var low = min(0, all.min() ?? 0), high = max(0, all.max() ?? 1)
        if high == low { high = low + 1 }
        let step = Self.step(for: high - low)
        low = floor(low / step) * step
        high = ceil(high / step) * step
        let plotW = width - left - right, plotH = height - top - bottom
        func y(_ v: Double) -> Double { top + plotH * (high - v) / (high - low) }
        var o = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\""
        o += " font-family=\"Times New Roman, Liberation Serif, serif\" font-size=\"12\" role=\"img\" aria-label=\"\(esc(chart.title))\">"
        o += "<text x=\"\(f(width / 2))\" y=\"18\" text-anchor=\"middle\" font-weight=\"bold\" font-size=\"13\">\(esc(chart.title))</text>"
        var v = low
        while v <= high + step / 2 {
            let label = NumberFormat.format(v, lang: lang, maxDecimals: 1) + (chart.isPercent ? "%" : "")
            o += "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(v)))\" y2=\"\(f(y(v)))\" stroke=\"\(v == 0 ? "#000" : "#d9d9d9")\" stroke-width=\"1\"/>"
            o += "<text x=\"\(f(left - 4))\" y=\"\(f(y(v) + 4))\" text-anchor=\"end\">\(esc(label))</text>"
            v += step
        }
        let n = max(1, chart.categories.count)
        let slot = plotW / Double(n)
        let columns = chart.series.enumerated().filter { !$0.element.isLine }
        let barW = slot * 0.7 / Double(max(1, columns.count))
        for (k, (index, s)) in columns.enumerated() {
            for (i, value) in s.values.enumerated() {
                guard let value, i < n else { continue }
                let x = left + slot * Double(i) + slot * 0.15 + barW * Double(k)
                let (y0, y1) = (y(max(0, value)), y(min(0, value)))
                o += "<rect x=\"\(f(x))\" y=\"\(f(y0))\" width=\"\(f(barW))\" height=\"\(f(max(0.5, y1 - y0)))\" fill=\"\(Self.colours[index % 3])\"/>"
            }
        }
        for (index, s) in chart.series.enumerated() where s.isLine {
            let points = s.values.enumerated().compactMap { i, v in v.map { "\(f(left + slot * (Double(i) + 0.5))),\(f(y($0)))" } }
            o += "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"\(Self.colours[index % 3])\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
        }
        for (i, c) in chart.categories.enumerated() {
            o += "<text x=\"\(f(left + slot * (Double(i) + 0.5)))\" y=\"\(f(top + plotH + 16))\" text-anchor=\"middle\">\(esc(c))</text>"
        }
        var lx = left
        for (index, s) in chart.series.enumerated() {
            let ly = height - 14
            o += s.isLine
                ? "<line x1=\"\(f(lx))\" x2=\"\(f(lx + 18))\" y1=\"\(f(ly - 4))\" y2=\"\(f(ly - 4))\" stroke=\"\(Self.colours[index % 3])\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
                : "<rect x=\"\(f(lx))\" y=\"\(f(ly - 10))\" width=\"12\" height=\"12\" fill=\"\(Self.colours[index % 3])\"/>"
            o += "<text x=\"\(f(lx + 22))\" y=\"\(f(ly))\">\(esc(s.name))</text>"
            lx += 40 + Double(s.name.count) * 7
        }
        return o + "</svg>"
    }
}
