import ChisoCore
import ChisoUI
import Foundation

/// `B` in the dashboard: the brief to sign (as `chiso brief` writes it) for the unit and month on screen, in the
/// language on screen, as `.docx` and `.md` in the export folder, never overwriting (`-2`, `-3`… when taken). The
/// office file is the default one (`OfficeProfile.defaultPath`); its date, if any, is the document's date, else the
/// `--vintage` day the dashboard was started with, else the date line stays blank.
public enum BriefExport {
    public static func write(state: AppState, data: DashboardData,
                             environment: [String: String] = ProcessInfo.processInfo.environment, folder: String) throws -> [String] {
        guard let unit = data.catalogue.unit(id: state.province) else {
            throw Exporter.Failure(description: state.province + ": no such unit")
        }
        var office = OfficeProfile()
        if let path = OfficeProfile.defaultPath(environment: environment), FileManager.default.fileExists(atPath: path) {
            do { office = try OfficeProfile.load(path: path) } catch let failure as OfficeProfile.Failure {
                throw Exporter.Failure(description: failure.description(state.language))
            }
        }
        let date = DocumentDate.resolve(explicit: nil, office: office.date, vintage: data.dataset.vintage?.date)
        let document = BriefDocument.build(data.analytics, unit: unit, period: state.month, lang: state.language, office: office, date: date)
        let docx = try DocxWriter(document).data()
        let markdown = BriefMarkdownWriter(document).markdown()
        return try Exporter.export(files: [("docx", Array(docx)), ("md", Array(markdown.utf8))],
                                   stem: "chiso-brief-\(unit.id)-\(state.month)", folder: folder)
    }
}
