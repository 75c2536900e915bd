import ChisoCore

/// What the Resolutions screen shows, as plain values: the visible documents, the selected
/// document, its implementation items for the unit and the indicators it is tracked by.
struct ResolutionsModel {
    /// One document of the list: its name's lines, its item count and how both are drawn.
    struct Entry {
        var lines: [String]
        var count: String
        var role: Role
        var countRole: Role
    }

    var listTitle = ""
    /// The list's column headings: the document, and what the number after it counts.
    var listHeadings = ("", "")
    /// The visible documents, from `layout.listRows.first`.
    var list: [Entry] = []
    /// Shown in the document's box when there is no document.
    var notice: String?
    var infoTitle = ""
    var titleLines: [String] = []
    var meta = ""
    var itemsTitle = ""
    /// Shown instead of the items table when the unit has none.
    var noItems: String?
    /// Every item's lines (the view draws those the layout shows).
    var itemRows: ItemRows?
    /// The selected item's title and source, wrapped whole into the lines under the items (when they fit).
    var itemTitle: [String] = []
    var itemSource: [String] = []
    /// The open item, when one is open.
    var openItem: ItemViewModel?
    var trackedTitle = ""
    var noTracked: String?
    /// The tracked indicators laid out for the box (`TrackedRows`).
    var tracked = TrackedRows([], width: 1)
    /// The box's last line when some tracked indicators do not fit it: how many.
    var trackedMore = ""
    var showsSynthetic = false

    init(_ ctx: inout RenderContext, _ layout: ResolutionsLayout) {
        let s = ctx.state
        let data = ctx.data
        let lang = ctx.lang
        let unitID = s.province
        listTitle = ctx.tr(.resolutionsResolutions)
        listHeadings = (ctx.tr(.resolutionsDocument), ctx.tr(.resolutionsItemsCount))
        let docs = data.resolutions
        for i in layout.listRows.first..<min(layout.listRows.count, docs.count) {
            let d = docs[i]
            let items = data.catalogue.items(for: unitID, resolution: d.id)
            let overdue = items.contains { $0.isOverdue(at: s.month) }
            list.append(Entry(lines: layout.listNames.indices.contains(i) ? layout.listNames[i] : [d.shortName(lang)],
                              count: items.isEmpty ? "" : String(items.count), role: overdue ? .bad : .normal, countRole: overdue ? .bad : .muted))
        }
        guard let res = ResolutionsLayout.selected(s, data) else {
            notice = ctx.tr(.resolutionsNoResolutionsInTheData)
            return
        }
        infoTitle = res.id
        meta = (ctx.tr(.resolutionsIssued) + " ") + (res.issued.map { Words.shortDate($0, lang) } ?? ctx.tr(.wordUnknown)) + " · " + res.issuer.text(lang)
        titleLines = Words.wrap(ResolutionsModel.titleText(res, lang), width: layout.infoInner.width, maxLines: max(1, layout.infoInner.height - 1))
        // Implementation items for the unit.
        let unitName = data.unit(unitID)?.displayName(lang) ?? unitID
        let items = data.catalogue.items(for: unitID, resolution: res.id)
        let overdueCount = items.filter { $0.isOverdue(at: s.month) }.count
        itemsTitle = (ctx.tr(.resolutionsImplementationIn) + " ") + unitName + " (\(items.count))"
        if overdueCount > 0 { itemsTitle += (" " + ctx.tr(.resolutionsN1Overdue, "\(overdueCount)")) }
        if items.isEmpty {
            noItems = (ctx.tr(.resolutionsNoImplementationStepsRecordedFor) + " ") + unitName
        } else {
            itemRows = ItemRows(items, month: s.month, lang: lang, width: layout.itemsInner.width)
            let it = items[min(max(0, s.items.selected), items.count - 1)]
            if layout.footer.height > 0 {
                itemTitle = TextWrap.lines(it.title.text(lang), width: layout.footer.width)
                itemSource = TextWrap.lines(ResolutionsModel.sourceLine(it, lang), width: layout.footer.width)
            }
            if let inner = layout.itemInner { openItem = ItemViewModel(it, ctx, width: inner.width) }
        }
        // Indicators the document is tracked by.
        trackedTitle = (ctx.tr(.resolutionsTrackedBy) + " ") + Words.month(s.month, lang)
        if res.trackedBy.compactMap({ data.indicator($0) }).isEmpty {
            noTracked = ctx.tr(.resolutionsNoIndicatorsAttachedTrackedQualitatively)
        }
        tracked = TrackedRows(ResolutionsModel.trackedIndicators(&ctx, res), width: layout.trackedInner.width)
        let left = tracked.shown(rows: layout.trackedInner.height).left
        if left > 0 { trackedMore = ctx.tr(.resolutionsMoreTracked, String(left)) }
    }

    /// The indicators `res` is tracked by, for the unit and month of `ctx`: each one's name, its figures
    /// in parts (value with its marks, change on last year, share of plan) and its last twelve months.
    static func trackedIndicators(_ ctx: inout RenderContext, _ res: Resolution) -> [TrackedRows.Indicator] {
        let s = ctx.state, lang = ctx.lang, a = ctx.analytics
        guard let unit = ctx.data.unit(s.province) else { return [] }
        return res.trackedBy.compactMap { ctx.data.indicator($0) }.map { ind in
            let basis: Basis = a.value(unit: unit, indicator: ind, basis: .ytd, period: s.month) != nil ? .ytd : .month
            let v = a.value(unit: unit, indicator: ind, basis: basis, period: s.month)
            let marks = ctx.markers(v)
            var parts = [[Line.Span(v.map { Words.basis(basis, s.month, lang) + " " + Words.value($0, ind, lang) + (marks.isEmpty ? "" : " " + marks) }
                                    ?? ctx.symbols.gap, role: v == nil ? .muted : .normal, attributes: v == nil ? [] : [.bold])]]
            if let c = a.change(unit: unit, indicator: ind, basis: basis, period: s.month) { parts.append([ctx.changeSpan(c.value, ind)]) }
            if let sh = a.shareOfTarget(unit: unit, indicator: ind, period: s.month) {
                parts.append([Line.Span(Words.percent(sh.value, lang, signed: false) + " " + ctx.tr(.resolutionsOfPlan), role: .accent)])
            }
            let series = a.series(unit: unit, indicator: ind, basis: basis, ending: s.month, months: 12).map { $0?.value }
            return TrackedRows.Indicator(name: ind.shortName(lang), parts: parts, series: series)
        }
    }

    /// A document's title; one the source gives in the other language is chiso's translation, and says so.
    static func titleText(_ res: Resolution, _ lang: Language) -> String {
        guard res.sourceLanguage != lang else { return res.title.text(lang) }
        return res.title.text(lang) + " (" + Glossary.text(.resolutionsChisoSTranslationFrom, lang) + " "
            + Glossary.text(res.sourceLanguage == .vi ? .uiVietnamese : .uiEnglish, lang) + ")"
    }

    /// `nguồn: baonghean.vn, 10/6/2025 · tình trạng tại 10/6/2025`: an item's source and the day of its status.
    static func sourceLine(_ it: ImplementationItem, _ lang: Language) -> String {
        Glossary.text(.resolutionsSource, lang) + " " + it.source.shortLabel(lang)
            + (it.statusDate.map { " " + Glossary.text(.resolutionsStatusAsOf, lang) + " " + Words.shortDate($0, lang) } ?? "")
    }
}
