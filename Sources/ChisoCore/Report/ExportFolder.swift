import Foundation

/// The one folder the dashboard's exports (`e`) go to: `$CHISO_EXPORT_DIR` when set (it must
/// exist), else `~/chiso-exports` (created with mode 0700 when missing). Never a data folder:
/// a folder that is, or is inside, a folder given with `--data` (those are read whole, sub-folders
/// too), or that holds a data file, is refused.
public enum ExportFolder {
    /// The name of the default folder in the user's home.
    public static let defaultName = "chiso-exports"

    /// Why no export folder could be used, in one line for the status line.
    public struct Failure: Error, CustomStringConvertible, Equatable {
        public let description: String
    }

    /// The export folder as an absolute path with symbolic links resolved, created when it is
    /// the default one and missing. `dataFolders` are the folders read as data (the `--data`
    /// folders, or the bundled one); `dataFiles` every file the data was read from.
    public static func resolve(environment: [String: String], dataFolders: [String], dataFiles: [String]) throws -> String {
        let folder: String
        if let dir = environment["CHISO_EXPORT_DIR"], !dir.isEmpty {
            folder = absolute(dir)
            guard isFolder(folder) else {
                throw Failure(description: "CHISO_EXPORT_DIR \(folder): no such folder")
            }
        } else {
            guard let home = homeFolder(environment) else {
                throw Failure(description: "no home folder to put \(defaultName) in; set CHISO_EXPORT_DIR")
            }
            folder = (absolute(home) as NSString).appendingPathComponent(defaultName)
            if !isFolder(folder), mkdir(folder, 0o700) != 0, errno != EEXIST {
                throw Failure(description: "\(folder): \(String(cString: strerror(errno)))")
            }
            guard isFolder(folder) else { throw Failure(description: "\(folder): not a folder") }
        }
        let real = canonical(folder)
        if let clash = dataFolder(containing: real, dataFolders: dataFolders, dataFiles: dataFiles) {
            throw Failure(description: "\(real) is inside the data folder \(clash): exports never go into a data folder; set CHISO_EXPORT_DIR to another folder")
        }
        return real
    }

    /// The data folder that `folder` (canonical) is, or is inside; nil when none.
    public static func dataFolder(containing folder: String, dataFolders: [String], dataFiles: [String]) -> String? {
        for given in dataFolders where isFolder(given) {
            let d = canonical(given)
            if folder == d || folder.hasPrefix(d.hasSuffix("/") ? d : d + "/") { return d }
        }
        for file in dataFiles {
            let d = canonical((absolute(file) as NSString).deletingLastPathComponent)
            if folder == d { return d }
        }
        return nil
    }

    /// `path` with the home folder written `~` (so the path written fits the status line).
    public static func display(_ path: String, environment: [String: String]) -> String {
        guard let home = homeFolder(environment) else { return path }
        let h = canonical(home)
        guard h != "/", path.hasPrefix(h + "/") else { return path }
        return "~" + path.dropFirst(h.count)
    }

    /// `$HOME`, else the home folder of the user in the password database.
    static func homeFolder(_ environment: [String: String]) -> String? {
        if let home = environment["HOME"], !home.isEmpty { return home }
        guard let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir else { return nil }
        let home = String(cString: dir)
        return home.isEmpty ? nil : home
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
    }

    /// The absolute path with `.`, `..` and symbolic links resolved (as given when it cannot be).
    static func canonical(_ path: String) -> String {
        guard let resolved = realpath(absolute(path), nil) else { return (absolute(path) as NSString).standardizingPath }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
