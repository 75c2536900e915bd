import Foundation

/// Saving the catalogue (units with their name index, regions, indicators, targets, resolutions,
/// items, panels) into a store snapshot and reading it back, so a later session neither parses
/// `communes.csv` and `resolutions.yaml` nor folds 3,321 communes' names again (Docs/performance.md,
/// "The shared store snapshot"). Texts are saved as they were after loading (already NFC) and are
/// read back without normalising them again. Every index read back is checked against the arrays it
/// points into, and every enum against its cases: a damaged section is refused, never trusted.
/// `StoreSnapshotTests.assertSameCatalogue` compares every field of a fresh load with a mapped one,
/// so a field added to a catalogue type but not here makes them fail.
extension Catalogue {
    func write(to e: inout BinaryEncoder) {
        e.int(units.count)
        for u in units { u.write(to: &e) }
        e.int(regions.count)
        for r in regions { e.string(r.id); e.string(r.nameVI); e.string(r.nameEN) }
        e.int(indicators.count)
        for i in indicators { i.write(to: &e) }
        e.int(targets.count)
        for t in targets {
            e.string(t.province); e.int(t.year); e.string(t.target); e.double(t.value); e.string(t.unit); e.int(t.derived ? 1 : 0)
            FigureStore.encode(t.source, &e)
        }
        e.int(resolutions.count)
        for r in resolutions { r.write(to: &e) }
        e.int(items.count)
        for i in items { i.write(to: &e) }
        e.int(panels.count + quarterlyPanels.count)
        for p in panels + quarterlyPanels { p.write(to: &e) }
        // The folded-name index, so that reading back folds no name again; length-prefixed, so a
        // reader can leave it in the mapping until a name is resolved (`UnitNameIndex`).
        var index = BinaryEncoder()
        index.int(unitsByKey.count)
        for (key, indices) in unitsByKey.sorted(by: { $0.key < $1.key }) {
            index.string(key)
            index.int(indices.count)
            for i in indices { index.int(i) }
        }
        e.int(index.bytes.count)
        e.append(index)
    }

    /// Reads what `write(to:)` wrote. The entries' item changes are not in a snapshot: they are
    /// applied after it is read, as after a fresh load.
    init(reading d: inout BinaryDecoder) throws {
        self.init()
        let unitCount = try d.count(minimum: 88)
        units.reserveCapacity(unitCount)
        unitIndexByID.reserveCapacity(unitCount)
        var memos = Province.Memos()
        for _ in 0..<unitCount {
            let unit = try Province(reading: &d, memos: &memos)
            guard unitIndexByID[unit.id] == nil else { throw SnapshotRejection.malformed("unit id") }
            unitIndexByID[unit.id] = units.count
            units.append(unit)
        }
        var regions: [Region] = []
        for _ in 0..<(try d.count(minimum: 24)) { regions.append(Region(id: try d.string(), nameVI: try d.string(), nameEN: try d.string())) }
        setRegions(regions)
        for _ in 0..<(try d.count(minimum: 80)) {
            let indicator = try Indicator(reading: &d)
            guard indicatorIndexByID[indicator.id] == nil else { throw SnapshotRejection.malformed("indicator id") }
            indicatorIndexByID[indicator.id] = indicators.count
            indicators.append(indicator)
        }
        for _ in 0..<(try d.count(minimum: 48)) {
            targets.append(Target(province: try d.string(), year: try d.int(), target: try d.string(), value: try d.double(),
                                  unit: try d.string(), derived: try d.int() != 0, source: try FigureStore.decode(&d)))
        }
        reindexTargets()
        for _ in 0..<(try d.count(minimum: 96)) { resolutions.append(try Resolution(reading: &d)) }
        for _ in 0..<(try d.count(minimum: 96)) { items.append(try ImplementationItem(reading: &d)) }
        for _ in 0..<(try d.count(minimum: 64)) {
            let panel = try PanelSpec(reading: &d)
            if panel.quarterly { quarterlyPanels.append(panel) } else { panels.append(panel) }
        }
        let indexBytes = try d.bytes(try d.count())
        guard d.atEnd else { throw SnapshotRejection.malformed("catalogue") }
        let units = self.units
        if let mapping = d.owner {
            // Decoded from the mapping (kept alive by the closure) at the first name resolved; the
            // checksum has covered these bytes, so a failure means a writer's bug: the names are
            // then folded again rather than trusted.
            unitNames = UnitNameIndex(decodingLater: {
                withExtendedLifetime(mapping) { (try? Self.unitNames(indexBytes, units: units.count)) ?? Self.foldedNames(units) }
            })
        } else {
            unitNames = UnitNameIndex(try Self.unitNames(indexBytes, units: units.count))
        }
    }

    /// The folded-name index `write(to:)` saved; every index must point into `units` units.
    static func unitNames(_ bytes: UnsafeRawBufferPointer, units: Int) throws -> [String: [Int]] {
        var d = BinaryDecoder(bytes)
        var table: [String: [Int]] = [:]
        let count = try d.count(minimum: 16)
        table.reserveCapacity(count)
        for _ in 0..<count {
            let key = try d.string()
            var indices: [Int] = []
            for _ in 0..<(try d.count(minimum: 8)) {
                let i = try d.int()
                guard i >= 0, i < units else { throw SnapshotRejection.malformed("unit index") }
                indices.append(i)
            }
            table[key] = indices
        }
        guard d.atEnd else { throw SnapshotRejection.malformed("unit names") }
        return table
    }

    /// The index built by folding every unit's names (as `addUnit` does).
    static func foldedNames(_ units: [Province]) -> [String: [Int]] {
        var table: [String: [Int]] = [:]
        for (i, unit) in units.enumerated() {
            for key in nameKeys(unit) { table[key, default: []].append(i) }
        }
        return table
    }
}

extension BinaryEncoder {
    mutating func bilingual(_ b: Bilingual) { string(b.vi); string(b.en) }

    mutating func strings(_ list: [String]) {
        int(list.count)
        for s in list { string(s) }
    }
}

extension BinaryDecoder {
    mutating func bilingual() throws -> Bilingual { Bilingual(normalized: try string(), en: try string()) }

    mutating func strings() throws -> [String] {
        var list: [String] = []
        for _ in 0..<(try count(minimum: 8)) { list.append(try string()) }
        return list
    }

    /// A raw value that must name a case of `T`.
    mutating func value<T: RawRepresentable>(_ type: T.Type) throws -> T where T.RawValue == String {
        guard let v = T(rawValue: try string()) else { throw SnapshotRejection.malformed("\(T.self)") }
        return v
    }

    /// A language code, read without the glossary (vi and en are the glossary's first columns).
    mutating func language() throws -> Language {
        let code = try string()
        if code == Language.vi.rawValue { return .vi }
        if code == Language.en.rawValue { return .en }
        guard let other = Language(rawValue: code) else { throw SnapshotRejection.malformed("language") }
        return other
    }
}

extension Bilingual {
    /// Both forms as they are (read back from a snapshot, where they were saved normalised).
    init(normalized vi: String, en: String) {
        self.vi = vi
        self.en = en
    }
}

extension Province {
    func write(to e: inout BinaryEncoder) {
        e.string(id); e.string(level.rawValue); e.string(name); e.string(nameEN); e.string(region); e.optional(code)
        e.optional(successor); e.strings(mergedFrom); e.strings(aliases); e.string(source); e.optional(parent)
    }

    /// The fields that repeat from one unit to the next (`BinaryDecoder.string(_:)`).
    struct Memos {
        var level = StringMemo(), region = StringMemo(), source = StringMemo(), parent = StringMemo()
        var lastLevel: (text: String, level: UnitLevel)?
    }

    init(reading d: inout BinaryDecoder, memos: inout Memos) throws {
        id = try d.string()
        let levelText = try d.string(&memos.level)
        if let last = memos.lastLevel, last.text == levelText {
            level = last.level
        } else {
            guard let read = UnitLevel(rawValue: levelText) else { throw SnapshotRejection.malformed("UnitLevel") }
            level = read
            memos.lastLevel = (levelText, read)
        }
        name = try d.string(); nameEN = try d.string()
        region = try d.string(&memos.region); code = try d.optional(); successor = try d.optional(); mergedFrom = try d.strings()
        aliases = try d.strings(); source = try d.string(&memos.source); parent = try d.optional(&memos.parent)
    }
}

extension Indicator {
    func write(to e: inout BinaryEncoder) {
        e.string(id); e.string(nameVI); e.string(nameEN); e.string(shortVI); e.string(shortEN); e.string(unit)
        e.string(kind.rawValue); e.int(higherIsBetter ? 1 : 0); e.optional(target); e.optional(shareOf); e.string(group)
        e.string(description)
    }

    init(reading d: inout BinaryDecoder) throws {
        id = try d.string(); nameVI = try d.string(); nameEN = try d.string(); shortVI = try d.string(); shortEN = try d.string()
        unit = try d.string(); kind = try d.value(IndicatorKind.self); higherIsBetter = try d.int() != 0; target = try d.optional()
        shareOf = try d.optional(); group = try d.string(); description = try d.string()
    }
}

extension Resolution {
    func write(to e: inout BinaryEncoder) {
        e.string(id); e.string(kind); e.string(number); e.string(shortVI); e.string(shortEN); e.bilingual(title); e.optional(issued)
        e.bilingual(issuer); e.bilingual(summary); e.strings(sources); e.strings(trackedBy); e.string(sourceLanguage.rawValue)
    }

    init(reading d: inout BinaryDecoder) throws {
        id = try d.string(); kind = try d.string(); number = try d.string(); shortVI = try d.string(); shortEN = try d.string()
        title = try d.bilingual(); issued = try d.optional(); issuer = try d.bilingual(); summary = try d.bilingual()
        sources = try d.strings(); trackedBy = try d.strings(); sourceLanguage = try d.language()
    }
}

extension ImplementationItem {
    func write(to e: inout BinaryEncoder) {
        e.string(province); e.string(resolution); e.bilingual(document); e.bilingual(title); e.bilingual(lead); e.optional(due)
        e.string(status.rawValue); e.optional(statusDate); e.bilingual(note); FigureStore.encode(source, &e); e.string(sourceLanguage.rawValue)
    }

    init(reading d: inout BinaryDecoder) throws {
        province = try d.string(); resolution = try d.string(); document = try d.bilingual(); title = try d.bilingual()
        lead = try d.bilingual(); due = try d.optional(); status = try d.value(ItemStatus.self); statusDate = try d.optional()
        note = try d.bilingual(); source = try FigureStore.decode(&d); sourceLanguage = try d.language()
    }
}

extension PanelSpec {
    func write(to e: inout BinaryEncoder) {
        e.string(id); e.string(titleVI); e.string(titleEN); e.string(primary); e.string(planVI); e.string(planEN)
        e.int(companions.count)
        for c in companions { e.string(c.indicator); e.string(c.labelVI); e.string(c.labelEN) }
        e.int(quarterly ? 1 : 0)
    }

    init(reading d: inout BinaryDecoder) throws {
        id = try d.string(); titleVI = try d.string(); titleEN = try d.string(); primary = try d.string()
        planVI = try d.string(); planEN = try d.string()
        var companions: [Companion] = []
        for _ in 0..<(try d.count(minimum: 24)) {
            companions.append(Companion(indicator: try d.string(), labelVI: try d.string(), labelEN: try d.string()))
        }
        self.companions = companions
        quarterly = try d.int() != 0
    }
}
