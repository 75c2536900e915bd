import Foundation

/// Golden text snapshots: compare with a stored file, or record it with `RECORD_SNAPSHOTS=1`.
public enum Snapshot {
    /// Compares `actual` with `<directory>/<name>.txt`. Returns nil when equal, else a message:
    /// the first differing row and column and both lines, or that the golden file is missing.
    /// With `RECORD_SNAPSHOTS=1` (`environment`) it writes the file instead and returns nil;
    /// without it a missing golden file is a failure, never recorded silently.
    public static func verify(_ actual: String, name: String, directory: String,
                              environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let path = (directory as NSString).appendingPathComponent(name + ".txt")
        if environment["RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            do { try actual.write(toFile: path, atomically: true, encoding: .utf8) } catch { return "cannot record \(path): \(error)" }
            return nil
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            return "snapshot \(name): no golden file at \(path) (record it with RECORD_SNAPSHOTS=1 and check it in)"
        }
        if expected == actual { return nil }
        return diff(expected: expected, actual: actual, name: name)
    }

    /// The first difference between two texts, row and column 1-based.
    public static func diff(expected: String, actual: String, name: String) -> String {
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        for row in 0..<max(e.count, a.count) {
            let el = row < e.count ? e[row] : "<missing>", al = row < a.count ? a[row] : "<missing>"
            if el != al {
                let ec = Array(el), ac = Array(al)
                var col = 0
                while col < min(ec.count, ac.count) && ec[col] == ac[col] { col += 1 }
                return """
                snapshot \(name) differs at row \(row + 1), column \(col + 1) (re-record with RECORD_SNAPSHOTS=1):
                  expected: \(el)
                  actual:   \(al)
                """
            }
        }
        return "snapshot \(name) differs"
    }
}
