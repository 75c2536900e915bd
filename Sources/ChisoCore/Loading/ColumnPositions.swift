import Foundation

/// Where each known column of an observation file is, by name (-1 when the file has no such
/// column): the fast path's copy of `ObservationLoader.Header`, kept as plain integers because
/// copying the header's dictionary per row cost a retain and a release.
struct ColumnPositions {
    var province = -1
    var period = -1
    var indicator = -1
    var value = -1
    var basis = -1
    var unit = -1
    /// `scope` (former / merged): rows that fill it go to the careful path.
    var scope = -1
    /// The columns that describe the publication (`SourceInfo`), in a fixed order; -1 when absent.
    var source = -1
    var quote = -1
    var published = -1
    var asOf = -1
    var note = -1

    init() {}

    /// The positions of `header`'s columns, found by their canonical names.
    init(_ header: ObservationLoader.Header) {
        func position(_ name: String) -> Int { header.col[name] ?? -1 }
        province = position("province")
        period = position("period")
        indicator = position("indicator")
        value = position("value")
        basis = position("basis")
        unit = position("unit")
        scope = position("scope")
        source = position("source")
        quote = position("quote")
        published = position("published")
        asOf = position("as_of")
        note = position("note")
    }

    /// The publication's columns, in the order the fast path interns them.
    var describingSource: [Int] { [source, quote, published, asOf, note] }
}
