import ChisoCore

/// The help text, generated from `Keymap`, so it cannot disagree with the keys.
public enum HelpLines {
    /// The help text lines: section titles and `keys — action` rows.
    public static func lines(_ lang: Language, ascii: Bool) -> [(keys: String, text: String, isTitle: Bool)] {
        var out: [(String, String, Bool)] = []
        for mode in KeyMode.allCases {
            if !out.isEmpty { out.append(("", "", false)) }
            out.append((Keymap.title(of: mode, lang), "", true))
            for b in Keymap.bindings(in: mode) { out.append((Keymap.keysText(b, ascii: ascii), b.text(lang), false)) }
        }
        out.append(("", "", false))
        out.append((Glossary.text(.helpOther, lang), "", true))
        for (k, t) in Keymap.notes(lang) { out.append((k, t, false)) }
        out.append(("", "", false))
        out.append((Glossary.text(.helpMarkers, lang), "", true))
        let s = Symbols.of(ascii: ascii)
        let marks: [(String, Term)] = [
            (s.derived, .markerDerived),
            (s.revised, .markerRevised),
            (SourceNotes.mark(1, ascii: ascii) + " " + SourceNotes.mark(2, ascii: ascii), .markerPublication),
            (s.synthetic, .markerSyntheticFigure),
            (s.gap, .markerGap),
            (s.up + " " + s.down, .markerUpDown),
        ]
        for (k, term) in marks { out.append((k, Glossary.text(term, lang), false)) }
        return out
    }

    /// The lines with each row's text wrapped at spaces into `width` columns, the rest on rows of
    /// their own under it (no key): nothing cut on a narrow terminal.
    public static func lines(_ lang: Language, ascii: Bool, width: Int) -> [(keys: String, text: String, isTitle: Bool)] {
        lines(lang, ascii: ascii).flatMap { line -> [(keys: String, text: String, isTitle: Bool)] in
            guard !line.isTitle, width > 0, DisplayWidth.of(line.text) > width else { return [line] }
            let parts = Words.wrap(line.text, width: width, maxLines: Int.max)
            return parts.enumerated().map { (keys: $0.offset == 0 ? line.keys : "", text: $0.element, isTitle: false) }
        }
    }
}
