import ChisoCore

/// Draws the entry form over the screen: where entries go, each field (the focused one
/// highlighted, with a cursor), the value read back, the question about an ambiguous value, the
/// problems in the session's words, and the keys.
enum EntryFormView {
    static func render(_ ctx: RenderContext, _ form: EntryFormState, _ layout: EntryFormLayout, to grid: inout Grid) {
        guard !layout.box.isEmpty else { return }
        let lang = ctx.lang
        let model = EntryFormModel(form, ctx.data, lang)
        grid.fill(layout.box)
        let unitName = ctx.data.unit(form.province)?.label(lang) ?? form.province
        let title = ctx.tr(.formTitle, unitName, Words.month(form.month, lang))
        Block(title: title, symbols: ctx.symbols, focused: true).render(in: layout.box, to: &grid)
        let ellipsis = ctx.symbols.ellipsis
        renderAvailability(ctx, in: layout.status, to: &grid)
        let cursor = ctx.symbols.isASCII ? "_" : "▏"
        for field in EntryFormState.Field.allCases {
            let row = layout.fields[field.rawValue]
            guard !row.isEmpty else { continue }
            let focused = field == form.focus
            let wrong = !model.problems(of: field).isEmpty && !(form[field].isEmpty && form.failure == nil && field != .indicator)
            Label(label(field, lang), role: focused ? .accent : (wrong ? .bad : .muted), attributes: focused ? [.bold] : [], ellipsis: ellipsis)
                .render(in: row.left(layout.labelWidth), to: &grid)
            var spans: [Line.Span] = []
            switch field {
            case .indicator:
                let name = ctx.data.indicator(form.indicator)?.shortName(lang) ?? "—"
                spans.append(Line.Span("‹ " + name + " ›", role: focused ? .accent : .normal, attributes: focused ? [.bold] : []))
                if focused, !form.indicatorQuery.isEmpty { spans.append(Line.Span("  " + form.indicatorQuery + cursor, role: .muted)) }
            case .basis:
                spans.append(Line.Span("‹ " + Words.basisName(form.basis, lang) + " ›", role: focused ? .accent : .normal, attributes: focused ? [.bold] : []))
            default:
                let room = max(1, row.width - layout.labelWidth - (field == .value ? 28 : 1))
                spans += LineEdit.spans(form[field], cursor: form.cursor, focused: focused, width: room + 1, mark: cursor, ellipsis: ellipsis)
                if field == .value {
                    if let shown = model.readsAs {
                        spans.append(Line.Span("  = " + shown + " " + model.unit, role: .good))
                    } else {
                        spans.append(Line.Span("  " + model.unit, role: .muted))
                    }
                }
            }
            Line(spans).render(in: row.dropLeft(layout.labelWidth), to: &grid)
        }
        var lines: [(String, Role)] = []
        if form.saving { lines.append((ctx.tr(.formSaving), .accent)) }
        if let failure = form.failure { lines.append((failure, .bad)) }
        if form.asking, case .ambiguous(let thousands, let decimal) = model.reading {
            lines.append((ctx.tr(.formWhichReading, form[.value], EntryFormModel.shown(thousands, lang), EntryFormModel.shown(decimal, lang)), .warn))
        }
        for p in model.problems where form.failure != nil || !form[p.field].isEmpty || p.field == .indicator {
            lines.append((label(p.field, lang) + ": " + p.text, .bad))
        }
        FormMessages.render(lines, in: layout.messages, ctx, to: &grid)
        Label(ctx.tr(.formEditKeys), role: .muted, ellipsis: ellipsis).render(in: layout.editHint, to: &grid)
        Label(ctx.tr(.formKeys), role: .muted, ellipsis: ellipsis).render(in: layout.hint, to: &grid)
    }

    /// The form's first line: where entries go, or why they cannot be saved.
    static func renderAvailability(_ ctx: RenderContext, in row: Rect, to grid: inout Grid) {
        let ellipsis = ctx.symbols.ellipsis
        switch ctx.state.entryAvailability {
        case .writable(let location):
            Label(ctx.tr(.formSavedInto, location), role: .muted, ellipsis: ellipsis).render(in: row, to: &grid)
        case .readOnly:
            Label(ctx.tr(.formReadOnly), role: .bad, attributes: [.bold], ellipsis: ellipsis).render(in: row, to: &grid)
        case .notWritable(let location):
            Label(ctx.tr(.formNotWritable, location), role: .bad, attributes: [.bold], ellipsis: ellipsis).render(in: row, to: &grid)
        case .none:
            Label(ctx.tr(.formNoEntriesFolder), role: .bad, attributes: [.bold], ellipsis: ellipsis).render(in: row, to: &grid)
        }
    }

    /// The field's name in the session's language.
    static func label(_ field: EntryFormState.Field, _ lang: Language) -> String {
        let term: Term
        switch field {
        case .indicator: term = .formIndicator
        case .basis: term = .formBasis
        case .value: term = .formValue
        case .asOf: term = .formAsOf
        case .source: term = .formSource
        case .published: term = .formPublished
        case .note: term = .formNote
        case .quote: term = .formQuote
        }
        return Glossary.text(term, lang)
    }

    /// The end of `text` that fits `width` columns (what is being typed stays in sight).
    static func tail(_ text: String, _ width: Int, _ ellipsis: String) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var kept = Substring(text)
        while DisplayWidth.of(ellipsis + kept) > width, !kept.isEmpty { kept = kept.dropFirst() }
        return ellipsis + kept
    }
}
