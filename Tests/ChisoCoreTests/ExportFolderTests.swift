import ChisoCore
import Foundation
import XCTest

/// Exports go to one folder: `$CHISO_EXPORT_DIR`, else `~/chiso-exports` (made with mode 0700),
/// never a data folder.
final class ExportFolderTests: XCTestCase {
    var root = URL(fileURLWithPath: "/tmp")
    var home: String { root.appendingPathComponent("home").path }
    var data: String { root.appendingPathComponent("data").path }

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-export-folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: root.appendingPathComponent("home").path, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root.appendingPathComponent("data/sub").path, withIntermediateDirectories: true)
        addTeardownBlock { [root] in try? FileManager.default.removeItem(at: root) }
    }

    func resolve(_ env: [String: String], folders: [String]? = nil, files: [String]? = nil) throws -> String {
        try ExportFolder.resolve(environment: env, dataFolders: folders ?? [data], dataFiles: files ?? [data + "/observations.csv"])
    }

    func testTheDefaultFolderIsMadeInTheHomeFolderForTheUserAlone() throws {
        let folder = try resolve(["HOME": home])
        XCTAssertEqual(folder, ExportFolderTests.real(home) + "/chiso-exports")
        var info = stat()
        XCTAssertEqual(stat(folder, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o700)
        // Found again, not made again.
        XCTAssertEqual(try resolve(["HOME": home]), folder)
    }

    func testTheEnvironmentNamesTheFolderWhichMustExist() throws {
        let mine = root.appendingPathComponent("mine").path
        XCTAssertThrowsError(try resolve(["HOME": home, "CHISO_EXPORT_DIR": mine])) { error in
            XCTAssertEqual("\(error)", "CHISO_EXPORT_DIR \(mine): no such folder")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: mine), "a misspelt folder is not made")
        try FileManager.default.createDirectory(atPath: mine, withIntermediateDirectories: true)
        XCTAssertEqual(try resolve(["HOME": home, "CHISO_EXPORT_DIR": mine]), ExportFolderTests.real(mine))
        XCTAssertFalse(FileManager.default.fileExists(atPath: home + "/chiso-exports"))
    }

    func testADataFolderIsNeverTheExportFolder() throws {
        // The data folder itself, a folder inside it, the same through a symbolic link and a relative path.
        let link = root.appendingPathComponent("link").path
        XCTAssertEqual(symlink(data, link), 0)
        for dir in [data, data + "/sub", link + "/sub", data + "/sub/.."] {
            XCTAssertThrowsError(try resolve(["CHISO_EXPORT_DIR": dir]), dir) { error in
                XCTAssertTrue("\(error)".contains("is inside the data folder \(ExportFolderTests.real(data))"), "\(error)")
                XCTAssertTrue("\(error)".contains("CHISO_EXPORT_DIR"), "\(error)")
            }
        }
        // The default folder, when the home folder is given as data (`--data .` run from home).
        XCTAssertThrowsError(try resolve(["HOME": home], folders: [home], files: [home + "/observations.csv"]))
        // A folder holding a data file given by itself is refused; a folder beside or under it is not.
        XCTAssertThrowsError(try resolve(["CHISO_EXPORT_DIR": home], folders: [], files: [home + "/observations.csv"]))
        XCTAssertNoThrow(try resolve(["HOME": home], folders: [], files: [home + "/observations.csv"]))
        XCTAssertNoThrow(try resolve(["CHISO_EXPORT_DIR": root.path], folders: [data], files: [data + "/observations.csv"]),
                         "a folder that holds the data folder is not inside it")
    }

    func testTheStatusLineWritesTheHomeFolderAsATilde() throws {
        let folder = try resolve(["HOME": home])
        XCTAssertEqual(ExportFolder.display(folder + "/a.txt", environment: ["HOME": home]), "~/chiso-exports/a.txt")
        XCTAssertEqual(ExportFolder.display("/elsewhere/a.txt", environment: ["HOME": home]), "/elsewhere/a.txt")
        XCTAssertEqual(ExportFolder.display(folder + "/a.txt", environment: ["HOME": "/"]), folder + "/a.txt")
    }

    static func real(_ path: String) -> String {
        guard let r = realpath(path, nil) else { return path }
        defer { free(r) }
        return String(cString: r)
    }
}
