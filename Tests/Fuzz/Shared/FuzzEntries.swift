// The logic of the fuzz targets, shared by the libFuzzer binaries (Scripts/fuzz.sh compiles this
// file into each of them) and by the XCTest that replays the seed corpus and the crash
// regressions (Tests/Fuzz/Replay). Each entry takes the fuzzer's bytes and returns the broken
// invariants (empty when all hold); a crash is a crash in both settings.
import Foundation
@testable import ChisoCore
import ChisoUI

public enum FuzzEntry {
    /// The names of the targets, as used for folders and binaries.
    public static let targets = ["observations", "resolutions", "dashboard"]

    /// Runs the entry named `target` on `bytes`.
    public static func run(_ target: String, _ bytes: [UInt8]) -> [String] {
        switch target {
        case "observations": return observations(bytes)
        case "resolutions": return resolutions(bytes)
        case "dashboard": return dashboard(bytes)
        default: return ["unknown fuzz target \(target)"]
        }
    }

    // MARK: Data

    /// The repository's `Data/` folder: `$CHISO_DATA`, else found from this file's path.
    static let dataFolder: String = {
        if let env = ProcessInfo.processInfo.environment["CHISO_DATA"], !env.isEmpty { return env }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data").path
    }()

    /// The bundled data, loaded once.
    static let bundled: Dataset = DataLoader.load(paths: [dataFolder], label: "Data/")

    // MARK: (a) Observations CSV → FigureStore → Analytics

    /// Loads `bytes` as an observation file against the bundled catalogue, builds the store and
    /// asks the analytics a few questions. Checks: the fast path reads the same rows as the
    /// careful path; every figure is finite and names a known unit and indicator; diagnostic lines
    /// lie inside the file; a file's problems are capped; diagnostic text is sanitised.
    public static func observations(_ bytes: [UInt8]) -> [String] {
        var problems: [String] = []
        let catalogue = bundled.catalogue
        var diagnostics: [Diagnostic] = []
        var buffer = ObservationBuffer()
        ObservationLoader.load(bytes: bytes, file: "fuzz.csv", catalogue: catalogue, into: &buffer, diagnostics: &diagnostics)
        let loaderDiagnostics = diagnostics.count

        // Lines: LF, CRLF and a lone CR each end a line.
        var lines = 1
        for (i, b) in bytes.enumerated() where b == 0x0A || (b == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A)) { lines += 1 }
        for d in diagnostics where d.line < 0 || d.line > lines {
            problems.append("diagnostic on line \(d.line) of a \(lines)-line file: \(d)")
        }
        // The per-file cap (200 shown) plus the header's and the summary's few.
        if loaderDiagnostics > ObservationLoader.FileState.limit + 40 {
            problems.append("\(loaderDiagnostics) diagnostics for one file")
        }
        for i in 0..<buffer.count {
            let raw = buffer.raw(i)
            if !raw.value.isFinite { problems.append("row \(i) value \(raw.value) is not finite") }
            if raw.unit >= catalogue.units.count { problems.append("row \(i) unit \(raw.unit) outside the catalogue") }
            if raw.indicator >= catalogue.indicators.count { problems.append("row \(i) indicator \(raw.indicator) outside the catalogue") }
            if !Period.validYears.contains(raw.period.year) { problems.append("row \(i) period \(raw.period) outside the valid years") }
        }
        problems += sameOnBothPaths(bytes, fast: buffer, fastDiagnostics: diagnostics, catalogue: catalogue)

        let store = FigureStore(buffer: buffer, catalogue: catalogue, diagnostics: &diagnostics)
        if store.count > buffer.count { problems.append("store has \(store.count) figures from \(buffer.count) rows") }
        let dataset = Dataset(catalogue: catalogue, store: store, diagnostics: diagnostics, files: ["fuzz.csv"], label: "fuzz")
        let analytics = Analytics(dataset)
        for figure in store.figures.prefix(8) {
            let unit = catalogue.units[figure.unit], indicator = catalogue.indicators[figure.indicator]
            if let v = analytics.value(unit: unit, indicator: indicator, basis: figure.basis, period: figure.period), !v.value.isFinite {
                problems.append("derived value \(v.value) is not finite")
            }
            _ = analytics.value(unit: unit, indicator: indicator, basis: figure.basis == .ytd ? .month : .ytd, period: figure.period)
            _ = analytics.change(unit: unit, indicator: indicator, basis: figure.basis, period: figure.period)
            _ = analytics.shareOfTarget(unit: unit, indicator: indicator, period: figure.period)
            _ = analytics.rank(unit: unit, indicator: indicator, basis: figure.basis, period: figure.period)
            _ = analytics.nationalTotal(indicator: indicator, basis: figure.basis, period: figure.period)
            _ = analytics.series(unit: unit, indicator: indicator, basis: figure.basis, ending: figure.period, months: 13)
            _ = analytics.perFormerUnit(unit: unit, indicator: indicator, basis: figure.basis, period: figure.period)
            _ = analytics.bases(unit: unit, indicator: indicator, period: figure.period)
        }
        _ = analytics.latestPeriod()
        for d in diagnostics {
            let text = d.description
            if text.unicodeScalars.contains(where: Sanitizer.isDangerous) {
                problems.append("unsanitised diagnostic: \(text.debugDescription)")
            }
        }
        return problems
    }

    /// The careful path (`CSVTable` + `processRow`) must keep the same rows as the fast path.
    /// Skipped for files with invalid UTF-8, which the two paths cut at different limits.
    static func sameOnBothPaths(_ bytes: [UInt8], fast: ObservationBuffer, fastDiagnostics: [Diagnostic], catalogue: Catalogue) -> [String] {
        guard UTF8Check.invalidOffsets(in: bytes, limit: 1).isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        var buffer = ObservationBuffer()
        if let table = CSVTable.parse(file: "fuzz.csv", bytes: bytes, diagnostics: &diagnostics),
           let header = ObservationLoader.header(from: table.headerFields, file: "fuzz.csv", diagnostics: &diagnostics) {
            var state = ObservationLoader.FileState(file: "fuzz.csv", fileID: buffer.fileID("fuzz.csv"))
            for row in table.rows {
                ObservationLoader.processRow(row, header: header, state: &state, catalogue: catalogue, into: &buffer, diagnostics: &diagnostics)
            }
        }
        var problems: [String] = []
        if buffer.count != fast.count {
            problems.append("fast path kept \(fast.count) rows, careful path \(buffer.count)")
            return problems
        }
        for i in 0..<buffer.count {
            let a = fast.raw(i), b = buffer.raw(i)
            if a.unit != b.unit || a.period != b.period || a.indicator != b.indicator || a.basis != b.basis
                || a.value.bitPattern != b.value.bitPattern || a.source != b.source {
                problems.append("row \(i) differs: fast \(a.unit) \(a.period) \(a.indicator) \(a.value) \(a.source) / careful \(b.unit) \(b.period) \(b.indicator) \(b.value) \(b.source)")
                break
            }
        }
        return problems
    }

    // MARK: (b) resolutions.yaml

    /// A file per process that the YAML loader reads (it takes a path).
    static let yamlPath: String = NSTemporaryDirectory() + "chiso-fuzz-\(getpid())-resolutions.yaml"

    /// Loads `bytes` as `resolutions.yaml` against the bundled catalogue. Checks: every item
    /// names a loaded document and a known unit; diagnostic text is sanitised.
    public static func resolutions(_ bytes: [UInt8]) -> [String] {
        let catalogue = bundled.catalogue
        guard FileManager.default.createFile(atPath: yamlPath, contents: Data(bytes)) else { return ["cannot write \(yamlPath)"] }
        defer { unlink(yamlPath) }
        var diagnostics: [Diagnostic] = []
        let (documents, items) = CatalogueLoader.loadResolutions(yamlPath, units: catalogue, diagnostics: &diagnostics)
        var problems: [String] = []
        let ids = Set(documents.map(\.id))
        for item in items {
            if !ids.contains(item.resolution) { problems.append("item refers to unloaded document \(item.resolution)") }
            if catalogue.unit(id: item.province) == nil { problems.append("item names unknown unit \(item.province)") }
        }
        for d in documents where !IDRules.isDocumentID(d.id) { problems.append("document id not of the documented form: \(d.id.debugDescription)") }
        for d in diagnostics where d.line < 0 { problems.append("diagnostic on line \(d.line)") }
        for d in diagnostics {
            let text = d.description
            if text.unicodeScalars.contains(where: Sanitizer.isDangerous) {
                problems.append("unsanitised diagnostic: \(text.debugDescription)")
            }
        }
        return problems
    }

    // MARK: (c) Keys → reducer → frame

    /// The data sets the dashboard target switches between.
    static let dashboardData: [DashboardData] = [
        DashboardData(bundled),
        DashboardData(Dataset(catalogue: Catalogue(), store: FigureStore(), diagnostics: [], files: [], label: "empty")),
        {
            var diagnostics: [Diagnostic] = []
            let store = FigureStore(buffer: ObservationBuffer(), catalogue: bundled.catalogue, diagnostics: &diagnostics)
            return DashboardData(Dataset(catalogue: bundled.catalogue, store: store, diagnostics: [], files: [], label: "no figures"))
        }(),
        hostileData,
    ]

    /// A small catalogue whose names are long, wide, combining, right-to-left and full of escapes.
    static let hostileData: DashboardData = {
        let long = String(repeating: "Thành phố rất dài ", count: 40)
        let wide = String(repeating: "中文名字", count: 30)
        let marks = "A" + String(repeating: "\u{0301}\u{0323}\u{0306}", count: 200)
        let escapes = "\u{1B}]0;owned\u{07}\u{1B}[2J\u{202E}evil\u{9B}31m"
        var catalogue = Catalogue()
        catalogue.addUnit(Province(id: "vietnam", level: .national, name: "Việt Nam " + escapes, nameEN: "Vietnam", aliases: []))
        let names = [long, wide, marks, escapes, "🇻🇳👨‍👩‍👧‍👦" + wide, "x"]
        for (i, name) in names.enumerated() {
            catalogue.addUnit(Province(id: "p\(i)", level: .province, name: name, nameEN: name, region: "r", code: "\(i)", aliases: []))
        }
        let kinds: [IndicatorKind] = [.rate, .flow, .count, .share]
        for (i, name) in [long, wide, marks, escapes].enumerated() {
            catalogue.addIndicator(Indicator(id: ["iip_yoy", "budget_revenue", "projects_approved", "pi_disbursed"][i], nameVI: name, nameEN: name,
                                             shortVI: name, shortEN: name, unit: escapes, kind: kinds[i]))
        }
        catalogue.resolutions = [Resolution(id: "r1", kind: escapes, number: wide, shortVI: marks, shortEN: long, title: Bilingual(vi: long + wide, en: long),
                                            issued: nil, issuer: Bilingual(vi: escapes, en: escapes), summary: Bilingual(vi: marks, en: marks), sources: [escapes], trackedBy: ["iip_yoy"])]
        catalogue.items = [ImplementationItem(province: "p0", resolution: "r1", document: Bilingual(vi: wide, en: wide), title: Bilingual(vi: marks, en: marks), lead: Bilingual(vi: escapes, en: escapes), due: "2025-09",
                                              status: .drafting, statusDate: nil, note: Bilingual(vi: long, en: long), source: Source(citation: escapes))]
        var buffer = ObservationBuffer()
        let source = buffer.sourceID(SourceInfo(citation: escapes, quote: wide, published: nil, note: marks))
        let file = buffer.fileID(escapes)
        for u in 0..<catalogue.units.count {
            for ind in 0..<catalogue.indicators.count {
                for m in 0..<14 {
                    let values: [Double] = [1e300, -1e300, 0, 123_456_789_012_345, -0.000001, 7]
                    buffer.append(key: FigureKeyPacking.pack(unit: u, indicator: ind, basis: m % 2 == 0 ? .ytd : .month,
                                                             ordinal: Period(year: 2024, month: 12).ordinal + m),
                                  value: values[(u + ind + m) % values.count], source: source, line: m + 2, file: file, valueColumn: 3)
                }
            }
        }
        var diagnostics: [Diagnostic] = []
        let store = FigureStore(buffer: buffer, catalogue: catalogue, diagnostics: &diagnostics)
        return DashboardData(Dataset(catalogue: catalogue, store: store, diagnostics: diagnostics, files: [escapes], label: escapes))
    }()

    static let specialKeys: [Key] = [.up, .down, .left, .right, .enter, .esc, .tab, .backtab, .backspace, .home, .end, .pageUp, .pageDown, .ctrlC]
    static let oddCharacters: [Character] = ["ệ", "đ", "Ơ", "中", "\u{0301}", "\u{202E}", "\u{1B}", "\u{7F}", "👨‍👩‍👧", "e\u{0301}", "\n", "\t"]

    /// Bytes as a script: byte 0 picks the data, bytes 1–2 the size, byte 3 the language, ASCII
    /// and start screen; then each byte is a key, a resize, a click, a scroll or a reload. After
    /// every step the cursors are checked; after every 16th step, each resize and reload, and at the
    /// end a frame is drawn and checked.
    public static func dashboard(_ bytes: [UInt8]) -> [String] {
        var input = bytes[...]
        func next() -> UInt8 { input.popFirst() ?? 0 }
        var data = dashboardData[Int(next()) % dashboardData.count]
        var options = StartOptions()
        let size = Size(width: Int(next()), height: Int(next() % 128))
        let flags = next()
        options.language = flags & 1 == 0 ? "vi" : "en"
        options.ascii = flags & 2 != 0
        options.screen = ["overview", "compare", "detail", "resolutions", "help", "overview", "overview", "overview"][Int(flags >> 2) & 7]
        var session: DashboardSession
        do { session = try DashboardSession(data: data, options: options, size: size) } catch { return [] }
        var problems: [String] = []
        func verify(_ step: Int, draw: Bool) {
            for p in Invariants.check(session.state, session.data) { problems.append("step \(step): \(p)") }
            if draw {
                let grid = session.frame()
                for p in Invariants.check(grid, size: session.state.size) { problems.append("step \(step): \(p)") }
            }
        }
        verify(0, draw: true)
        var step = 0
        while !input.isEmpty && step < 200 && problems.isEmpty {
            step += 1
            let op = next()
            switch op {
            case 0x00..<0x0E: session.send(specialKeys[Int(op)])
            case 0x0E: session.apply(.resize(Size(width: Int(next()), height: Int(next() % 128))))
            case 0x0F: session.apply(.click(x: Int(next()), y: Int(next() % 128)))
            case 0x10: session.apply(.scroll(Int(Int8(bitPattern: next()))))
            case 0x11:
                data = dashboardData[Int(next()) % dashboardData.count]
                session.replace(data: data)
            case 0x12: session.send(.char(oddCharacters[Int(next()) % oddCharacters.count]))
            case 0x13: session.apply(.resize(Size(width: Int(next() % 8), height: Int(next() % 8))))
            case 0x14: session.apply(.resize(Size(width: 57 + Int(next() % 7), height: 15 + Int(next() % 7))))
            case 0x15:
                let a = Int(next()), b = Int(next())
                session.apply(.resize(a & 1 == 0 ? Size(width: 256 + a * 2, height: 1 + b % 4) : Size(width: 1 + b % 4, height: 128 + a * 2)))
            case 0x16: session.apply(.setMessage(String(decoding: input.prefix(Int(next() % 64)), as: UTF8.self)))
            case 0x17..<0x20: session.send(.char(Character(Unicode.Scalar(op))))
            case 0x20..<0x7F: session.send(.char(Character(Unicode.Scalar(op))))
            default: session.send(specialKeys[Int(op - 0x7F) % specialKeys.count])
            }
            verify(step, draw: step % 16 == 0 || op == 0x0E || (0x11...0x15).contains(op))
        }
        if problems.isEmpty { verify(step, draw: true) }
        return problems
    }
}

extension FuzzEntry {
    /// The body of each binary's `LLVMFuzzerTestOneInput`: a broken invariant aborts, so
    /// libFuzzer records the input as a crash.
    public static func fuzzerInput(_ target: String, _ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
        let problems = run(target, Array(UnsafeBufferPointer(start: data, count: size)))
        if !problems.isEmpty {
            FileHandle.standardError.write(Data(("\(target): invariant broken:\n" + problems.prefix(10).map { "  " + $0 }.joined(separator: "\n") + "\n").utf8))
            abort()
        }
        return 0
    }
}
