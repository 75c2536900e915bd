import CChisoSys
import ChisoCore
import ChisoUI
import Foundation

/// Writes the current frame as `.txt` and `.md` files, never overwriting: each file is written
/// in full to a temporary name in the export folder, then renamed to a free final name with a
/// rename that refuses to replace (`-2`, `-3`… when the name is taken). A failure leaves no
/// file behind and is reported to the caller. The export folder is `ExportFolder`'s: one
/// documented folder, never a data folder.
public enum Exporter {
    /// Why an export failed, in one line for the status line.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The folder exports go to (`ExportFolder.resolve`): `$CHISO_EXPORT_DIR`, else
    /// `~/chiso-exports`; refused inside a data folder.
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment,
                              dataFolders: [String], dataFiles: [String]) throws -> String {
        try ExportFolder.resolve(environment: environment, dataFolders: dataFolders, dataFiles: dataFiles)
    }

    /// `~/chiso-exports/stem.txt and .md`, for the status line (`and` in the screen's language;
    /// the home folder written `~`).
    public static func summary(_ paths: [String], and: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        guard let first = paths.first.map({ ExportFolder.display($0, environment: environment) }) else { return "" }
        let rest = paths.dropFirst().map { "." + ($0 as NSString).pathExtension }
        return rest.isEmpty ? first : first + " \(and) " + rest.joined(separator: ", ")
    }

    /// Writes both files and returns their paths.
    public static func export(text: String, markdown: String, stem: String, folder: String) throws -> [String] {
        let safeStem = String(stem.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
        // Both temporary files are complete before either final name appears.
        let txtTemp = try writeTemporary(text, in: folder)
        defer { unlink(txtTemp) }
        let mdTemp = try writeTemporary(markdown, in: folder)
        defer { unlink(mdTemp) }
        var n = 1
        while n < 1000 {
            let base = n == 1 ? safeStem : "\(safeStem)-\(n)"
            let txt = (folder as NSString).appendingPathComponent(base + ".txt")
            let md = (folder as NSString).appendingPathComponent(base + ".md")
            n += 1
            if FileManager.default.fileExists(atPath: txt) || FileManager.default.fileExists(atPath: md) { continue }
            guard try place(txtTemp, at: txt) else { continue }
            do {
                // The Markdown name was taken meanwhile: take the text file back and try the next name.
                guard try place(mdTemp, at: md) else { rename(txt, txtTemp); continue }
            } catch {
                unlink(txt)
                throw error
            }
            return [txt, md]
        }
        throw Failure(description: "\(folder): no free file name for \(safeStem)")
    }

    /// Writes files of the same stem with the given extensions and contents, all or none, never replacing one:
    /// the first stem (`stem`, `stem-2`, …) free for every extension is taken.
    public static func export(files: [(ext: String, bytes: [UInt8])], stem: String, folder: String) throws -> [String] {
        let safeStem = String(stem.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
        var temps: [String] = []
        defer { temps.forEach { unlink($0) } }
        for file in files { temps.append(try writeTemporary(bytes: file.bytes, in: folder)) }
        for n in 1..<1000 {
            let base = n == 1 ? safeStem : "\(safeStem)-\(n)"
            let paths = files.map { (folder as NSString).appendingPathComponent(base + "." + $0.ext) }
            if paths.contains(where: { FileManager.default.fileExists(atPath: $0) }) { continue }
            var placed: [Int] = []
            var free = true
            do {
                for i in paths.indices {
                    guard try place(temps[i], at: paths[i]) else { free = false; break }
                    placed.append(i)
                }
            } catch {
                placed.forEach { unlink(paths[$0]) }
                throw error
            }
            // A name was taken meanwhile: take back what was placed and try the next name.
            guard free else { placed.forEach { rename(paths[$0], temps[$0]) }; continue }
            return paths
        }
        throw Failure(description: "\(folder): no free file name for \(safeStem)")
    }

    static func failure(_ what: String, _ code: Int32) -> Failure {
        Failure(description: "\(what): \(String(cString: strerror(code)))")
    }

    /// Writes `content` to a new hidden temporary file in `folder`, checking every write, the
    /// flush to disk and the close (a full disk can show up at any of them).
    static func writeTemporary(_ content: String, in folder: String) throws -> String {
        try writeTemporary(bytes: Array(content.utf8), in: folder)
    }

    /// `writeTemporary` for bytes (the brief's .docx).
    static func writeTemporary(bytes: [UInt8], in folder: String) throws -> String {
        var path = ""
        var fd: Int32 = -1
        for _ in 0..<20 {
            path = (folder as NSString).appendingPathComponent(".chiso-export-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp")
            fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw failure(folder, errno) }
        var done = 0
        var error: Int32 = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBufferPointer { buf in write(fd, buf.baseAddress.map { $0 + done }, bytes.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                error = errno
                break
            }
            if n == 0 { error = EIO; break }
            done += n
        }
        if error == 0, fsync(fd) != 0, errno != EINVAL, errno != EROFS { error = errno }
        if close(fd) != 0, error == 0 { error = errno }
        if error != 0 {
            unlink(path)
            throw failure(folder, error)
        }
        return path
    }

    /// Gives the temporary file its final name without replacing anything. Returns false when
    /// `path` is taken.
    static func place(_ temp: String, at path: String) throws -> Bool {
        if chiso_rename_noreplace(temp, path) == 0 { return true }
        let code = chiso_errno()
        if code == EEXIST { return false }
        guard code == ENOSYS || code == EINVAL || code == ENOTSUP else { throw failure(path, code) }
        // File systems without RENAME_NOREPLACE: a hard link also refuses to replace.
        if link(temp, path) == 0 { unlink(temp); return true }
        if errno == EEXIST { return false }
        throw failure(path, errno)
    }
}
