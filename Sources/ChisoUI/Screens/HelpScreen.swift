import ChisoCore

/// The key table, generated from `Keymap`, so it cannot disagree with the keys.
public enum HelpScreen {
    /// The help text lines: section titles and `keys — action` rows.
    public static func lines(_ lang: Language, ascii: Bool) -> [(keys: String, text: String, isTitle: Bool)] {
        var out: [(String, String, Bool)] = []
        for mode in KeyMode.allCases {
            if !out.isEmpty { out.append(("", "", false)) }
            out.append((Keymap.title(of: mode, lang), "", true))
            for b in Keymap.bindings(in: mode) { out.append((Keymap.keysText(b, ascii: ascii), b.text(lang), false)) }
        }
        out.append(("", "", false))
        out.append((lang == .vi ? "Khác" : "Other", "", true))
        for (k, t) in Keymap.notes(lang) { out.append((k, t, false)) }
        out.append(("", "", false))
        out.append((lang == .vi ? "Ký hiệu" : "Markers", "", true))
        let s = Symbols.of(ascii: ascii)
        let marks: [(String, String, String)] = [
            (s.derived, "số liệu tính toán từ số liệu khác", "derived from other figures"),
            (s.revised, "có giá trị khác được công bố (xem Chi tiết)", "other published values exist (see Detail)"),
            (SourceNotes.mark(1, ascii: ascii) + " " + SourceNotes.mark(2, ascii: ascii), "nguồn của số liệu khi khung có nhiều nguồn", "publication of a figure when a panel has several"),
            (s.synthetic, "số liệu minh họa, không có thật", "synthetic illustrative figure"),
            (s.gap, "tháng không có số liệu (không phải số 0)", "month without data (not zero)"),
            (s.up + " " + s.down, "tăng / giảm so cùng kỳ; xanh là tốt, đỏ là xấu", "up / down on last year; green good, red bad"),
        ]
        for (k, vi, en) in marks { out.append((k, lang == .vi ? vi : en, false)) }
        return out
    }

    public static func visibleRows(_ size: Size) -> Int { max(1, Frame.body(size).height - 2) }

    static func render(_ ctx: inout RenderContext, in body: Rect, to grid: inout Grid) {
        let block = Block(title: ctx.tr("Trợ giúp — phím tắt (Esc hoặc ? để đóng)", "Help — keys (Esc or ? to close)"), symbols: ctx.symbols, focused: true)
        block.render(in: body, to: &grid)
        let inner = block.inner(body).inset(left: 1, right: 1)
        guard !inner.isEmpty else { return }
        let all = lines(ctx.lang, ascii: ctx.symbols.isASCII)
        let keyWidth = min(22, inner.width / 3)
        // Two columns of help on wide terminals.
        let twoColumns = inner.width >= 140 && all.count > inner.height
        let columns = twoColumns ? inner.columns([.fill(1), .fixed(2), .fill(1)]).enumerated().filter { $0.offset != 1 }.map(\.element) : [inner]
        var index = min(max(0, ctx.state.helpOffset), max(0, all.count - 1))
        for col in columns {
            for y in 0..<col.height {
                guard index < all.count else { break }
                let line = all[index]
                let r = col.row(y)
                if line.isTitle {
                    Label(line.keys, role: .accent, attributes: [.bold]).render(in: r, to: &grid)
                } else {
                    Label(line.keys, role: .accent).render(in: r.left(keyWidth), to: &grid)
                    Label(line.text, ellipsis: ctx.symbols.ellipsis).render(in: r.dropLeft(keyWidth), to: &grid)
                }
                index += 1
            }
        }
        if index < all.count {
            Label(ctx.tr("↓ còn nữa", "↓ more"), role: .muted, alignment: .right).render(in: inner.row(inner.height - 1), to: &grid)
        }
    }
}
