import ChisoCore

/// Draws the key table (Help) from its lines and layout.
enum HelpView {
    static func render(_ ctx: RenderContext, _ layout: HelpLayout, to grid: inout Grid) {
        let block = Block(title: ctx.tr(.helpHelpKeysEscOrTo), symbols: ctx.symbols, focused: true)
        block.render(in: layout.box, to: &grid)
        let inner = layout.inner
        guard !inner.isEmpty else { return }
        let all = HelpLines.lines(ctx.lang, ascii: ctx.symbols.isASCII, width: layout.textWidth)
        var index = min(max(0, layout.lines.first), max(0, all.count - 1))
        for col in layout.columns {
            for y in 0..<col.height {
                guard index < all.count else { break }
                let line = all[index]
                let r = col.row(y)
                if line.isTitle {
                    Label(line.keys, role: .accent, attributes: [.bold]).render(in: r, to: &grid)
                } else {
                    Label(line.keys, role: .accent).render(in: r.left(layout.keyWidth), to: &grid)
                    Label(line.text, ellipsis: ctx.symbols.ellipsis).render(in: r.dropLeft(layout.keyWidth), to: &grid)
                }
                index += 1
            }
        }
        if index < all.count {
            Label(ctx.tr(.helpMore), role: .muted, alignment: .right).render(in: inner.row(inner.height - 1), to: &grid)
        }
    }
}
