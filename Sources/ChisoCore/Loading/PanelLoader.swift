/// Loads `panels.csv`: which headline panels the Overview shows and what each holds (see
/// Docs/data-format.md). One row per indicator of a panel; panels keep the order of their first row.
public enum PanelLoader {
    public static func load(_ path: String, catalogue: Catalogue, diagnostics: inout [Diagnostic]) -> [PanelSpec] {
        guard let t = CatalogueLoader.table(path, required: ["panel", "indicator", "role"], diagnostics: &diagnostics) else { return [] }
        let c = (panel: t.index(of: ["panel"]), indicator: t.index(of: ["indicator"]), role: t.index(of: ["role"]),
                 tvi: t.index(of: ["title_vi"]), ten: t.index(of: ["title_en"]), lvi: t.index(of: ["label_vi"]), len: t.index(of: ["label_en"]))
        struct Draft {
            var titleVI = "", titleEN = "", primary: String?, planVI = "", planEN = "", quarterly = false
            var companions: [PanelSpec.Companion] = []
        }
        var order: [String] = []
        var drafts: [String: Draft] = [:]
        for row in t.rows {
            let id = row.text(c.panel), indicator = row.text(c.indicator), role = row.text(c.role).lowercased()
            let line = row.first?.line ?? 0
            func problem(_ column: Int?, _ message: Phrase, _ hint: Phrase? = nil) {
                let p = row.position(column)
                diagnostics.append(Diagnostic(file: path, line: p.line == 0 ? line : p.line, column: p.column, severity: .error, message, hint: hint))
            }
            guard !id.isEmpty else { problem(c.panel, Phrase(.diagEmptyPanelID)); continue }
            guard catalogue.indicator(id: indicator) != nil else {
                problem(c.indicator, Phrase(.diagUnknownIndicatorInPanel, "\(indicator)", "\(id)"), Phrase(.diagUseIndicatorID))
                continue
            }
            if drafts[id] == nil { order.append(id); drafts[id] = Draft() }
            switch role {
            case "primary", "quarterly":
                if let first = drafts[id]?.primary {
                    problem(c.role, Phrase(.diagSecondPrimary, "\(id)", "\(first)"))
                    continue
                }
                drafts[id]?.primary = indicator
                drafts[id]?.titleVI = row.text(c.tvi)
                drafts[id]?.titleEN = row.text(c.ten)
                drafts[id]?.planVI = row.text(c.lvi)
                drafts[id]?.planEN = row.text(c.len)
                drafts[id]?.quarterly = role == "quarterly"
            case "companion":
                drafts[id]?.companions.append(PanelSpec.Companion(indicator: indicator, labelVI: row.text(c.lvi), labelEN: row.text(c.len)))
            default:
                problem(c.role, Phrase(.diagUnknownRole, "\(row.text(c.role))", "\(id)"), Phrase(.diagRoleHint))
            }
        }
        return order.compactMap { id in
            guard let d = drafts[id], let primary = d.primary else {
                diagnostics.append(Diagnostic(file: path, line: 0, column: 0, severity: .error, Phrase(.diagNoPrimary, "\(id)")))
                return nil
            }
            return PanelSpec(id: id, titleVI: d.titleVI, titleEN: d.titleEN, primary: primary, planVI: d.planVI, planEN: d.planEN,
                             companions: d.companions, quarterly: d.quarterly)
        }
    }
}
