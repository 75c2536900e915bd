import ChisoCore

/// Draws the item form over the Resolutions screen: where entries go, each field of the kind of
/// change chosen (the others muted), the focused one highlighted with a cursor, every problem in
/// the session's words, and the keys.
enum ItemFormView {
    static func render(_ ctx: RenderContext, _ form: ItemFormState, _ layout: ItemFormLayout, to grid: inout Grid) {
        guard !layout.box.isEmpty else { return }
        let lang = ctx.lang
        let model = ItemFormModel(form, ctx.data, lang)
        grid.fill(layout.box)
        let unitName = ctx.data.unit(form.province)?.label(lang) ?? form.province
        let resolution = ctx.data.resolution(form.resolution)?.shortName(lang) ?? form.resolution
        Block(title: ctx.tr(.itemFormTitle, unitName, resolution), symbols: ctx.symbols, focused: true).render(in: layout.box, to: &grid)
        let ellipsis = ctx.symbols.ellipsis
        EntryFormView.renderAvailability(ctx, in: layout.status, to: &grid)
        let cursor = ctx.symbols.isASCII ? "_" : "▏"
        // Every problem of a field typed into or chosen (all of them once Enter was pressed).
        let shown = model.problems.filter { form.failure != nil || !form[$0.field].isEmpty || !$0.field.isText(for: form.action) }
        for field in ItemFormState.Field.allCases {
            let row = layout.fields[field.rawValue]
            guard !row.isEmpty else { continue }
            let applies = field.applies(to: form.action)
            let focused = field == form.focus
            let wrong = shown.contains { $0.field == field }
            Label(label(field, lang), role: focused ? .accent : (wrong ? .bad : .muted), attributes: focused ? [.bold] : [], ellipsis: ellipsis)
                .render(in: row.left(layout.labelWidth), to: &grid)
            let value = row.dropLeft(layout.labelWidth)
            var spans: [Line.Span] = []
            let chosen = { (text: String) in Line.Span("‹ " + text + " ›", role: focused ? .accent : .normal, attributes: focused ? [.bold] : []) }
            if !applies {
                spans.append(Line.Span(ctx.tr(.itemFormNotApplicable), role: .muted))
            } else if field == .action {
                spans.append(chosen(actionName(form.action, lang)))
            } else if field == .status {
                spans.append(chosen(Words.status(form.status, lang)))
            } else if field == .document && form.action != .add {
                let item = model.items.first { $0.document.vi == form.chosen }
                spans.append(chosen(item.map { $0.document.text(lang) } ?? "—"))
            } else {
                spans += LineEdit.spans(form[field], cursor: form.cursor, focused: focused, width: value.width, mark: cursor, ellipsis: ellipsis)
            }
            Line(spans).render(in: value, to: &grid)
        }
        var lines: [(String, Role)] = []
        if form.saving { lines.append((ctx.tr(.formSaving), .accent)) }
        if let failure = form.failure { lines.append((failure, .bad)) }
        lines += shown.map { (label($0.field, lang) + ": " + $0.text, .bad) }
        FormMessages.render(lines, in: layout.messages, ctx, to: &grid)
        Label(ctx.tr(.formEditKeys), role: .muted, ellipsis: ellipsis).render(in: layout.editHint, to: &grid)
        Label(ctx.tr(.formKeys), role: .muted, ellipsis: ellipsis).render(in: layout.hint, to: &grid)
    }

    /// The field's name in the session's language.
    static func label(_ field: ItemFormState.Field, _ lang: Language) -> String {
        let term: Term
        switch field {
        case .action: term = .itemFormAction
        case .document: term = .itemFormDocument
        case .title: term = .itemFormItemTitle
        case .lead: term = .itemFormLead
        case .status: term = .itemFormStatus
        case .due: term = .itemFormDue
        case .note: term = .formNote
        case .source: term = .formSource
        case .published: term = .formPublished
        case .quote: term = .formQuote
        }
        return Glossary.text(term, lang)
    }

    /// The kind of change in the session's words.
    static func actionName(_ action: ItemChange.Action, _ lang: Language) -> String {
        switch action {
        case .add: Glossary.text(.itemFormAdd, lang)
        case .status: Glossary.text(.itemFormChangeStatus, lang)
        case .due: Glossary.text(.itemFormChangeDue, lang)
        case .note: Glossary.text(.itemFormChangeNote, lang)
        case .title: Glossary.text(.itemFormChangeTitle, lang)
        case .lead: Glossary.text(.itemFormChangeLead, lang)
        case .withdraw: Glossary.text(.itemFormWithdraw, lang)
        case .revert: Glossary.text(.itemFormRevert, lang)
        }
    }
}
