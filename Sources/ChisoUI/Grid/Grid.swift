import ChisoCore
import Foundation

/// An in-memory frame of cells: what every widget draws into and what the terminal presents.
///
/// Writes outside the grid or outside a clip rectangle are dropped. A wide grapheme takes two
/// cells (the second a continuation cell); overwriting either half blanks the other.
public struct Grid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = [Cell](repeating: fill, count: self.width * self.height)
    }

    public init(size: Size) { self.init(width: size.width, height: size.height) }

    public var size: Size { Size(width: width, height: height) }
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Sets one single-width cell, repairing any wide grapheme it cuts.
    public mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        breakWide(x, y)
        cells[y * width + x] = cell
    }

    /// Blanks the other half of a wide grapheme at (x, y) before the cell is overwritten.
    private mutating func breakWide(_ x: Int, _ y: Int) {
        let i = y * width + x
        if cells[i].isContinuation, x > 0 {
            cells[i - 1] = Cell(" ", role: cells[i - 1].role, attributes: cells[i - 1].attributes)
        } else if x + 1 < width, cells[i + 1].isContinuation {
            cells[i + 1] = Cell(" ", role: cells[i + 1].role, attributes: cells[i + 1].attributes)
        }
    }

    /// Writes `text` from (x, y), clipped to `clip` (default: the whole grid), and returns the
    /// number of columns used. Text is sanitised and normalised to NFC; each grapheme is drawn as
    /// `DisplayWidth.layout` says (itself, or the placeholder; invisible ones are dropped). A wide
    /// grapheme cut by an edge of the clip is not drawn: the half inside the clip becomes a blank.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, clip: Rect? = nil, role: Role = .normal, attributes: Attributes = []) -> Int {
        let bounds = (clip ?? area).intersection(area)
        guard !bounds.isEmpty, y >= bounds.y, y < bounds.maxY, !text.isEmpty else { return 0 }
        var clean = Sanitizer.clean(text)
        if clean.utf8.contains(where: { $0 >= 0x80 }) { clean = clean.precomposedStringWithCanonicalMapping }
        let blank = Cell(" ", role: role, attributes: attributes)
        var col = x
        for whole in clean {
            let ch: String, w: Int
            if let a = whole.asciiValue, a >= 0x20, a < 0x7F {
                ch = String(whole); w = 1
            } else {
                switch DisplayWidth.layout(whole) {
                case .invisible: continue
                case .itself(let n): ch = String(whole); w = n
                case .placeholder: ch = String(DisplayWidth.placeholder); w = DisplayWidth.placeholderWidth
                }
            }
            if col >= bounds.maxX { break }
            if col + w > bounds.maxX || col < bounds.x {
                // Cut by an edge: the columns of it inside the clip are blanks.
                var c = max(col, bounds.x)
                while c < min(col + w, bounds.maxX) { set(c, y, blank); c += 1 }
                col += w
                continue
            }
            set(col, y, Cell(ch, role: role, attributes: attributes))
            if w == 2 {
                breakWide(col + 1, y)
                cells[y * width + col + 1] = .continuation(role: role, attributes: attributes)
            }
            col += w
        }
        return max(0, min(col, bounds.maxX) - max(x, bounds.x))
    }

    /// Fills a rectangle with one cell.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for yy in r.y..<r.maxY { for xx in r.x..<r.maxX { set(xx, yy, cell) } }
    }

    /// Changes the role (and adds attributes) of every cell in a rectangle, keeping the text.
    public mutating func restyle(_ rect: Rect, role: Role, attributes: Attributes = []) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for yy in r.y..<r.maxY {
            for xx in r.x..<r.maxX {
                cells[yy * width + xx].role = role
                cells[yy * width + xx].attributes.formUnion(attributes)
            }
        }
    }

    /// Replaces graphemes through `map` (used to turn drawing punctuation into ASCII). A wide
    /// grapheme mapped to a narrow one leaves a blank in its right half; a replacement wider than
    /// the grapheme it replaces is not made.
    public mutating func mapGraphemes(_ map: [String: String]) {
        for i in cells.indices where !cells[i].isContinuation {
            guard let r = map[cells[i].grapheme] else { continue }
            let old = DisplayWidth.of(cells[i].grapheme), new = DisplayWidth.of(r)
            guard new <= old else { continue }
            cells[i].grapheme = r
            if old == 2, new < 2, i + 1 < cells.count, cells[i + 1].isContinuation { cells[i + 1].grapheme = " " }
        }
    }

    /// The frame as plain text, one string per row, trailing spaces removed unless `trim` is false.
    public func lines(trim: Bool = true) -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width {
                let c = cells[y * width + x]
                if !c.isContinuation { line += c.grapheme }
            }
            if trim { while line.hasSuffix(" ") { line.removeLast() } }
            return line
        }
    }

    /// The frame as text joined by newlines.
    public var text: String { lines().joined(separator: "\n") }

    /// The frame with ANSI SGR colours from `theme`, one string per row, reset at each line end.
    public func ansiLines(theme: Theme) -> [String] {
        (0..<height).map { y in
            var line = ""
            var current: (Role, Attributes)?
            for x in 0..<width {
                let c = cells[y * width + x]
                if c.isContinuation { continue }
                if current.map({ $0 != (c.role, c.attributes) }) ?? true {
                    line += theme.sgr(role: c.role, attributes: c.attributes)
                    current = (c.role, c.attributes)
                }
                line += c.grapheme
            }
            return line + "\u{1B}[0m"
        }
    }
}
