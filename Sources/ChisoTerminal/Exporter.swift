import ChisoUI
import Foundation

/// Writes the current frame as `.txt` and `.md` files, never overwriting: each file is written
/// to a temporary name and then linked to a free final name.
public enum Exporter {
    /// The folder exports go to: `$CHISO_EXPORT_DIR`, else the current directory.
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let dir = environment["CHISO_EXPORT_DIR"], !dir.isEmpty { return dir }
        return FileManager.default.currentDirectoryPath
    }

    /// Writes both files and returns their paths.
    public static func export(text: String, markdown: String, stem: String, folder: String) throws -> [String] {
        let safeStem = String(stem.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
        var n = 1
        while n < 1000 {
            let base = n == 1 ? safeStem : "\(safeStem)-\(n)"
            let txt = (folder as NSString).appendingPathComponent(base + ".txt")
            let md = (folder as NSString).appendingPathComponent(base + ".md")
            if FileManager.default.fileExists(atPath: txt) || FileManager.default.fileExists(atPath: md) { n += 1; continue }
            if try write(text, to: txt), try write(markdown, to: md) { return [txt, md] }
            n += 1
        }
        throw CocoaError(.fileWriteFileExists)
    }

    /// Writes to a temporary file, then links it to `path` (which fails rather than overwrite).
    /// Returns false when `path` appeared meanwhile.
    static func write(_ content: String, to path: String) throws -> Bool {
        let dir = (path as NSString).deletingLastPathComponent
        let temp = (dir as NSString).appendingPathComponent(".chiso-export-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp")
        guard FileManager.default.createFile(atPath: temp, contents: Data(content.utf8)) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: dir])
        }
        defer { unlink(temp) }
        if link(temp, path) == 0 { return true }
        if errno == EEXIST { return false }
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
    }
}
