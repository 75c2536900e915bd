import ArgumentParser
import ChisoCore
import Foundation

/// Formats of `chiso brief`.
enum BriefDocumentFormat: String, ExpressibleByArgument, CaseIterable {
    case docx, pdf, html, md
}

/// `chiso brief`: the meeting brief as the document the office signs (Docs/brief.md).
struct BriefCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "brief",
            abstract: Help.text(.cmdBriefAbstract),
            discussion: Help.discussion([Help.text(.cmdBriefDiscussion)],
                                        examples: ["chiso brief --province nghe-an --month 2025-05 --date 2025-06-10 \\\n  --format docx --out brief.docx"]))
    }

    @Option(help: Help.option(.optBriefProvince, value: .valProvince))
    var province: String

    @Option(help: Help.option(.optBriefMonth, valueName: "YYYY-MM"))
    var month: String?

    @Option(help: Help.option(.optBriefDate, valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: Help.option(.optLanguage, valueName: "vi|en"))
    var lang = "vi"

    @Option(help: Help.option(.optBriefOffice, value: .valFile))
    var office: String?

    @Option(help: Help.option(.optBriefFormat, value: .valFormat))
    var format: BriefDocumentFormat = .docx

    @Option(help: Help.option(.optBriefOut, value: .valFile))
    var out: String?

    @Flag(help: Help.option(.optBriefForce))
    var force = false

    @OptionGroup var data: DataOptions

    func validate() throws {
        if out == nil && (format == .docx || format == .pdf) {
            throw UsageError(Phrase(.cliFormatNeedsOut, "\(format.rawValue)"))
        }
    }

    func run() throws {
        let language = try ArgumentCheck.language(lang)
        OutputLanguage.current = language
        let requested = try month.map(ArgumentCheck.month)
        var explicitDate: CalendarDate?
        if let date {
            guard let parsed = CalendarDate(date) else { throw UsageError(Phrase(.cliBadDate, "\(Sanitizer.terminal(date))")) }
            explicitDate = parsed
        }
        let profile = try Self.loadOffice(office)
        let dataset = try data.loadChecked()
        let unit = try ArgumentCheck.province(province, in: dataset.catalogue)
        let analytics = Analytics(dataset)
        guard let period = requested ?? analytics.latestPeriod(unit: unit) else {
            throw CommandFailure(Phrase(.cliNoFiguresForUnit, "\(unit.id)", "\(dataset.label)"))
        }
        let documentDate = DocumentDate.resolve(explicit: explicitDate, office: profile.date, vintage: dataset.vintage?.date)
        let document = BriefDocument.build(analytics, unit: unit, period: period, lang: language, office: profile, date: documentDate)
        let bytes = try Self.render(document, format)
        guard let out else {
            try Output.write(String(decoding: bytes, as: UTF8.self))
            return
        }
        let file = try NewFile(out)
        do {
            try file.write(Array(bytes))
            try file.commit(replacing: force)
        } catch {
            file.discard()
            throw error
        }
    }

    /// The office file: the one given, else the default one when it exists, else an empty profile.
    static func loadOffice(_ path: String?) throws -> OfficeProfile {
        do {
            if let path { return try OfficeProfile.load(path: path) }
            if let path = OfficeProfile.defaultPath(environment: ProcessInfo.processInfo.environment),
               FileManager.default.fileExists(atPath: path) {
                return try OfficeProfile.load(path: path)
            }
            return OfficeProfile()
        } catch let failure as OfficeProfile.Failure {
            throw CommandFailure(Phrase(.officeFailure, "\(failure.place)", .phrase(failure.phrase)))
        }
    }

    /// The document's bytes in `format`.
    static func render(_ document: BriefDocument, _ format: BriefDocumentFormat) throws -> Data {
        switch format {
        case .md: return Data(BriefMarkdownWriter(document).markdown().utf8)
        case .html: return Data(BriefHTMLWriter(document).html().utf8)
        case .docx, .pdf:
            let docx: Data
            do { docx = try DocxWriter(document).data() } catch {
                throw CommandFailure(Phrase(.cliCannotWriteDocx, "\(CommandRunner.describe(error))"))
            }
            guard format == .pdf else { return docx }
            do { return try PDFConverter.pdf(fromDocx: docx) } catch let failure as PDFConverter.Failure {
                throw CommandFailure(failure.phrase)
            }
        }
    }
}
