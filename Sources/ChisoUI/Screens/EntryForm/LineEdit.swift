import ChisoCore

/// The editing keys every text field of the forms (`a`: a figure, or an item on Resolutions)
/// shares, as readline has them: Backspace deletes the character before the cursor, Ctrl-W the
/// word before it, Ctrl-U everything before it; ← → move the cursor, Home and End to the field's
/// start and end. A cursor is a count of characters from the field's start; nil is its end (where
/// typing goes when a field is entered).
public enum LineEdit: Hashable, Sendable {
    case deleteBackward, deleteWord, deleteToStart, left, right, home, end

    /// Applies the edit to `text` and its cursor.
    public func apply(to text: inout String, cursor: inout Int?) {
        var chars = Array(text)
        var at = min(max(0, cursor ?? chars.count), chars.count)
        switch self {
        case .deleteBackward:
            guard at > 0 else { break }
            chars.remove(at: at - 1)
            at -= 1
        case .deleteWord:
            // The spaces just before the cursor, then the word before them (readline's unix-word-rubout).
            var start = at
            while start > 0, chars[start - 1].isWhitespace { start -= 1 }
            while start > 0, !chars[start - 1].isWhitespace { start -= 1 }
            chars.removeSubrange(start..<at)
            at = start
        case .deleteToStart:
            chars.removeSubrange(0..<at)
            at = 0
        case .left: at = max(0, at - 1)
        case .right: at = min(chars.count, at + 1)
        case .home: at = 0
        case .end: at = chars.count
        }
        text = String(chars)
        cursor = at == chars.count ? nil : at
    }

    /// Whether the edit changes the text (not only the cursor).
    public var deletes: Bool { self == .deleteBackward || self == .deleteWord || self == .deleteToStart }

    /// A typed character, inserted at the cursor (which stays after it).
    public static func insert(_ c: Character, into text: inout String, cursor: inout Int?) {
        guard let at = cursor, at < text.count else {
            text.append(c)
            cursor = nil
            return
        }
        let index = text.index(text.startIndex, offsetBy: max(0, at))
        text.insert(c, at: index)
        cursor = at + 1
    }

    /// The spans of a text field: on the focused field the text around a cursor mark, the cursor
    /// always in sight (the text beyond `width` cut with `ellipsis` on the far side); else the end of
    /// the text that fits (what was typed last stays in sight).
    static func spans(_ text: String, cursor: Int?, focused: Bool, width: Int, mark: String, ellipsis: String) -> [Line.Span] {
        guard focused else { return [Line.Span(EntryFormView.tail(text, max(1, width), ellipsis))] }
        let room = max(1, width - DisplayWidth.of(mark))
        let at = min(max(0, cursor ?? text.count), text.count)
        let before = String(text.prefix(at)), after = String(text.dropFirst(at))
        let afterWidth = DisplayWidth.of(after)
        // The text before the cursor keeps at least half the room when the rest is long.
        let beforeShown = EntryFormView.tail(before, min(DisplayWidth.of(before), max(room / 2, room - afterWidth)), ellipsis)
        let afterShown = head(after, room - DisplayWidth.of(beforeShown), ellipsis)
        var spans = [Line.Span(beforeShown, attributes: [.bold]), Line.Span(mark, role: .accent)]
        if !afterShown.isEmpty { spans.append(Line.Span(afterShown, attributes: [.bold])) }
        return spans
    }

    /// The start of `text` that fits `width` columns, `ellipsis` at its end when cut.
    static func head(_ text: String, _ width: Int, _ ellipsis: String) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        var kept = Substring(text)
        while DisplayWidth.of(kept + ellipsis) > width, !kept.isEmpty { kept = kept.dropLast() }
        return kept + ellipsis
    }
}

/// A form whose focused text field takes `LineEdit`'s keys: the entry form and the item form.
public protocol LineEditing {
    associatedtype Field: Hashable
    var focus: Field { get }
    /// Where the cursor is in the focused field (nil: at its end).
    var cursor: Int? { get set }
    subscript(field: Field) -> String { get set }
}

extension LineEditing {
    /// Applies an editing key to the focused text field.
    public mutating func edit(_ edit: LineEdit) {
        var typed = self[focus]
        edit.apply(to: &typed, cursor: &cursor)
        self[focus] = typed
    }

    /// Types a character at the cursor of the focused text field.
    public mutating func insert(_ c: Character) {
        var typed = self[focus]
        LineEdit.insert(c, into: &typed, cursor: &cursor)
        self[focus] = typed
    }
}
