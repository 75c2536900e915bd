import Foundation

/// Commune-level synthetic data: a catalogue of communes under the 34 provinces and one figure
/// per commune, month and indicator, for exploring the hierarchy and for benchmarks.
extension DemoGenerator {
    /// Indicators and bases written for communes (ten: every catalogue indicator but FDI).
    static let communeSeries: [(String, Basis)] = [
        ("iip_yoy", .month), ("iip_manufacturing_yoy", .month), ("budget_revenue", .month), ("budget_revenue_pct_estimate", .ytd),
        ("budget_revenue_yoy", .month), ("pi_disbursed", .month), ("pi_disbursed_pct_plan", .ytd), ("projects_approved", .month),
        ("projects_adjusted", .month), ("investment_capital", .month),
    ]

    /// `count` synthetic communes spread over the 34 provinces, deterministic for a seed.
    public static func communes(count: Int, seed: UInt64, catalogue: Catalogue) -> [Province] {
        let provinces = catalogue.provinces2025
        guard !provinces.isEmpty, count > 0 else { return [] }
        var weights: [Double] = provinces.map { p in
            var rng = SplitMix64.seeded(seed, "communes-" + p.id)
            return 0.5 + rng.unit()
        }
        let total = weights.reduce(0, +)
        weights = weights.map { $0 / total }
        var quotas = weights.map { max(1, Int(($0 * Double(count)).rounded(.down))) }
        var k = 0
        while quotas.reduce(0, +) < count { quotas[k % quotas.count] += 1; k += 1 }
        while quotas.reduce(0, +) > count, let i = quotas.indices.max(by: { quotas[$0] < quotas[$1] }) { quotas[i] -= 1 }
        var result: [Province] = []
        result.reserveCapacity(count)
        for (p, province) in provinces.enumerated() {
            for n in 1...max(1, quotas[p]) where quotas[p] > 0 {
                let number = String(format: "%04d", n)
                result.append(Province(id: "\(province.id)-c\(number)", level: .commune,
                                       name: "Xã minh họa \(number) (\(province.shortName))", nameEN: "Sample commune \(number) (\(province.nameEN))",
                                       region: province.region, source: citation, parent: province.id))
            }
        }
        return result
    }

    /// The text of `communes.csv` for `units`.
    public static func communeCatalogue(_ units: [Province]) -> String {
        var text = "id,level,name,name_en,region,code,successor,merged_from,aliases,source,parent\n"
        for u in units { text += "\(u.id),commune,\(csvField(u.name)),\(csvField(u.nameEN)),\(u.region),,,,,\(csvField(citation)),\(u.parent ?? "")\n" }
        return text
    }

    /// Writes `communes.csv` (the catalogue) and `observations-communes.csv` into `folder`.
    public static func writeCommunes(count: Int, months: Int, start: Period, seed: UInt64, catalogue: Catalogue, to folder: String) throws -> (files: [String], rows: Int) {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let units = communes(count: count, seed: seed, catalogue: catalogue)
        let catalogueFile = (folder as NSString).appendingPathComponent("communes.csv")
        try communeCatalogue(units).write(toFile: catalogueFile, atomically: true, encoding: .utf8)
        let file = (folder as NSString).appendingPathComponent("observations-communes.csv")
        guard FileManager.default.createFile(atPath: file, contents: nil), let handle = FileHandle(forWritingAtPath: file) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer { try? handle.close() }
        let rows = try communeObservations(units, months: months, start: start, seed: seed, catalogue: catalogue) { try handle.write(contentsOf: Data($0)) }
        return ([catalogueFile, file], rows)
    }

    /// The text of `observations-communes.csv` for `units`, handed to `emit` in pieces of about
    /// 8 MB (so a large file never sits whole in memory); returns the row count.
    public static func communeObservations(_ units: [Province], months: Int, start: Period, seed: UInt64, catalogue: Catalogue,
                                           emit: ([UInt8]) throws -> Void) rethrows -> Int {
        var out: [UInt8] = []
        out.reserveCapacity(8 << 20)
        out.append(contentsOf: Array("province,period,indicator,basis,value,unit,source\n".utf8))
        let series = communeSeries.map { (id: Array($0.0.utf8), basis: Array($0.1.rawValue.utf8),
                                          unit: Array((catalogue.indicator(id: $0.0)?.unit ?? "").utf8), kind: catalogue.indicator(id: $0.0)?.kind ?? .rate) }
        let cite = Array(csvField(citation).utf8)
        let periods = (0..<months).map { Array(start.advanced(by: $0).description.utf8) }
        var rows = 0
        for unit in units {
            var rng = SplitMix64.seeded(seed, unit.id)
            let size = 0.2 + 1.8 * rng.unit()
            let idBytes = Array(unit.id.utf8)
            var ytdShare = [Double](repeating: 0, count: series.count)
            for (m, periodBytes) in periods.enumerated() {
                let monthOfYear = (start.month - 1 + m) % 12
                for (s, item) in series.enumerated() {
                    let value: Double
                    switch item.kind {
                    case .rate: value = (80 * (0.06 + 0.05 * rng.normal())).rounded() / 10
                    case .share:
                        if monthOfYear == 0 { ytdShare[s] = 0 }
                        ytdShare[s] += 8 + 2 * rng.normal()
                        value = (max(0, ytdShare[s]) * 10).rounded() / 10
                    case .count: value = max(0, (2 * size + rng.normal()).rounded())
                    case .flow: value = (max(0, 40 * size * (1 + 0.2 * rng.normal())) * 10).rounded() / 10
                    }
                    out.append(contentsOf: idBytes); out.append(0x2C)
                    out.append(contentsOf: periodBytes); out.append(0x2C)
                    out.append(contentsOf: item.id); out.append(0x2C)
                    out.append(contentsOf: item.basis); out.append(0x2C)
                    appendNumber(value, to: &out); out.append(0x2C)
                    out.append(contentsOf: item.unit); out.append(0x2C)
                    out.append(contentsOf: cite); out.append(0x0A)
                    rows += 1
                }
                if out.count > 7 << 20 { try emit(out); out.removeAll(keepingCapacity: true) }
            }
        }
        try emit(out)
        return rows
    }

    /// Writes a value with at most one decimal, as `-12.3` or `45`.
    static func appendNumber(_ value: Double, to out: inout [UInt8]) {
        var tenths = Int64((value * 10).rounded())
        if tenths < 0 { out.append(0x2D); tenths = -tenths }
        let whole = tenths / 10, frac = tenths % 10
        out.append(contentsOf: Array(String(whole).utf8))
        if frac != 0 { out.append(0x2E); out.append(UInt8(0x30 + frac)) }
    }
}
