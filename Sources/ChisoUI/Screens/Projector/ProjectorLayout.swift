import ChisoCore

/// Where the projector layout draws: a title row, then the headline panels in a grid (two
/// columns when the body is wide enough, else one), and how large the figures can be.
public struct ProjectorLayout: Hashable, Sendable {
    public var title: Rect
    public var panels: [Rect]

    init(_ body: Rect, panelCount: Int) {
        title = body.row(0)
        let area = body.dropTop(2)
        let count = max(1, panelCount)
        let columns = count > 1 && area.width >= 60 ? 2 : 1
        let rows = (count + columns - 1) / columns
        let height = max(0, area.height / rows)
        let width = area.width / columns
        panels = (0..<count).map { i in
            Rect(x: area.x + (i % columns) * width, y: area.y + (i / columns) * height,
                 width: i % columns == columns - 1 ? area.width - (columns - 1) * width : width, height: height)
        }
    }

    /// The largest style in which `text` fits `width` × `height` (nil: normal type).
    static func style(for text: String, width: Int, height: Int) -> BlockFont.Style? {
        for style in [BlockFont.Style.full(2), .full(1), .half] where style.rows <= height && BlockFont.width(text, style) <= width {
            return style
        }
        return nil
    }
}
