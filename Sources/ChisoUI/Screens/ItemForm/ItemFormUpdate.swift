import ChisoCore

/// What keys do while the item form (`a` on the Resolutions screen) is open: move between the
/// fields of the kind of change chosen, type, choose (the change, the item, the status), save,
/// close. The change is saved by the runner (`Effect.saveItemChange`); the form says saved only
/// when the entries store has returned and the data has been read again.
enum ItemFormUpdate {
    /// The effects when the form took the action, nil when the action goes on.
    static func update(_ state: inout AppState, _ action: Action, _ data: DashboardData) -> [Effect]? {
        switch action {
        case .openEntryForm where state.screen == .resolutions && state.entryForm == nil && state.itemForm == nil:
            open(&state, data)
            return []
        case .itemChangeSaved(let change):
            saved(&state, change, data)
            return []
        default: break
        }
        guard var form = state.itemForm else { return nil }
        defer { if state.itemForm != nil { state.itemForm = form } }
        let editable = state.entryAvailability.isWritable && !form.saving
        switch action {
        case .formInput(let c) where editable:
            if form.focus.isText(for: form.action) {
                form.insert(c)
            } else if c == " " {
                choose(&form, 1, data)
            }
            form.failure = nil
        case .formEdit(let edit) where editable && form.focus.isText(for: form.action):
            form.edit(edit)
        case .formNext, .formPrevious:
            let fields = form.fields
            let i = fields.firstIndex(of: form.focus) ?? 0
            form.focus = fields[(i + (action == .formNext ? 1 : fields.count - 1)) % fields.count]
        case .formChoose(let delta) where editable:
            if form.focus.isText(for: form.action) {
                form.edit(delta < 0 ? .left : .right)
            } else {
                choose(&form, delta, data)
            }
        case .formSave where editable:
            return save(&form, state.language, data)
        case .formCancel:
            state.itemForm = nil
        case .entrySaveFailed(let reason):
            form.saving = false
            form.failure = reason
        case .resize, .setMessage, .reloadFailed, .dataReloaded, .redraw, .quit, .reload, .click, .scroll, .meeting: return nil
        default: break
        }
        return []
    }

    /// Opens the form for the selected document and unit: on an item (the items focused), a new
    /// status for it; else a new item.
    static func open(_ state: inout AppState, _ data: DashboardData) {
        guard let resolution = ResolutionsLayout.selected(state, data) else {
            state.message = state.tr(.itemFormNoResolution)
            return
        }
        let items = data.catalogue.items(for: state.province, resolution: resolution.id)
        var form = ItemFormState(province: state.province, resolution: resolution.id, action: .add)
        if state.focus == .items, items.indices.contains(state.items.selected) {
            let item = items[state.items.selected]
            form = ItemFormState(province: state.province, resolution: resolution.id, action: .status, chosen: item.document.vi, status: item.status)
        }
        form[.source] = state.lastEntrySource ?? ""
        form[.published] = state.lastEntryPublished ?? ""
        state.itemForm = form
    }

    /// ← → (or Space) on a chosen field: the kind of change, the item, or the status.
    static func choose(_ form: inout ItemFormState, _ delta: Int, _ data: DashboardData) {
        func step<T: Equatable>(_ all: [T], _ current: T) -> T? {
            guard !all.isEmpty else { return nil }
            let i = all.firstIndex(of: current) ?? (delta > 0 ? -1 : 0)
            return all[((i + delta) % all.count + all.count) % all.count]
        }
        let items = data.catalogue.items(for: form.province, resolution: form.resolution)
        switch form.focus {
        case .action:
            form.action = step(ItemChange.Action.typed, form.action) ?? form.action
            // A new item starts as planned; a change starts from the chosen item's status.
            let item = items.first { $0.document.vi == form.chosen }
            form.status = form.action == .add ? .planned : (item?.status ?? form.status)
            if form.action != .add, !items.contains(where: { $0.document.vi == form.chosen }), let first = items.first {
                form.chosen = first.document.vi
                form.status = first.status
            }
        case .document where form.action != .add:
            guard let next = step(items.map(\.document.vi), form.chosen) else { return }
            form.chosen = next
            if form.action == .status, let item = items.first(where: { $0.document.vi == next }) { form.status = item.status }
        case .status:
            form.status = step(ItemStatus.allCases, form.status) ?? form.status
        default: break
        }
        startTexts(&form, items)
        form.cursor = nil
        form.failure = nil
    }

    /// A new title or lead unit starts from the chosen item's, to be edited; a new item's start empty.
    static func startTexts(_ form: inout ItemFormState, _ items: [ImplementationItem]) {
        let item = items.first { $0.document.vi == form.chosen }
        switch form.action {
        case .title: form[.title] = item?.title.vi ?? ""
        case .lead: form[.lead] = item?.lead.vi ?? ""
        case .add:
            if form[.title] == item?.title.vi { form[.title] = "" }
            if form[.lead] == item?.lead.vi { form[.lead] = "" }
        default: break
        }
    }

    /// Enter: refuses with the problems shown (the cursor on the first), or asks the runner to save.
    static func save(_ form: inout ItemFormState, _ lang: Language, _ data: DashboardData) -> [Effect] {
        let model = ItemFormModel(form, data, lang)
        guard let change = model.change else {
            form.failure = Glossary.text(.formHasErrors, lang)
            if let first = model.problems.first { form.focus = first.field }
            return []
        }
        form.failure = nil
        form.saving = true
        return [.saveItemChange(change)]
    }

    /// The store saved the change and the data was read again: the form closes, the status line
    /// says what was saved, and the cursor is on the item changed.
    static func saved(_ state: inout AppState, _ change: ItemChange, _ data: DashboardData) {
        if let form = state.itemForm {
            state.lastEntrySource = change.source
            state.lastEntryPublished = form[.published].trimmingCharacters(in: .whitespaces)
        }
        state.itemForm = nil
        let items = data.catalogue.items(for: change.province, resolution: change.resolution)
        if state.screen == .resolutions, state.province == change.province, ResolutionsLayout.selected(state, data)?.id == change.resolution,
           let index = items.firstIndex(where: { $0.document.vi == change.document }) {
            state.focus = .items
            state.items.selected = index
        }
        state.message = (state.tr(.messageSaved) + " ") + summary(change, state.language, data)
    }

    /// `đổi trạng thái · Kế hoạch 15/KH-UBND · hoàn thành`.
    static func summary(_ change: ItemChange, _ lang: Language, _ data: DashboardData) -> String {
        let what = ItemHistoryModel.what(change, lang)
        if what.isEmpty { return Glossary.text(.itemFormSavedShort, lang, ItemFormView.actionName(change.action, lang), change.document) }
        return Glossary.text(.itemFormSaved, lang, ItemFormView.actionName(change.action, lang), change.document, what)
    }
}
