import ArgumentParser
import ChisoCore
import Foundation

/// `chiso demo-data`: writes the synthetic illustrative dataset.
struct DemoData: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "demo-data",
            abstract: Help.text(.cmdDemoDataAbstract),
            discussion: Help.text(.cmdDemoDataDiscussion) + "\n" + Help.text(.cmdDemoDataLimits, "\(DemoData.maxUnits)", "\(DemoData.maxMonths)",
                                                                              "\(Period.validYears.lowerBound)", "\(Period.validYears.upperBound)"))
    }

    /// The largest `--units`: more communes than Vietnam has (3,321) by a wide margin.
    static let maxUnits = 100_000
    /// The largest `--months`: fifty years.
    static let maxMonths = 600
    /// Provincial units after July 2025.
    static let provinceUnits = 34

    @Option(help: Help.option(.optDemoOut, value: .valFolder))
    var out: String

    @Option(help: Help.option(.optDemoUnits, value: .valUnits))
    var units = 34

    @Option(help: Help.option(.optDemoLevel, valueName: "province|commune"))
    var level: String?

    @Option(help: Help.option(.optDemoMonths, value: .valMonths))
    var months = 24

    @Option(help: Help.option(.optDemoStart, valueName: "YYYY-MM"))
    var start: String?

    @Option(help: Help.option(.optDemoSeed, value: .valSeed))
    var seed: UInt64 = 2025

    @Flag(help: Help.option(.optDemoForce))
    var force = false

    @Option(help: Help.option(.optLanguage, valueName: "vi|en"))
    var lang = "vi"

    /// Bounds and names, checked before anything is generated or written; a mistake is a usage
    /// error in the language of `--lang` (Vietnamese by default), as every command's.
    func check() throws {
        OutputLanguage.current = try ArgumentCheck.language(lang)
        guard !out.isEmpty else { throw UsageError(Phrase(.cliOutNamesNoFolder)) }
        guard (1...DemoData.maxUnits).contains(units) else { throw UsageError(Phrase(.cliDemoUnitsRange, "\(DemoData.maxUnits)", "\(units)")) }
        guard (1...DemoData.maxMonths).contains(months) else { throw UsageError(Phrase(.cliDemoMonthsRange, "\(DemoData.maxMonths)", "\(months)")) }
        if let level {
            guard ["province", "commune"].contains(level) else {
                throw UsageError(ArgumentCheck.unknown("--level", level, suggestion: ArgumentCheck.closest(level, among: ["province", "commune"]),
                                                       known: ["province", "commune"]))
            }
            if level == "province", units > DemoData.provinceUnits {
                throw UsageError(Phrase(.cliDemoProvinceUnits, "\(DemoData.provinceUnits)", "\(units)"))
            }
        }
        let first = try firstMonth()
        let last = first.advanced(by: months - 1)
        guard Period.validYears.contains(first.year), Period.validYears.contains(last.year) else {
            throw UsageError(Phrase(.cliDemoYears, "\(first)", "\(months)", "\(last)", "\(Period.validYears.lowerBound)", "\(Period.validYears.upperBound)"))
        }
    }

    var isCommuneLevel: Bool { (level ?? (units > DemoData.provinceUnits ? "commune" : "province")) == "commune" }

    func firstMonth() throws -> Period {
        if let start {
            guard let period = Period(start), !period.isQuarter else { throw UsageError(Phrase(.cliBadStart, "\(Sanitizer.terminal(start))")) }
            return period
        }
        return isCommuneLevel ? Period(year: 2026, month: 1).advanced(by: -months) : Period(year: 2024, month: 1)
    }

    func run() throws {
        try check()
        let first = try firstMonth()
        try makeFolder()
        let catalogue = DataLoader.load(paths: []).catalogue
        if isCommuneLevel {
            let catalogueFile = file("communes.csv"), observationFile = file("observations-communes.csv")
            try refuseExisting([catalogueFile, observationFile])
            let communes = DemoGenerator.communes(count: units, seed: seed, catalogue: catalogue)
            _ = try write(catalogueFile) { try $0.write(Array(DemoGenerator.communeCatalogue(communes).utf8)); return 0 }
            let rows = try write(observationFile) { target in
                try DemoGenerator.communeObservations(communes, months: months, start: first, seed: seed, catalogue: catalogue) { try target.write($0) }
            }
            try Output.write(Glossary.text(.cliDemoWroteCommunes, OutputLanguage.current, count(units), count(rows), catalogueFile, observationFile) + "\n")
        } else {
            let observationFile = file("observations-synthetic.csv")
            try refuseExisting([observationFile])
            let options = DemoGenerator.Options(units: units, months: months, start: first, seed: seed)
            let rows = try write(observationFile) { target in
                let (text, rows) = DemoGenerator.csv(options, catalogue: catalogue)
                try target.write(Array(text.utf8))
                return rows
            }
            try Output.write(Glossary.text(.cliDemoWroteFigures, OutputLanguage.current, count(rows), observationFile) + "\n")
        }
    }

    /// A count as the language writes it (`1.632` / `1,632`).
    func count(_ n: Int) -> String { NumberFormat.format(Double(n), lang: OutputLanguage.current) }

    func file(_ name: String) -> String { (out as NSString).appendingPathComponent(name) }

    /// Creates `--out` and the folders above it when missing.
    func makeFolder() throws {
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(Phrase(.cliCannotCreateFolder, "\(out)", "\(CommandRunner.describe(error))"), status: ExitStatus.cannotCreate)
        }
    }

    /// Without `--force`, an existing file is never replaced: checked before generating.
    func refuseExisting(_ files: [String]) throws {
        guard !force else { return }
        var info = stat()
        for path in files where lstat(path, &info) == 0 { throw NewFile.exists(path) }
    }

    /// Writes one file whole through `NewFile`; returns what `body` returns.
    func write(_ path: String, _ body: (NewFile) throws -> Int) throws -> Int {
        let target = try NewFile(path)
        let result: Int
        do {
            result = try body(target)
        } catch {
            target.discard()
            throw error
        }
        try target.commit(replacing: force)
        return result
    }
}
