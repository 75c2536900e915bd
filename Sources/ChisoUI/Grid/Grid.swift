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
    /// number of columns used. Text is sanitised and normalised to NFC; zero-width graphemes are
    /// dropped; a wide grapheme that does not fit whole is not drawn.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, clip: Rect? = nil, role: Role = .normal, attributes: Attributes = []) -> Int {
        let bounds = (clip ?? area).intersection(area)
        guard !bounds.isEmpty, y >= bounds.y, y < bounds.maxY, !text.isEmpty else { return 0 }
        var clean = Sanitizer.clean(text)
        if clean.utf8.contains(where: { $0 >= 0x80 }) { clean = clean.precomposedStringWithCanonicalMapping }
        var col = x
        for whole in clean {
            // A terminal cell holds a base and at most four combining marks (ncurses CCHARW_MAX):
            // a storm of marks is cut here, not left to the terminal.
            let ch = whole.unicodeScalars.count > Grid.maxScalarsPerCell
                ? String(String.UnicodeScalarView(whole.unicodeScalars.prefix(Grid.maxScalarsPerCell))) : String(whole)
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if col + w > bounds.maxX { break }
            if col >= bounds.x {
                if w == 1 {
                    set(col, y, Cell(ch, role: role, attributes: attributes))
                } else {
                    set(col, y, Cell(ch, role: role, attributes: attributes))
                    breakWide(col + 1, y)
                    cells[y * width + col + 1] = .continuation(role: role, attributes: attributes)
                }
            }
            col += w
        }
        return max(0, col - max(x, bounds.x))
    }

    /// The most Unicode scalars one cell keeps.
    public static let maxScalarsPerCell = 5

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

    /// Replaces graphemes through `map` (used to turn drawing punctuation into ASCII).
    public mutating func mapGraphemes(_ map: [String: String]) {
        for i in cells.indices where !cells[i].isContinuation {
            if let r = map[cells[i].grapheme] { cells[i].grapheme = r }
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
