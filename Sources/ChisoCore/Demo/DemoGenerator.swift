import Foundation

/// A deterministic generator of a complete illustrative dataset: every catalogue indicator,
/// monthly, for the former units before July 2025 and the 34 provincial units from then on.
/// Every row cites `synthetic` as its source, so it can never pass for an official figure.
public enum DemoGenerator {
    public struct Options: Sendable {
        /// How many of the 34 provincial units (with their former units) to generate.
        public var units: Int
        /// How many months, starting at `start`.
        public var months: Int
        public var start: Period
        public var seed: UInt64
        public init(units: Int = 34, months: Int = 24, start: Period = Period(year: 2024, month: 1), seed: UInt64 = 2025) {
            self.units = units
            self.months = months
            self.start = start
            self.seed = seed
        }
    }

    public static let citation = "synthetic"

    /// One generated figure, by unit id.
    public struct Row: Sendable {
        public let unit: String
        public let period: Period
        public let indicator: String
        public let basis: Basis
        public let value: Double
    }

    /// A splittable, seedable random generator (SplitMix64): the same seed gives the same data.
    struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
        mutating func normal() -> Double {
            let u1 = max(unit(), 1e-12), u2 = unit()
            return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
        }
        static func seeded(_ seed: UInt64, _ salt: String) -> SplitMix64 {
            var h: UInt64 = seed ^ 0xCBF2_9CE4_8422_2325
            for b in salt.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
            return SplitMix64(state: h)
        }
    }

    static func round(_ v: Double, _ decimals: Int) -> Double {
        let p = pow(10, Double(decimals))
        return (v * p).rounded() / p
    }

    /// Monthly flows and rates of one base unit (a former unit, or an unchanged province).
    struct BaseSeries {
        var budget: [Double] = [], pi: [Double] = [], approved: [Double] = [], adjusted: [Double] = []
        var capital: [Double] = [], fdi: [Double] = [], iip: [Double] = [], iipMfg: [Double] = []
        var size: Double = 1
    }

    /// Generates every row for `catalogue` (which must hold the province catalogue).
    public static func rows(_ options: Options, catalogue: Catalogue) -> [Row] {
        let provinces = Array(catalogue.provinces2025.prefix(max(0, options.units)))
        let months = max(0, options.months)
        guard months > 0 else { return [] }
        let periods = (0..<months).map { options.start.advanced(by: $0) }
        // Monthly series for each base unit; one extra year before the start gives change on last year.
        var bases: [String: BaseSeries] = [:]
        let total = months + 24
        for province in provinces {
            for id in province.mergedFrom.isEmpty ? [province.id] : province.mergedFrom {
                var rng = SplitMix64.seeded(options.seed, id)
                var s = BaseSeries()
                s.size = 0.3 + 2.7 * rng.unit()
                let growth = 0.04 + 0.10 * rng.unit()
                for k in 0..<total {
                    let season = 1 + 0.15 * sin(Double(k % 12) / 12 * 2 * .pi)
                    let trend = pow(1 + growth, Double(k) / 12)
                    s.budget.append(round(1_400 * s.size * season * trend * (1 + 0.08 * rng.normal()), 1))
                    s.pi.append(round(max(10, 650 * s.size * (0.4 + Double(k % 12) / 11) * (1 + 0.1 * rng.normal())), 1))
                    s.approved.append(max(0, (4 * s.size + 2 * rng.normal()).rounded()))
                    s.adjusted.append(max(0, (9 * s.size + 3 * rng.normal()).rounded()))
                    s.capital.append(round(max(0, 1_300 * s.size * (1 + 0.3 * rng.normal())), 1))
                    s.fdi.append(round(max(0, 45 * s.size * (1 + 0.5 * rng.normal())), 1))
                    s.iip.append(round(growth * 100 + 5 * rng.normal(), 2))
                    s.iipMfg.append(round(growth * 110 + 6 * rng.normal(), 2))
                }
                bases[id] = s
            }
        }
        var rows: [Row] = []
        rows.reserveCapacity(periods.count * provinces.count * 24)
        for (p, period) in periods.enumerated() {
            let k = p + 24
            for province in provinces {
                let members = province.mergedFrom.isEmpty ? [province.id] : province.mergedFrom
                // Before July 2025 each former unit reports; from July the merged unit does.
                let reporters: [(String, [String])] = period.isBeforeReorganisation ? members.map { ($0, [$0]) } : [(province.id, members)]
                for (unitID, parts) in reporters {
                    let series = parts.compactMap { bases[$0] }
                    guard !series.isEmpty else { continue }
                    func sum(_ key: KeyPath<BaseSeries, [Double]>, _ at: Int) -> Double { series.reduce(0) { $0 + $1[keyPath: key][at] } }
                    func ytd(_ key: KeyPath<BaseSeries, [Double]>, _ at: Int) -> Double {
                        let monthIndex = (options.start.month - 1 + at - 24 + 1200) % 12
                        return (0...monthIndex).reduce(0) { $0 + sum(key, at - monthIndex + $1) }
                    }
                    func weighted(_ key: KeyPath<BaseSeries, [Double]>, _ at: Int) -> Double {
                        let w = series.reduce(0) { $0 + $1.size }
                        return round(series.reduce(0) { $0 + $1[keyPath: key][at] * $1.size } / w, 2)
                    }
                    func meanToDate(_ key: KeyPath<BaseSeries, [Double]>, _ at: Int) -> Double {
                        let monthIndex = (options.start.month - 1 + at - 24 + 1200) % 12
                        let values = (0...monthIndex).map { weighted(key, at - monthIndex + $0) }
                        return round(values.reduce(0, +) / Double(values.count), 2)
                    }
                    func add(_ indicator: String, _ basis: Basis, _ value: Double) {
                        rows.append(Row(unit: unitID, period: period, indicator: indicator, basis: basis, value: value))
                    }
                    add("iip_yoy", .month, weighted(\.iip, k))
                    add("iip_yoy", .ytd, meanToDate(\.iip, k))
                    add("iip_manufacturing_yoy", .month, weighted(\.iipMfg, k))
                    add("iip_manufacturing_yoy", .ytd, meanToDate(\.iipMfg, k))
                    let budgetYTD = round(ytd(\.budget, k), 1)
                    add("budget_revenue", .month, round(sum(\.budget, k), 1))
                    add("budget_revenue", .ytd, budgetYTD)
                    let lastYear = ytd(\.budget, k - 12)
                    add("budget_revenue_yoy", .ytd, round((budgetYTD / lastYear - 1) * 100, 1))
                    let estimate = series.reduce(0) { $0 + 1_400 * 12 * $1.size } * pow(1.06, Double(period.year - 2024))
                    add("budget_revenue_pct_estimate", .ytd, round(budgetYTD / estimate * 100, 1))
                    let piYTD = round(ytd(\.pi, k), 1)
                    add("pi_disbursed", .month, round(sum(\.pi, k), 1))
                    add("pi_disbursed", .ytd, piYTD)
                    let plan = series.reduce(0) { $0 + 650 * 12 * 0.95 * $1.size }
                    add("pi_disbursed_pct_plan", .ytd, round(piYTD / plan * 100, 2))
                    add("projects_approved", .month, sum(\.approved, k))
                    add("projects_approved", .ytd, ytd(\.approved, k))
                    add("projects_adjusted", .month, sum(\.adjusted, k))
                    add("projects_adjusted", .ytd, ytd(\.adjusted, k))
                    add("investment_capital", .month, round(sum(\.capital, k), 1))
                    add("investment_capital", .ytd, round(ytd(\.capital, k), 1))
                    add("fdi_registered", .month, round(sum(\.fdi, k), 1))
                    add("fdi_registered", .ytd, round(ytd(\.fdi, k), 1))
                }
            }
        }
        return rows
    }

    /// The generator as an extra source for `DataLoader.load`.
    public static func source(_ options: Options) -> RawObservationSource {
        RawObservationSource { catalogue, out in
            let source = Source(citation: citation, note: "chiso demo generator, illustrative only, seed \(options.seed)", file: "(demo)", line: 0)
            for row in rows(options, catalogue: catalogue) {
                guard let u = catalogue.unitIndex(id: row.unit), let i = catalogue.indicatorIndex(id: row.indicator) else { continue }
                out.append(RawObservation(unit: u, period: row.period, indicator: i, basis: row.basis, value: row.value, source: source, valueColumn: 0))
            }
        }
    }

    /// The dataset as the text of `observations-synthetic.csv`, with its row count.
    public static func csv(_ options: Options, catalogue: Catalogue) -> (text: String, rows: Int) {
        let all = rows(options, catalogue: catalogue)
        var text = "province,period,indicator,basis,value,unit,source,note\n"
        text.reserveCapacity(all.count * 90)
        for row in all {
            let unit = catalogue.indicator(id: row.indicator)?.unit ?? ""
            text += "\(row.unit),\(row.period),\(row.indicator),\(row.basis.rawValue),\(DemoGenerator.plain(row.value)),\(unit),\(citation),\"chiso demo generator, illustrative only, seed \(options.seed)\"\n"
        }
        return (text, all.count)
    }

    /// Writes the dataset as `observations-synthetic.csv` in `folder`; returns the file and row count.
    public static func write(_ options: Options, catalogue: Catalogue, to folder: String) throws -> (file: String, rows: Int) {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = (folder as NSString).appendingPathComponent("observations-synthetic.csv")
        let (text, count) = csv(options, catalogue: catalogue)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return (file, count)
    }

    /// A CSV field, quoted when it holds a comma, quote or line break.
    static func csvField(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    static func plain(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : "\(v)"
    }
}
