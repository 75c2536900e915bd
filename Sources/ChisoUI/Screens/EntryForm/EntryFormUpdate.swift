import ChisoCore

/// What keys do while the entry form (`a`) is open: move between fields, type, choose the
/// indicator and basis, answer the question about an ambiguous value, save, close. The figure is
/// saved by the runner (`Effect.saveEntry`); the form says saved only when the store has returned.
enum EntryFormUpdate {
    /// The effects when the form took the action, nil when the action goes on to the global update.
    static func update(_ state: inout AppState, _ action: Action, _ data: DashboardData) -> [Effect]? {
        if case .openEntryForm = action {
            open(&state, data)
            return []
        }
        // The store's answer, to the form or to a revert from the history (`H`).
        switch action {
        case .entrySaved(let draft):
            if let form = state.entryForm {
                state.lastEntrySource = draft.source
                state.lastEntryPublished = form[.published].trimmingCharacters(in: .whitespaces)
            }
            state.entryForm = nil
            state.message = (state.tr(.messageSaved) + " ") + summary(draft, state.language, data) + stillShown(draft, state.language, data)
            return []
        case .entrySaveFailed(let reason) where state.entryForm == nil:
            state.message = reason
            return []
        default: break
        }
        guard var form = state.entryForm else { return nil }
        defer { if state.entryForm != nil { state.entryForm = form } }
        let editable = state.entryAvailability.isWritable && !form.saving
        switch action {
        case .formInput(let c):
            if form.asking {
                answer(&form, c, state.language)
            } else if editable {
                type(c, into: &form, data)
            }
        case .formEdit(let edit) where editable && !form.asking:
            self.edit(&form, edit, data)
        case .formNext, .formPrevious:
            let all = EntryFormState.Field.allCases
            let step = action == .formNext ? 1 : all.count - 1
            form.focus = all[(form.focus.rawValue + step) % all.count]
        case .formChoose(let delta) where editable && !form.asking:
            if form.focus.isText {
                form.edit(delta < 0 ? .left : .right)
            } else {
                choose(&form, delta, data)
            }
        case .formSave where editable:
            return save(&form, state.language, data)
        case .formCancel:
            if form.asking {
                form.asking = false
            } else {
                state.entryForm = nil
            }
        case .entrySaveFailed(let reason):
            form.saving = false
            form.failure = reason
        case .resize, .setMessage, .reloadFailed, .dataReloaded, .redraw, .quit, .reload, .click, .scroll: return nil
        default: break
        }
        return []
    }

    /// Opens the form for the selected unit and month, on the indicator and basis shown.
    static func open(_ state: inout AppState, _ data: DashboardData) {
        var indicator = state.indicator
        if state.screen == .overview, data.panels.indices.contains(state.panel) { indicator = data.panels[state.panel].primary }
        if data.indicator(indicator) == nil { indicator = data.indicators.first?.id ?? "" }
        var form = EntryFormState(province: state.province, month: state.month, indicator: indicator, basis: state.basis)
        form[.source] = state.lastEntrySource ?? ""
        form[.published] = state.lastEntryPublished ?? ""
        state.entryForm = form
    }

    /// A typed character: finds the indicator, switches the basis, or goes into the text field.
    static func type(_ c: Character, into form: inout EntryFormState, _ data: DashboardData) {
        switch form.focus {
        case .indicator:
            form.indicatorQuery.append(c)
            pick(&form, data)
        case .basis:
            if c == " " { form.basis = form.basis == .month ? .ytd : .month }
        default:
            form.insert(c)
            if form.focus == .value { form.valueReading = nil }
        }
        form.failure = nil
    }

    /// An editing key (`LineEdit`): in a text field at its cursor; on the indicator, what was typed
    /// to find it (the cursor at its end).
    static func edit(_ form: inout EntryFormState, _ edit: LineEdit, _ data: DashboardData) {
        if form.focus == .indicator {
            guard edit.deletes else { return }
            var none: Int?
            edit.apply(to: &form.indicatorQuery, cursor: &none)
            pick(&form, data)
        } else if form.focus.isText {
            form.edit(edit)
            if form.focus == .value, edit.deletes { form.valueReading = nil }
        }
    }

    /// The indicator typed: its id exactly, else the first whose id or name starts with, else
    /// contains, what was typed (accents and case ignored).
    static func pick(_ form: inout EntryFormState, _ data: DashboardData) {
        let query = TextFold.key(form.indicatorQuery)
        guard !query.isEmpty else { return }
        func names(_ i: Indicator) -> [String] { [i.id, i.shortVI, i.shortEN, i.nameVI, i.nameEN].map(TextFold.key) }
        let match = data.indicators.first { TextFold.key($0.id) == query }
            ?? data.indicators.first { names($0).contains { $0.hasPrefix(query) } }
            ?? data.indicators.first { names($0).contains { $0.contains(query) } }
        form.indicator = match?.id ?? ""
    }

    /// ← →: the previous or next indicator of the catalogue, or the other basis.
    static func choose(_ form: inout EntryFormState, _ delta: Int, _ data: DashboardData) {
        switch form.focus {
        case .indicator:
            let ids = data.indicators.map(\.id)
            guard !ids.isEmpty else { return }
            let i = ids.firstIndex(of: form.indicator) ?? (delta > 0 ? -1 : 0)
            form.indicator = ids[((i + delta) % ids.count + ids.count) % ids.count]
            form.indicatorQuery = ""
        case .basis: form.basis = form.basis == .month ? .ytd : .month
        default: break
        }
    }

    /// `1` takes the thousands reading of an ambiguous value, `2` the decimal one.
    static func answer(_ form: inout EntryFormState, _ c: Character, _ lang: Language) {
        guard case .ambiguous(let thousands, let decimal) = TypedNumber.parse(form[.value], language: lang) else {
            form.asking = false
            return
        }
        switch c {
        case "1": form.valueReading = thousands
        case "2": form.valueReading = decimal
        default: return
        }
        form.asking = false
    }

    /// Enter: asks about an ambiguous value, or refuses with the problems shown, or asks the
    /// runner to save.
    static func save(_ form: inout EntryFormState, _ lang: Language, _ data: DashboardData) -> [Effect] {
        let model = EntryFormModel(form, data, lang)
        if case .ambiguous = model.reading, model.readsAs == nil {
            form.asking = true
            form.focus = .value
            return []
        }
        guard let draft = model.draft else {
            form.failure = Glossary.text(.formHasErrors, lang)
            if let first = model.problems.first { form.focus = first.field }
            return []
        }
        form.failure = nil
        form.saving = true
        return [.saveEntry(draft)]
    }

    /// `Thu ngân sách · lũy kế · Nghệ An · tháng 5/2025 = 11.360 tỷ đồng`.
    /// When the value saved is not the one shown (a later publication's value wins by the revision
    /// rule: an older value taken back from `H`), says which is shown and why; else "".
    static func stillShown(_ draft: EntryDraft, _ lang: Language, _ data: DashboardData) -> String {
        guard let basis = Basis(rawValue: draft.basis), let period = Period(draft.period), let saved = Double(draft.value),
              let indicator = data.indicator(draft.indicator),
              let figure = data.dataset.figure(draft.province, draft.indicator, basis, period), figure.value != saved else { return "" }
        let shown = NumberFormat.withUnit(figure.value, unit: indicator.unit, kind: indicator.kind, lang: lang)
        return Glossary.text(.formStillShown, lang, shown, figure.source.published.map { Words.shortDate($0, lang) } ?? "—")
    }

    static func summary(_ draft: EntryDraft, _ lang: Language, _ data: DashboardData) -> String {
        let indicator = data.indicator(draft.indicator)
        let name = indicator?.shortName(lang) ?? draft.indicator
        let basis = Basis(rawValue: draft.basis).map { Words.basisName($0, lang) } ?? draft.basis
        let unit = data.unit(draft.province)?.label(lang) ?? draft.province
        let month = Period(draft.period).map { Words.month($0, lang) } ?? draft.period
        let value = EntryFormModel.shown(draft.value, lang) + " " + NumberFormat.unitLabel(draft.unit, lang: lang)
        return [name, basis, unit, month].joined(separator: " · ") + " = " + value
    }
}
