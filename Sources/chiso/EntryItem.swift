import ArgumentParser
import ChisoCore
import Foundation

/// `chiso entry item`: one change to a resolution's implementation items, checked, then saved.
struct EntryItem: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "item",
            abstract: Help.text(.cmdEntryItemAbstract),
            // Each line of the example fits in 80 columns.
            discussion: Help.discussion([Help.text(.cmdEntryItemDiscussion)], examples: [
                """
                chiso entry item --action status --province nghe-an --resolution 123-KL/TW \\
                  --document "Đẩy nhanh giải ngân vốn đầu tư công" --status done \\
                  --source https://baonghean.vn/… --published 2025-06-20
                """,
            ]))
    }

    @Option(help: Help.option(.optItemAction, value: .valAction))
    var action: String
    @Option(help: Help.option(.optItemProvince, value: .valId))
    var province: String
    @Option(help: Help.option(.optItemResolution, value: .valId))
    var resolution: String
    @Option(help: Help.option(.optItemDocument, value: .valText))
    var document: String
    @Option(help: Help.option(.optItemTitle, value: .valText))
    var title: String?
    @Option(help: Help.option(.optItemLead, value: .valText))
    var lead: String?
    @Option(help: Help.option(.optItemStatus, value: .valStatus))
    var status: String?
    @Option(help: Help.option(.optItemDue, valueName: "YYYY-MM[-DD]"))
    var due: String?
    @Option(help: Help.option(.optEntryNote, value: .valText))
    var note: String?
    @Option(help: Help.option(.optItemSource, valueName: "URL"))
    var source: String
    @Option(help: Help.option(.optItemQuote, value: .valText))
    var quote: String?
    @Option(help: Help.option(.optItemPublished, valueName: "YYYY-MM-DD"))
    var published: String?

    @Option(help: Help.option(.optProblemsLanguage, valueName: "vi|en"))
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
        if case .readOnly(_, let reason) = store.access() { throw CommandFailure(Phrase(.cliCannotSaveEntries, "\(store.folder)", .phrase(reason))) }
        var diagnostics: [Diagnostic] = []
        var catalogue = DataLoader.loadCatalogue(paths: data.paths, diagnostics: &diagnostics).catalogue
        // Checked against the items as the earlier changes left them.
        EntryRows.apply(store.read().itemChanges, to: &catalogue, diagnostics: &diagnostics)
        var change = ItemChange(action: kind, province: catalogue.resolveUnit(province)?.id ?? province, resolution: resolution,
                                document: document, title: title ?? "", lead: lead ?? "", status: status ?? "", due: due ?? "",
                                note: note ?? "", source: source, quote: quote ?? "", published: published ?? "")
        if kind == .revert, let item = EntryRows.namedItem(change, in: catalogue) {
            // What is not given stays as the item is (or was, when withdrawn).
            change.title = title ?? item.title.vi
            change.lead = lead ?? item.lead.vi
            change.status = status ?? item.status.rawValue
            change.due = due ?? item.due ?? ""
            change.note = note ?? item.note.vi
            change.published = published ?? item.statusDate ?? ""
        }
        let problems = EntryCheck.check(change, catalogue: catalogue)
        if !problems.isEmpty {
            Output.noteLines(problems.dropLast().map { "chiso: \(EntryAdd.describe($0))" })
            throw CommandFailure(Phrase(.cliNothingSaved, "\(problems.last.map(EntryAdd.describe) ?? "")"))
        }
        let saved: ItemChange
        do {
            saved = try store.append(change)
        } catch let error as EntryStoreError {
            throw CommandFailure(Phrase(.cliNothingSaved, "\(error.text(OutputLanguage.current))"))
        }
        Output.note("chiso: " + Glossary.text(.cliSavedItemChange, OutputLanguage.current,
                                             Glossary.text(Self.term(for: saved.action), OutputLanguage.current), saved.province, saved.resolution, saved.document,
                                             store.itemsPath, saved.enteredBy, saved.enteredAt))
    }

    /// The words for a change's action in the saved line ("đổi trạng thái", not the journal's `status`).
    static func term(for action: ItemChange.Action) -> Term {
        switch action {
        case .add: .itemActionAdd
        case .status: .itemActionStatus
        case .due: .itemActionDue
        case .note: .itemActionNote
        case .title: .itemActionTitle
        case .lead: .itemActionLead
        case .withdraw: .itemActionWithdraw
        case .revert: .itemActionRevert
        }
    }
}
