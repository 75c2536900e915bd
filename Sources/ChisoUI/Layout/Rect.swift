/// A rectangle of cells: origin at the top left, sizes never negative.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public init(size: Size) { self.init(x: 0, y: 0, width: size.width, height: size.height) }

    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    public var isEmpty: Bool { width <= 0 || height <= 0 }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var description: String { "\(x),\(y) \(width)×\(height)" }

    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }

    /// The rectangle shrunk by `n` cells on every side.
    public func inset(_ n: Int) -> Rect { inset(top: n, left: n, bottom: n, right: n) }

    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    public func intersection(_ other: Rect) -> Rect {
        let nx = max(x, other.x), ny = max(y, other.y)
        let mx = min(maxX, other.maxX), my = min(maxY, other.maxY)
        return Rect(x: nx, y: ny, width: mx - nx, height: my - ny)
    }

    /// One row of the rectangle (empty when out of range).
    public func row(_ i: Int) -> Rect {
        guard i >= 0, i < height else { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: x, y: y + i, width: width, height: 1)
    }

    /// The top `n` rows.
    public func top(_ n: Int) -> Rect { Rect(x: x, y: y, width: width, height: min(max(0, n), height)) }
    /// The bottom `n` rows.
    public func bottom(_ n: Int) -> Rect { let h = min(max(0, n), height); return Rect(x: x, y: maxY - h, width: width, height: h) }
    /// Everything below the top `n` rows.
    public func dropTop(_ n: Int) -> Rect { inset(top: min(max(0, n), height)) }
    /// Everything above the bottom `n` rows.
    public func dropBottom(_ n: Int) -> Rect { inset(bottom: min(max(0, n), height)) }
    /// The left `n` columns.
    public func left(_ n: Int) -> Rect { Rect(x: x, y: y, width: min(max(0, n), width), height: height) }
    /// Everything right of the left `n` columns.
    public func dropLeft(_ n: Int) -> Rect { inset(left: min(max(0, n), width)) }

    /// Splits into columns by constraints.
    public func columns(_ constraints: [Constraint]) -> [Rect] {
        Constraint.solve(constraints, total: width).map { Rect(x: x + $0.offset, y: y, width: $0.size, height: height) }
    }

    /// Splits into rows by constraints.
    public func rows(_ constraints: [Constraint]) -> [Rect] {
        Constraint.solve(constraints, total: height).map { Rect(x: x, y: y + $0.offset, width: width, height: $0.size) }
    }
}

/// A terminal size in cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }
    public var description: String { "\(width)×\(height)" }
}

/// How a layout splits space: a fixed size, a percentage, or a weighted share of what is left.
public enum Constraint: Hashable, Sendable {
    case fixed(Int)
    case percent(Int)
    case fill(Int)

    /// Offsets and sizes along one axis; fixed and percent first, fills share the rest.
    static func solve(_ constraints: [Constraint], total: Int) -> [(offset: Int, size: Int)] {
        guard !constraints.isEmpty else { return [] }
        var sizes = [Int](repeating: 0, count: constraints.count)
        var remaining = max(0, total)
        for (i, c) in constraints.enumerated() {
            switch c {
            case .fixed(let n): sizes[i] = min(max(0, n), remaining)
            case .percent(let p): sizes[i] = min(max(0, total * max(0, min(100, p)) / 100), remaining)
            case .fill: continue
            }
            remaining -= sizes[i]
        }
        let weights = constraints.map { if case .fill(let w) = $0 { return max(1, w) } else { return 0 } }
        let totalWeight = weights.reduce(0, +)
        if totalWeight > 0 {
            var given = 0
            var lastFill = 0
            for (i, w) in weights.enumerated() where w > 0 {
                sizes[i] = remaining * w / totalWeight
                given += sizes[i]
                lastFill = i
            }
            sizes[lastFill] += remaining - given
        }
        var offset = 0
        return sizes.map { s in defer { offset += s }; return (offset, s) }
    }
}
