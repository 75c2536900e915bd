import ChisoCore

/// One implementation item opened with Enter on the Resolutions screen: its full title, lead
/// unit, due date, status with its date, note, source and the source's language, every text in
/// the UI language and wrapped to the box, never cut.
struct ItemViewModel {
    /// The box title: the document the item implements.
    var title: String
    /// The wrapped lines, each as spans (a muted label, then the value).
    var lines: [[Line.Span]] = []

    init(_ item: ImplementationItem, _ ctx: RenderContext, width: Int) {
        let lang = ctx.lang
        title = ctx.data.resolution(item.resolution)?.shortName(lang) ?? item.resolution
        for line in TextWrap.lines(item.document.text(lang), width: width) {
            lines.append([Line.Span(line, attributes: [.bold])])
        }
        for line in TextWrap.lines(item.title.text(lang), width: width) { lines.append([Line.Span(line)]) }
        let none = "—"
        let lead = item.lead.text(lang)
        add(ctx.tr(.uiLead), lead.isEmpty ? none : lead, width: width)
        add(ctx.tr(.uiDue), item.due.map { Self.date($0, ctx) } ?? none, width: width)
        let status = Words.status(item.status, lang) + (item.statusDate.map { (" " + ctx.tr(.uiAsOf) + " ") + Self.date($0, ctx) + ")" } ?? "")
        let overdue = item.isOverdue(at: ctx.state.month)
        add(ctx.tr(.uiStatus), status + (overdue ? " · " + ctx.tr(.statusOverdue) : ""), width: width,
            role: overdue ? .bad : (item.status.isComplete ? .good : .warn))
        let note = item.note.text(lang)
        if !note.isEmpty { add(ctx.tr(.uiNote), note, width: width) }
        let published = item.source.published.map { (" " + ctx.tr(.uiPublished) + " ") + Self.date($0, ctx) + ")" } ?? ""
        add(ctx.tr(.resolutionsSource), item.source.citation + published, width: width)
        if !item.source.quote.isEmpty { add(ctx.tr(.uiQuote), "“" + item.source.quote + "”", width: width) }
        // The last change typed in from the entries journal says who typed it, and when.
        if let by = item.source.enteredBy, !by.isEmpty, let at = item.source.enteredAt {
            add(ctx.tr(.resolutionsChangedBy), Words.entered(by: by, at: at, lang), width: width)
        }
        // One line either way: the source's own language, or that the text is chiso's translation from it.
        let source = Self.languageName(item.sourceLanguage, ctx)
        if item.sourceLanguage == lang {
            add(ctx.tr(.uiSourceLanguage), source, width: width, role: .muted)
        } else {
            add(ctx.tr(.resolutionsChisoSTranslationFrom), source, width: width, role: .muted)
        }
    }

    /// Adds `label value`, wrapped; the label is muted.
    private mutating func add(_ label: String, _ value: String, width: Int, role: Role = .normal) {
        let wrapped = TextWrap.lines(label + " " + value, width: width)
        for (i, line) in wrapped.enumerated() {
            if i == 0, line.hasPrefix(label) {
                lines.append([Line.Span(label, role: .muted), Line.Span(String(line.dropFirst(label.count)), role: role)])
            } else {
                lines.append([Line.Span(line, role: role)])
            }
        }
    }

    /// The language's name in the UI language.
    static func languageName(_ language: Language, _ ctx: RenderContext) -> String {
        language == .vi ? ctx.tr(.uiVietnamese) : ctx.tr(.uiEnglish)
    }

    /// `2025-06-10` → "ngày 10 tháng 6 năm 2025" / "10 June 2025"; `2025-06` → "tháng 6 năm 2025" / "June 2025".
    static func date(_ text: String, _ ctx: RenderContext) -> String {
        Words.longDate(text, ctx.lang)
    }
}
