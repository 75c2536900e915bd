import Foundation
import XCTest
@testable import ChisoCore

/// Small hand-made catalogues and temporary files for Core tests.
enum TestData {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let bundled = repoRoot.appendingPathComponent("Data").path

    static var catalogue: Catalogue {
        Catalogue(
            units: [
                Province(id: "vietnam", level: .national, name: "Việt Nam", nameEN: "Vietnam", aliases: ["Vietnam", "national"]),
                Province(id: "nghe-an", level: .province, name: "Tỉnh Nghệ An", nameEN: "Nghe An", region: "north-central-coast", code: "40", mergedFrom: ["nghe-an"], aliases: ["Nghệ An"]),
                Province(id: "bac-ninh", level: .province, name: "Tỉnh Bắc Ninh", nameEN: "Bac Ninh", region: "red-river-delta", code: "24", mergedFrom: ["bac-giang", "bac-ninh-former"], aliases: ["Bắc Ninh"]),
                Province(id: "bac-giang", level: .former, name: "Tỉnh Bắc Giang", nameEN: "Bac Giang", region: "northern-midlands-mountains", successor: "bac-ninh", aliases: ["Bắc Giang"]),
                Province(id: "bac-ninh-former", level: .former, name: "Tỉnh Bắc Ninh (cũ)", nameEN: "Bac Ninh (former)", region: "red-river-delta", successor: "bac-ninh", aliases: ["Bắc Ninh", "Bac Ninh"]),
                Province(id: "thanh-hoa", level: .province, name: "Tỉnh Thanh Hóa", nameEN: "Thanh Hoa", region: "north-central-coast", mergedFrom: ["thanh-hoa"], aliases: ["Thanh Hóa"]),
            ],
            regions: [Region(id: "north-central-coast", nameVI: "Bắc Trung Bộ", nameEN: "North Central")],
            indicators: [
                Indicator(id: "iip_yoy", nameVI: "IIP", nameEN: "IIP", unit: "%", kind: .rate),
                Indicator(id: "budget_revenue", nameVI: "Thu NSNN", nameEN: "Budget revenue", unit: "VND bn", kind: .flow, target: "budget_revenue_estimate"),
                Indicator(id: "budget_revenue_yoy", nameVI: "Thu NSNN so cùng kỳ", nameEN: "Revenue YoY", unit: "%", kind: .rate),
                Indicator(id: "budget_revenue_pct_estimate", nameVI: "Thu/dự toán", nameEN: "Revenue % est", unit: "%", kind: .share, target: "budget_revenue_estimate", shareOf: "budget_revenue"),
                Indicator(id: "projects_approved", nameVI: "Dự án", nameEN: "Projects", unit: "count", kind: .count),
            ],
            targets: [
                Target(province: "thanh-hoa", year: 2025, target: "budget_revenue_estimate", value: 50_000, unit: "VND bn", derived: false, source: Source(citation: "test")),
            ])
    }

    /// Loads CSV text as an observation file against the test catalogue.
    static func load(_ text: String, file: String = "obs.csv", catalogue: Catalogue = TestData.catalogue) -> (rows: [RawObservation], diagnostics: [Diagnostic]) {
        var rows: [RawObservation] = []
        var diagnostics: [Diagnostic] = []
        ObservationLoader.load(bytes: Array(text.utf8), file: file, catalogue: catalogue, into: &rows, diagnostics: &diagnostics)
        return (rows, diagnostics)
    }

    static func dataset(_ text: String, catalogue: Catalogue = TestData.catalogue) -> Dataset {
        var (rows, diagnostics) = load(text, catalogue: catalogue)
        let store = FigureStore(observations: rows, catalogue: catalogue, diagnostics: &diagnostics)
        return Dataset(catalogue: catalogue, store: store, diagnostics: diagnostics, files: ["obs.csv"], label: "test")
    }

    /// A new folder under the temporary directory, removed when `test` ends (also on failure;
    /// permissions the test took away are given back first).
    static func tempDir(for test: XCTestCase) -> String {
        let dir = NSTemporaryDirectory() + "chiso-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        test.addTeardownBlock {
            _ = chmod(dir, 0o755)
            for name in (try? FileManager.default.subpathsOfDirectory(atPath: dir)) ?? [] { _ = chmod(dir + "/" + name, 0o755) }
            try? FileManager.default.removeItem(atPath: dir)
        }
        return dir
    }
}
