import ChisoCore

/// Draws one headline panel from its model: drops the least useful rows when the box is short,
/// lines the values up, and gives the chart what room is left.
enum PanelView {
    static func render(_ model: PanelModel, in area: Rect, lang: Language, symbols: Symbols, to grid: inout Grid) {
        guard !area.isEmpty else { return }
        var rows = model.rows
        // The chart replaces the sparkline when there is room for it.
        let textRows = rows.filter { if case .chart = $0.0 { return false }; return true }
        let chartRoom = area.height - textRows.count + 1
        if chartRoom >= 7 {
            rows.removeAll { if case .spark = $0.0 { return true }; return false }
        } else {
            rows.removeAll { if case .chart = $0.0 { return true }; return false }
        }
        while rows.count > area.height, let worst = rows.indices.max(by: { rows[$0].1 < rows[$1].1 }) { rows.remove(at: worst) }
        // Values line up in one column per panel, after the longest label that leaves them room.
        var longestLabel = 0, longestValue = 0
        for (row, _) in rows {
            switch row {
            case .value(let l, let v, let m, _): longestLabel = max(longestLabel, DisplayWidth.of(l)); longestValue = max(longestValue, DisplayWidth.of(m.isEmpty ? v : v + " " + m))
            case .change(let l, let sp, let m): longestLabel = max(longestLabel, DisplayWidth.of(l)); longestValue = max(longestValue, DisplayWidth.of(m.isEmpty ? sp.text : sp.text + " " + m))
            case .gauge(let l, _, _, _): longestLabel = max(longestLabel, DisplayWidth.of(l))
            default: break
            }
        }
        let labelWidth = max(min(8, area.width / 3), min(longestLabel + 1, area.width - longestValue, area.width / 2))
        var y = area.y
        for (row, _) in rows {
            var r = Rect(x: area.x, y: y, width: area.width, height: 1)
            switch row {
            case .value(let label, let value, let markers, let role):
                Label(label, role: .muted).render(in: r.left(labelWidth), to: &grid)
                Line([Line.Span(value, role: role, attributes: [.bold]), Line.Span(markers.isEmpty ? "" : " " + markers, role: .warn)])
                    .render(in: r.dropLeft(labelWidth), to: &grid)
            case .change(let label, let span, let markers):
                Label(label, role: .muted).render(in: r.left(labelWidth), to: &grid)
                Line([span, Line.Span(markers.isEmpty ? "" : " " + markers, role: .warn)]).render(in: r.dropLeft(labelWidth), to: &grid)
            case .gauge(let label, let ratio, let text, let markers):
                Label(label, role: .muted).render(in: r.left(labelWidth), to: &grid)
                let m = markers.isEmpty ? "" : " " + markers
                Gauge(ratio: ratio, label: text + m, symbols: symbols, role: (ratio ?? 0) >= 1 ? .good : .accent)
                    .render(in: r.dropLeft(labelWidth), to: &grid)
            case .spark(let values, let month, let basis):
                // Both years when they fit, else the month's year; the month underlined. The basis
                // ("lũy kế" / "trong tháng") follows the year when there is room for it.
                let yy = month.year % 100
                let both = "\(month.year - 1)–" + (yy < 10 ? "0" : "") + String(yy)
                let twoYears = area.width - DisplayWidth.of(both) - 1 >= values.count
                let shown = twoYears ? values : Array(values.suffix(12))
                let years = twoYears ? both : String(month.year)
                let withBasis = years + " " + Words.chartBasis(basis, lang)
                let label = area.width - DisplayWidth.of(withBasis) - 1 >= min(shown.count, 12) ? withBasis : years
                let w = min(shown.count, max(0, area.width - DisplayWidth.of(label) - 1))
                Sparkline(values: shown, symbols: symbols, highlight: shown.count - 13 + month.month).render(in: r.left(w), to: &grid)
                Label(label, role: .muted).render(in: r.dropLeft(w + 1), to: &grid)
            case .chart(let current, let previous, let labels, let month, let unit, let basis):
                let percent = unit == "%"
                let top = (current + previous).compactMap { $0 }.filter(\.isFinite).map(abs).max() ?? 0
                let scale = Words.axisScale(maxAbs: top, unit: unit, lang)
                let remaining = area.maxY - y - rows.filter { if case .source = $0.0 { return true }; return false }.count
                r = Rect(x: area.x, y: y, width: area.width, height: remaining)
                // The legend's words: the basis and the axis unit, the basis in its short form when the whole does not fit.
                let legendWidth = DisplayWidth.of("█ \(month.year)  ▒ \(month.year - 1)  · ")
                var caption = [Words.chartBasis(basis, lang), scale.words].compactMap { $0 }.joined(separator: " · ")
                if legendWidth + DisplayWidth.of(caption) > area.width {
                    caption = [Words.chartBasis(basis, lang, short: true), scale.words].compactMap { $0 }.joined(separator: " · ")
                }
                BarChart(labels: labels, current: current, previous: previous, symbols: symbols,
                         legend: (String(month.year), String(month.year - 1)),
                         highlight: month.month - 1, caption: caption) {
                    NumberFormat.format($0 / scale.divisor, lang: lang, maxDecimals: 1) + (percent ? "%" : "")
                }
                    .render(in: r, to: &grid)
                y += max(0, remaining - 1)
            case .source(let full, let short, let bare):
                // The longest form that fits; at the narrowest the site alone (its date is whole in Detail), so a
                // date is never cut in half.
                let site = bare.components(separatedBy: ", ").first ?? bare
                let text = [full, short, bare].first { DisplayWidth.of($0) <= r.width } ?? site
                Label(text, role: .muted, ellipsis: symbols.ellipsis).render(in: r, to: &grid)
            case .missing(let text):
                // Wrapped, not cut, in a narrow box (`không có số liệu` / `tháng 5/2025`).
                let parts = TextWrap.lines(text, width: max(1, r.width))
                for (i, part) in parts.enumerated() where y + i < area.maxY {
                    Label(part, role: .muted).render(in: Rect(x: r.x, y: y + i, width: r.width, height: 1), to: &grid)
                }
                y += max(0, min(parts.count, area.maxY - y) - 1)
            case .blank:
                break
            }
            y += 1
            if y >= area.maxY { break }
        }
    }
}
