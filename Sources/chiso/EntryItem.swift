import ArgumentParser
import ChisoCore
import Foundation

/// `chiso entry item`: one change to a resolution's implementation items, checked, then saved.
struct EntryItem: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "item",
        abstract: "Add an implementation item, or change one's status, due date or note, in the item journal.",
        discussion: """
        The item is named by its province, resolution and document (an existing item by its Vietnamese or \
        English document name). add needs --title and --status; status needs --status; due needs --due; note \
        needs --note. Exit status 1 with a message naming the bad option; nothing is saved then.

        Example: chiso entry item --action status --province nghe-an --resolution 123-KL/TW \\
          --document "Đẩy nhanh giải ngân vốn đầu tư công" --status done --source https://baonghean.vn/… --published 2025-06-20
        """)

    @Option(help: ArgumentHelp("add, status, due or note.", valueName: "action"))
    var action: String
    @Option(help: ArgumentHelp("Unit id.", valueName: "id"))
    var province: String
    @Option(help: ArgumentHelp("Resolution id (123-KL/TW).", valueName: "id"))
    var resolution: String
    @Option(help: ArgumentHelp("The item's document name.", valueName: "text"))
    var document: String
    @Option(help: ArgumentHelp("A new item's title.", valueName: "text"))
    var title: String?
    @Option(help: ArgumentHelp("A new item's lead unit.", valueName: "text"))
    var lead: String?
    @Option(help: ArgumentHelp("planned, drafting, in_progress, issued or done.", valueName: "status"))
    var status: String?
    @Option(help: ArgumentHelp("Due date.", valueName: "YYYY-MM[-DD]"))
    var due: String?
    @Option(help: ArgumentHelp("A note in your words.", valueName: "text"))
    var note: String?
    @Option(help: ArgumentHelp("URL of the publication that states the change.", valueName: "URL"))
    var source: String
    @Option(help: ArgumentHelp("The sentence of the source.", valueName: "text"))
    var quote: String?
    @Option(help: ArgumentHelp("Day the source stated it (the item's status date).", valueName: "YYYY-MM-DD"))
    var published: String?

    @Option(help: ArgumentHelp("Language of the problems reported: vi or en.", valueName: "vi|en"))
    var lang = "vi"

    @OptionGroup var data: DataOptions

    func run() throws {
        OutputLanguage.current = try ArgumentCheck.language(lang)
        try data.refuseVintage(in: "chiso entry item")
        try data.checkEntriesFolder()
        guard let kind = ItemChange.Action(rawValue: action) else {
            throw CommandFailure(Phrase(.cliUnknownAction, "\(action)"))
        }
        let store = data.entryStore
        if case .readOnly(_, let reason) = store.access() { throw CommandFailure(Phrase(.cliCannotSaveEntries, "\(store.folder)", "\(reason)")) }
        var diagnostics: [Diagnostic] = []
        var catalogue = DataLoader.loadCatalogue(paths: data.paths, diagnostics: &diagnostics).catalogue
        // Checked against the items as the earlier changes left them.
        EntryRows.apply(store.read().itemChanges, to: &catalogue, diagnostics: &diagnostics)
        let change = ItemChange(action: kind, province: catalogue.resolveUnit(province)?.id ?? province, resolution: resolution,
                                document: document, title: title ?? "", lead: lead ?? "", status: status ?? "", due: due ?? "",
                                note: note ?? "", source: source, quote: quote ?? "", published: published ?? "")
        let problems = EntryCheck.check(change, catalogue: catalogue)
        if !problems.isEmpty {
            Output.noteLines(problems.dropLast().map { "chiso: \(EntryAdd.describe($0))" })
            throw CommandFailure(Phrase(.cliNothingSaved, "\(problems.last.map(EntryAdd.describe) ?? "")"))
        }
        let saved: ItemChange
        do {
            saved = try store.append(change)
        } catch let error as EntryStoreError {
            throw CommandFailure(Phrase(.cliNothingSaved, "\(error.description)"))
        }
        Output.note("chiso: saved \(saved.action.rawValue) of \(saved.province) \(saved.resolution) «\(saved.document)» in \(store.itemsPath) (\(saved.enteredBy), \(saved.enteredAt))")
    }
}
