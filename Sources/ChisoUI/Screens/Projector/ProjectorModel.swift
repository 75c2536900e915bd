import ChisoCore

/// What the projector layout shows: the selected unit and month, and for each headline panel
/// its main figure (drawn large), the change on last year, the share of the plan and the sources.
/// Built from the same `PanelModel` rows as the Overview, so both say the same.
struct ProjectorModel {
    struct Panel {
        var title = ""
        /// The main figure's label (`5 tháng`, `tháng 5`).
        var label = ""
        /// The part drawn large (`11.360`) and the rest (`tỷ đồng ⚑`).
        var big = ""
        var rest = ""
        var role: Role = .normal
        /// `so cùng kỳ ▲ +8,4 %`, `dự toán 64,1 %`: the lines under the figure.
        var lines: [Line] = []
        /// Source lines, full and short forms.
        var sources: [(full: String, short: String)] = []
        /// Shown instead of a figure when there is none.
        var missing: String?
    }

    var title = ""
    var panels: [Panel] = []

    init(_ ctx: inout RenderContext) {
        let s = ctx.state
        guard let unit = ctx.data.unit(s.province) else { return }
        title = unit.label(ctx.lang) + " " + ctx.symbols.separator + " " + Words.month(s.month, ctx.lang)
        for spec in ctx.data.panels {
            let model = PanelModel(&ctx, spec: spec, unit: unit)
            var panel = Panel(title: model.title)
            // The first change on last year and the share of the plan go under the figure.
            var hasChange = false, hasGauge = false
            for (row, _) in model.rows {
                switch row {
                case .value(let label, let value, let markers, let role) where panel.big.isEmpty && panel.missing == nil:
                    let parts = BlockFont.split(value)
                    panel.label = label
                    panel.role = role
                    if BlockFont.canDraw(parts.big) {
                        panel.big = parts.big
                        panel.rest = [parts.rest, markers].filter { !$0.isEmpty }.joined(separator: " ")
                    } else {
                        panel.missing = value
                    }
                case .change(let label, let span, let markers) where !hasChange:
                    hasChange = true
                    panel.lines.append(Line([Line.Span(label + " "), span, Line.Span(markers.isEmpty ? "" : " " + markers, role: .muted)]))
                case .gauge(let label, _, let text, let markers) where !hasGauge:
                    hasGauge = true
                    panel.lines.append(Line([Line.Span(label + " "), Line.Span(text, attributes: [.bold]),
                                             Line.Span(markers.isEmpty ? "" : " " + markers, role: .muted)]))
                case .source(let full, let short, _) where !full.isEmpty:
                    panel.sources.append((full, short))
                case .missing(let text):
                    panel.missing = text
                default:
                    break
                }
            }
            panels.append(panel)
        }
    }
}
