import Foundation

/// Finds and loads data: the bundled `Data/` folder, or files and folders given with `--data`.
///
/// In a folder, `provinces.csv`, `regions.csv`, `indicators.csv`, `targets.csv`,
/// `resolutions.yaml` and `panels.csv` are catalogues; every other `*.csv` (also in sub-folders) holds
/// observations. Catalogues not found among the given paths come from the bundled data.
public struct DataLoader {
    public static let catalogueNames: Set<String> = ["provinces.csv", "communes.csv", "regions.csv", "indicators.csv", "targets.csv", "resolutions.yaml", "resolutions.yml", "panels.csv"]

    /// The bundled data folder: `$CHISO_DATA`, else `Data/` beside or above the executable, else the source tree's.
    public static func bundledDataFolder(executable: String = CommandLine.arguments.first ?? "") -> String? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["CHISO_DATA"], !env.isEmpty { return env }
        var candidates: [URL] = []
        let exe = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.appendingPathComponent("Data"))
            candidates.append(dir.appendingPathComponent("share/chiso/Data"))
            dir = dir.deletingLastPathComponent()
        }
        // The source tree this binary was built from.
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data")
        candidates.append(source)
        for c in candidates where fm.fileExists(atPath: c.appendingPathComponent("provinces.csv").path) { return c.path }
        return nil
    }

    /// Expands paths into catalogue files and observation files, reporting paths that cannot be read.
    public static func expand(_ paths: [String], diagnostics: inout [Diagnostic]) -> (catalogues: [String: String], observations: [String]) {
        var catalogues: [String: String] = [:]
        var observations: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            var info = stat()
            if lstat(path, &info) != 0 && stat(path, &info) != 0 {
                diagnostics.append(Diagnostic(file: path, line: 0, column: 0, severity: .error, Phrase(.diagNoSuchFileOrFolder),
                                              hint: Phrase(.diagCheckDataPath)))
                continue
            }
            if fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                guard let enumerator = fm.enumerator(atPath: path) else {
                    diagnostics.append(Diagnostic(file: path, line: 0, column: 0, severity: .error, Phrase(.diagCannotListFolder)))
                    continue
                }
                // Effective ids (AT_EACCESS), as opening the folder will use, not the real ones.
                if faccessat(AT_FDCWD, path, R_OK | X_OK, AT_EACCESS) != 0 {
                    diagnostics.append(Diagnostic(file: path, line: 0, column: 0, severity: .error, Phrase(.diagCannotReadFolder)))
                    continue
                }
                var found: [String] = []
                var depthGuard = 0
                while let entry = enumerator.nextObject() as? String {
                    depthGuard += 1
                    if depthGuard > 100_000 { break }
                    let name = (entry as NSString).lastPathComponent
                    if name.hasPrefix(".") { continue }
                    if entry.split(separator: "/").count > 8 { enumerator.skipDescendants(); continue }
                    let full = (path as NSString).appendingPathComponent(entry)
                    // A sub-folder chiso may not read would otherwise be skipped without a word.
                    var entryInfo = stat()
                    if lstat(full, &entryInfo) == 0, entryInfo.st_mode & S_IFMT == S_IFDIR,
                       faccessat(AT_FDCWD, full, R_OK | X_OK, AT_EACCESS) != 0 {
                        diagnostics.append(Diagnostic(file: full, line: 0, column: 0, severity: .error,
                                                      Phrase(.diagCannotReadFolder), hint: Phrase(.diagFilesNotLoaded)))
                        enumerator.skipDescendants()
                        continue
                    }
                    if catalogueNames.contains(name.lowercased()) && !entry.contains("/") {
                        catalogues[name.lowercased().replacingOccurrences(of: ".yml", with: ".yaml")] = full
                    } else if name.lowercased().hasSuffix(".csv") {
                        found.append(full)
                    }
                }
                observations.append(contentsOf: found.sorted())
            } else {
                let name = (path as NSString).lastPathComponent.lowercased()
                if catalogueNames.contains(name) { catalogues[name.replacingOccurrences(of: ".yml", with: ".yaml")] = path } else { observations.append(path) }
            }
        }
        return (catalogues, observations)
    }

    /// The catalogues of a load (`paths`, else the bundled data; catalogues not given come from the
    /// bundled data), with the observation files found and the catalogue files used. `chiso entry
    /// add` checks an entry against this alone, without reading any figure; it needs only the units
    /// and indicators (`unitsAndIndicatorsOnly`: no targets, resolutions or panels are read).
    public static func loadCatalogue(paths: [String], unitsAndIndicatorsOnly: Bool = false, diagnostics: inout [Diagnostic])
        -> (catalogue: Catalogue, files: [String: String], observationFiles: [String]) {
        let (catalogues, observationFiles) = files(paths: paths, diagnostics: &diagnostics)
        let catalogue = readCatalogue(catalogues, unitsAndIndicatorsOnly: unitsAndIndicatorsOnly, diagnostics: &diagnostics)
        return (catalogue, catalogues, observationFiles)
    }

    /// The catalogue files of a load by name (`paths`, else the bundled data; the bundled data's
    /// for those not given) and its observation files.
    static func files(paths: [String], diagnostics: inout [Diagnostic]) -> (catalogues: [String: String], observations: [String]) {
        let bundled = bundledDataFolder()
        var given = paths
        if given.isEmpty {
            if let bundled { given = [bundled] } else {
                diagnostics.append(Diagnostic(file: "Data", line: 0, column: 0, severity: .error,
                                              Phrase(.diagBundledDataNotFound), hint: Phrase(.diagBundledDataHint)))
            }
        }
        var (catalogues, observationFiles) = expand(given, diagnostics: &diagnostics)
        if let bundled {
            var ignored: [Diagnostic] = []
            let bundledFiles = expand([bundled], diagnostics: &ignored).catalogues
            for (name, file) in bundledFiles where catalogues[name] == nil { catalogues[name] = file }
        }
        return (catalogues, observationFiles)
    }

    /// Reads the catalogue files found by `files(paths:diagnostics:)`.
    static func readCatalogue(_ catalogues: [String: String], unitsAndIndicatorsOnly: Bool = false, diagnostics: inout [Diagnostic]) -> Catalogue {
        var catalogue = Catalogue()
        if let f = catalogues["regions.csv"] { catalogue.setRegions(CatalogueLoader.loadRegions(f, diagnostics: &diagnostics)) }
        if let f = catalogues["provinces.csv"] {
            for unit in CatalogueLoader.loadUnits(f, diagnostics: &diagnostics) { catalogue.addUnit(unit) }
        } else {
            diagnostics.append(Diagnostic(file: "provinces.csv", line: 0, column: 0, severity: .error, Phrase(.diagNoProvincesCatalogue)))
        }
        if let f = catalogues["communes.csv"] {
            for unit in CatalogueLoader.loadUnits(f, diagnostics: &diagnostics) {
                if let parent = unit.parent, catalogue.unit(id: parent) == nil {
                    diagnostics.append(Diagnostic(file: f, line: 0, column: 0, severity: .error, Phrase(.diagUnknownParent, "\(unit.id)", "\(parent)")))
                    continue
                }
                catalogue.addUnit(unit)
            }
        }
        if let f = catalogues["indicators.csv"] {
            for indicator in CatalogueLoader.loadIndicators(f, diagnostics: &diagnostics) { catalogue.addIndicator(indicator) }
        } else {
            diagnostics.append(Diagnostic(file: "indicators.csv", line: 0, column: 0, severity: .error, Phrase(.diagNoIndicatorCatalogue)))
        }
        if unitsAndIndicatorsOnly { return catalogue }
        if let f = catalogues["targets.csv"] {
            catalogue.targets = CatalogueLoader.loadTargets(f, units: catalogue, diagnostics: &diagnostics)
            catalogue.reindexTargets()
        }
        if let f = catalogues["resolutions.yaml"] {
            let (docs, items) = CatalogueLoader.loadResolutions(f, units: catalogue, diagnostics: &diagnostics)
            catalogue.resolutions = docs
            catalogue.items = items
        }
        if let f = catalogues["panels.csv"] {
            let specs = PanelLoader.load(f, catalogue: catalogue, diagnostics: &diagnostics)
            catalogue.panels = specs.filter { !$0.quarterly }
            catalogue.quarterlyPanels = specs.filter(\.quarterly)
        }
        return catalogue
    }

    /// Loads `paths` (or the bundled data when empty), adding `extra` rows (the demo generator's),
    /// then the records of `entries` on top: figures as rows after the files' (so an entry is a
    /// revision of a file's figure), item changes applied to the resolutions' items.
    ///
    /// With a `cache`, the catalogue and the store come from their snapshot of the same inputs when
    /// there is a good one (the store mapped, not copied; checked in the background:
    /// `Dataset.snapshotCheck`), and a catalogue and store read here are saved there. The entries journal's files are inputs like the data files (an
    /// entry added changes the key: the next load builds the store again and saves it). Rows from
    /// `extra`, or entries kept elsewhere than in a folder, change the store in ways the key cannot
    /// see: they bypass the cache. A snapshot settled for the inputs' present status-change times
    /// (`StoreCache.Key.settled`) is used on its key alone, without a content check, when
    /// `checkSettledSnapshot` is false (one-shot commands).
    ///
    /// With a `vintage`, only what was known on its day is loaded (`Vintage`): the rows, entries
    /// included, known by then go into the store, before the revision rule (a revision published
    /// later is not there); item changes and items whose status was stated later are left out. Such
    /// a store is not the inputs' whole store: it bypasses the cache.
    public static func load(paths: [String], extra: [RawObservationSource] = [], label: String? = nil,
                            entries: (any EntryStore)? = nil, vintage: Vintage? = nil, progress: ((LoadProgress) -> Void)? = nil,
                            cache: StoreCache? = nil, checkSettledSnapshot: Bool = true) -> Dataset {
        var diagnostics: [Diagnostic] = []
        let (catalogues, observationFiles) = files(paths: paths, diagnostics: &diagnostics)
        let inputs = Array(catalogues.values).sorted() + observationFiles + journalFiles(entries)
        let name = label ?? (paths.isEmpty ? "Data/" : paths.map { ($0 as NSString).lastPathComponent }.joined(separator: ", "))
        // The files are stamped before they are read: a change made while they are read makes the key stale.
        let cacheable = extra.isEmpty && vintage == nil && (entries == nil || entries is FolderEntryStore)
        let key = cacheable ? cache?.key(for: inputs) : nil
        var hit: StoreCache.Hit?
        if let cache, let key, case .success(let found) = cache.open(key) { hit = found }
        // The catalogue as its files give it: from the snapshot when there is one.
        let catalogueStart = diagnostics.count
        let base: Catalogue
        if let hit {
            base = hit.catalogue
            diagnostics += hit.catalogueDiagnostics
        } else {
            base = readCatalogue(catalogues, diagnostics: &diagnostics)
        }
        let catalogueDiagnostics = Array(diagnostics[catalogueStart...])
        var catalogue = base
        let log = entries?.read()
        if let log {
            diagnostics += log.diagnostics
            let changes = vintage.map { v in log.itemChanges.filter(v.knows) } ?? log.itemChanges
            EntryRows.apply(changes, to: &catalogue, diagnostics: &diagnostics)
        }
        if let vintage {
            catalogue.items = catalogue.items.filter(vintage.knows)
            catalogue.targets = catalogue.targets.filter(vintage.knows)
            catalogue.reindexTargets()
        }
        if let cache, let key, let hit {
            var dataset = Dataset(catalogue: catalogue, store: hit.store, diagnostics: diagnostics + hit.diagnostics, files: inputs, label: name)
            if checkSettledSnapshot || hit.settledChanges != key.changes {
                dataset.snapshotCheck = SnapshotCheck(cache: cache, key: key, hit: hit)
            }
            return dataset
        }
        // The content hash for the snapshot is taken on a second thread while the rows are read.
        var contentHash: UInt64?
        let hashing = key.map { key in ThreadedWork { contentHash = StoreCache.contentHash(of: key.inputs) } }
        let before = diagnostics.count
        let store = loadObservations(observationFiles, catalogue: catalogue, entryFigures: log?.figures, extra: extra,
                                     vintage: vintage, diagnostics: &diagnostics, progress: progress)
        if let cache, let key, let hashing {
            hashing.wait()
            if let contentHash {
                cache.save(store, diagnostics: Array(diagnostics[before...]), catalogue: base, catalogueDiagnostics: catalogueDiagnostics,
                           key: key, contentHash: contentHash)
            }
        }
        return Dataset(catalogue: catalogue, store: store, diagnostics: diagnostics, files: inputs, label: name, vintage: vintage)
    }

    /// The journal files of `entries` that exist, for the list of files loaded.
    static func journalFiles(_ entries: (any EntryStore)?) -> [String] {
        guard let folder = entries as? FolderEntryStore else { return [] }
        return [folder.figuresPath, folder.itemsPath].filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// Reads the observation files, then the entries' figures and `extra` rows, into a store (only
    /// the rows known on the `vintage` day, when there is one).
    static func loadObservations(_ observationFiles: [String], catalogue: Catalogue, entryFigures: [FigureEntry]?,
                                 extra: [RawObservationSource], vintage: Vintage? = nil, diagnostics: inout [Diagnostic],
                                 progress: ((LoadProgress) -> Void)?) -> FigureStore {
        var buffer = ObservationBuffer()
        let sizes = observationFiles.map { file -> Int in
            var info = stat()
            return stat(file, &info) == 0 ? Int(info.st_size) : 0
        }
        let totalBytes = sizes.reduce(0, +)
        var doneBytes = 0
        for (file, size) in zip(observationFiles, sizes) {
            let before = doneBytes
            ObservationLoader.load(file, catalogue: catalogue, into: &buffer, diagnostics: &diagnostics,
                                   progress: progress.map { report in { read, _ in
                                       report(LoadProgress(file: file, bytesDone: before + min(read, size), bytesTotal: totalBytes, stage: .reading))
                                   } })
            doneBytes += size
        }
        progress?(LoadProgress(file: "", bytesDone: totalBytes, bytesTotal: totalBytes, stage: .indexing))
        if let entryFigures { EntryRows.append(entryFigures, catalogue: catalogue, into: &buffer, diagnostics: &diagnostics) }
        for source in extra { source.append(catalogue, &buffer) }
        if let vintage { buffer = vintage.known(in: buffer) }
        return FigureStore(buffer: buffer, catalogue: catalogue, diagnostics: &diagnostics)
    }
}

/// Rows that do not come from files, such as the demo generator's.
public struct RawObservationSource: Sendable {
    public let append: @Sendable (Catalogue, inout ObservationBuffer) -> Void
    public init(append: @escaping @Sendable (Catalogue, inout ObservationBuffer) -> Void) { self.append = append }
}

/// How far a load has come, for a progress line.
public struct LoadProgress: Sendable {
    public enum Stage: Sendable { case reading, indexing }
    public let file: String
    public let bytesDone: Int
    public let bytesTotal: Int
    public let stage: Stage
}
