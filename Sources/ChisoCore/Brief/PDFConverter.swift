import Foundation

/// Turns a Word document into PDF with LibreOffice (`soffice --headless --convert-to pdf`), in a temporary folder
/// of its own with a private LibreOffice profile, both removed afterwards.
public enum PDFConverter {
    /// The Debian package that brings `soffice` without a desktop.
    public static let package = "libreoffice-writer-nogui"

    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong, as a glossary phrase (LibreOffice's own words, when it said any, inside it).
        public let phrase: Phrase

        public var description: String { phrase.text(.en) }
    }

    /// The path of `soffice` (or `libreoffice`) on PATH, nil when LibreOffice is not installed.
    public static func soffice(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            for name in ["soffice", "libreoffice"] {
                let candidate = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// The PDF of `docx`.
    public static func pdf(fromDocx docx: Data) throws -> Data {
        guard let soffice = soffice() else {
            throw Failure(phrase: Phrase(.pdfNeedsLibreOffice, "\(package)"))
        }
        var template = Array((NSTemporaryDirectory() + "/chiso-pdf-XXXXXX").replacingOccurrences(of: "//", with: "/").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            return mkdtemp(base) != nil
        }
        guard made else { throw Failure(phrase: Phrase(.pdfNoTemporaryFolder, "\(String(cString: strerror(errno)))")) }
        let folder = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/brief.docx"
        guard FileManager.default.createFile(atPath: input, contents: docx) else {
            throw Failure(phrase: Phrase(.pdfCannotWrite, "\(input)"))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["-env:UserInstallation=file://\(folder)/profile", "--headless", "--norestore",
                             "--convert-to", "pdf", "--outdir", folder, input]
        var environment = ProcessInfo.processInfo.environment
        // LibreOffice's own temporary files and its pipe go into the same folder, removed with it.
        environment["HOME"] = folder
        environment["TMPDIR"] = folder
        process.environment = environment
        let log = Pipe()
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw Failure(phrase: Phrase(.pdfCannotStart, "\(soffice)", "\(error.localizedDescription)"))
        }
        let output = log.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let pdf = FileManager.default.contents(atPath: folder + "/brief.pdf") else {
            let said = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(phrase: Phrase(.pdfNoPDF, "\(process.terminationStatus)", "\(said.isEmpty ? "" : ": " + said)"))
        }
        return pdf
    }
}
