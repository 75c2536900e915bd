import ChisoCore

/// Wraps a styled line (`Line.Span`s) to a width with nothing left out, the way `TextWrap` wraps
/// plain text (breaks at spaces, a word wider than the line — a URL — broken between characters),
/// each piece keeping its span's role and attributes. The first span can be a hanging label: the
/// following lines start under the text after it.
enum SpanWrap {
    static func lines(_ spans: [Line.Span], width: Int, hangingLabel: Bool) -> [Line] {
        guard width > 0, !spans.isEmpty else { return [] }
        let label = hangingLabel ? spans[0] : nil
        let rest = hangingLabel ? Array(spans.dropFirst()) : spans
        var labelWidth = label.map { DisplayWidth.of($0.text) } ?? 0
        // A label taking more than a third of the width does not hang: the text goes under it.
        var lines: [Line] = []
        if let label, labelWidth > width / 3 {
            lines.append(Line([label]))
            labelWidth = 0
        }
        // The text of the spans as one string, with the span each character came from.
        var text = ""
        var owner: [Int] = []
        for (i, span) in rest.enumerated() {
            text += span.text
            owner += Array(repeating: i, count: span.text.count)
        }
        let chars = Array(text)
        var p = 0
        for (n, plain) in TextWrap.lines(text, width: width - labelWidth).enumerated() {
            var pieces: [Line.Span] = []
            if labelWidth > 0, let label {
                pieces.append(n == 0 && lines.isEmpty ? label : Line.Span(String(repeating: " ", count: labelWidth), role: label.role))
            }
            // Walk the original text alongside the wrapped line (the wrap only drops spaces).
            var run = "", runOwner = -1
            for c in plain {
                while p < chars.count, chars[p] != c, chars[p] == " " { p += 1 }
                guard p < chars.count else { break }
                let o = owner[p]
                if o != runOwner, !run.isEmpty, runOwner >= 0 {
                    pieces.append(Line.Span(run, role: rest[runOwner].role, attributes: rest[runOwner].attributes))
                    run = ""
                }
                runOwner = o
                run.append(c)
                p += 1
            }
            if !run.isEmpty, runOwner >= 0 { pieces.append(Line.Span(run, role: rest[runOwner].role, attributes: rest[runOwner].attributes)) }
            lines.append(Line(pieces))
        }
        return lines
    }
}
