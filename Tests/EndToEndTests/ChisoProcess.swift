import Foundation

/// Runs the built `chiso` binary as a user would, capturing its output.
enum ChisoProcess {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary under test never reads the user's own default entries folder (Docs/entries.md):
    /// `CHISO_ENTRIES` names a folder that cannot exist or be created, so every command sees no
    /// entries unless its test names a folder with `--entries`. Set once, before the first run.
    private static let withoutDefaultEntries: Void = {
        setenv("CHISO_ENTRIES", "/proc/chiso-tests-name-their-own-entries", 1)
    }()

    /// `$CHISO_BIN`, else the debug build in the repository.
    static var binary: String {
        _ = withoutDefaultEntries
        if let env = ProcessInfo.processInfo.environment["CHISO_BIN"], !env.isEmpty { return env }
        return repoRoot.appendingPathComponent(".build/debug/chiso").path
    }

    /// Why an end-to-end test cannot run: a failure, not a skip, so a missing binary never
    /// shows green.
    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    /// Throws unless the chiso binary exists.
    static func requireBinary() throws {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw Missing(description: "no chiso binary at \(binary): run `make test` (it builds chiso and runs the tests with CHISO_BIN set)")
        }
    }

    /// Throws unless `tool` is on the usual paths.
    static func requireTool(_ tool: String) throws {
        guard ["/usr/bin/", "/usr/local/bin/", "/usr/sbin/", "/bin/"].contains(where: { FileManager.default.isExecutableFile(atPath: $0 + tool) }) else {
            throw Missing(description: "\(tool) is not installed: run `make test` (its setup installs what the tests need)")
        }
    }

    /// `text` quoted for sh.
    static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs chiso (or `executable`) with `arguments` in the repository folder and waits for it.
    static func run(_ arguments: [String], environment: [String: String] = [:], cwd: String? = nil, executable: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: cwd ?? repoRoot.path)
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting so a large output cannot block the child.
        final class Box: @unchecked Sendable { var data = Data() }
        let outBox = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { outBox.data = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let outData = outBox.data
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}
