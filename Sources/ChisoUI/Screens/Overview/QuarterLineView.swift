import ChisoCore

/// Draws the quarterly line's box. Three inner lines: the figures, the targets, the source. Two:
/// figures and targets, then the source. One: figures, targets and the source on one line. A line
/// that does not fit first takes its pieces' shorter forms (least useful first), then drops the
/// least useful pieces.
enum QuarterLineView {
    static let separator = " · "

    /// Draws the box; `focused` when ↑ or a click selected it (Enter then opens its quarters in Detail).
    static func render(_ model: QuarterLineModel, in box: Rect, focused: Bool = false, symbols: Symbols, to grid: inout Grid) {
        guard !box.isEmpty else { return }
        let block = Block(title: model.title, symbols: symbols, focused: focused)
        block.render(in: box, to: &grid)
        let inner = block.inner(box).inset(left: 1, right: 1)
        guard !inner.isEmpty else { return }
        let sources = model.sources.filter { !$0.full.isEmpty }
        let forms = [sources.map(\.full), sources.map(\.short), sources.map(\.bare)].map { $0.joined(separator: separator) } + [model.sourceHosts]
        var lines: [[QuarterLineModel.Piece]]
        switch inner.height {
        case 3...: lines = [model.pieces.filter { !$0.isTarget }, model.pieces.filter(\.isTarget)]
        case 2: lines = [model.pieces]
        default:
            var pieces = model.pieces
            if !sources.isEmpty {
                pieces.append(QuarterLineModel.Piece(spans: [Line.Span(forms[0], role: .muted)],
                                                     shorter: forms.dropFirst().map { [Line.Span($0, role: .muted)] }, priority: 3))
            }
            lines = [pieces]
        }
        for (i, pieces) in lines.enumerated() where i < inner.height {
            Line(fit(pieces, width: inner.width)).render(in: inner.row(i), to: &grid)
        }
        if inner.height >= 2, !sources.isEmpty {
            let text = forms.first { DisplayWidth.of($0) <= inner.width } ?? forms[forms.count - 1]
            Label(text, role: .muted, ellipsis: symbols.ellipsis).render(in: inner.row(min(inner.height, 3) - 1), to: &grid)
        }
    }

    /// The pieces as one run of spans, no wider than `width` where it can be done.
    static func fit(_ pieces: [QuarterLineModel.Piece], width: Int) -> [Line.Span] {
        var pieces = pieces
        func total() -> Int {
            pieces.reduce(0) { $0 + $1.spans.reduce(0) { $0 + DisplayWidth.of($1.text) } } + max(0, pieces.count - 1) * DisplayWidth.of(separator)
        }
        let byUse = pieces.indices.sorted { pieces[$0].priority > pieces[$1].priority }
        for i in byUse {
            while total() > width, !pieces[i].shorter.isEmpty { pieces[i].spans = pieces[i].shorter.removeFirst() }
        }
        for i in byUse where total() > width && pieces.count > 1 { pieces[i].spans = []; pieces[i].priority = -1 }
        pieces.removeAll { $0.spans.isEmpty }
        var spans: [Line.Span] = []
        for (i, p) in pieces.enumerated() {
            if i > 0 { spans.append(Line.Span(separator, role: .muted)) }
            spans.append(contentsOf: p.spans)
        }
        return spans
    }
}
