import ChisoCore

/// The content hash a presenter sends with its state, and a follower compares with its own.
public enum DataHash {
    /// The figures' hash (`FigureStore.contentHash`) with the number of units and indicators, in hex.
    public static func of(_ data: DashboardData) -> String {
        var h = data.dataset.store.contentHash
        for n in [data.units.count, data.indicators.count] { h = (h ^ UInt64(n)) &* 0x0000_0100_0000_01b3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
