import ChisoCore

/// The meeting banner at the left of the bottom line: `ĐANG THEO: NAME` on a follower (with
/// `TỰ XEM · f: theo lại` while it looks around, `DỮ LIỆU KHÁC …` when the presenter's data hash
/// differs, the presenter's vintage when it is not the follower's, what this data lacks, or that it
/// waits for the presenter), `ĐANG TRÌNH BÀY: NAME · n
/// người theo` on a presenter.
enum MeetingBanner {
    static func spans(_ ctx: RenderContext) -> [Line.Span]? {
        guard let role = ctx.state.meeting else { return nil }
        let strong: Attributes = [.bold, .reverse]
        switch role {
        case .presenting(let name, let followers):
            return [Line.Span(" " + ctx.tr(.meetingPresenting, name, "\(followers)") + " ", role: .accent, attributes: strong)]
        case .following(let follow):
            var out = [Line.Span(" " + ctx.tr(.meetingFollowing, follow.name) + " ", role: .accent, attributes: strong)]
            if follow.lookingAround {
                out.append(Line.Span(" " + ctx.tr(.meetingLookingAround) + " ", role: .warn, attributes: strong))
            }
            if !follow.connected {
                out.append(Line.Span(" " + ctx.tr(.meetingWaiting), role: .muted))
            } else if let vintage = presenterVintage(follow, ctx) {
                out.append(vintage)
            } else if follow.dataDiffers {
                out.append(Line.Span(" " + ctx.tr(.meetingDataDiffers) + " ", role: .bad, attributes: strong))
            }
            if let missing = follow.missing, follow.connected, !follow.lookingAround {
                out.append(Line.Span(" " + ctx.tr(.meetingMissing, missing), role: .warn))
            }
            return out
        }
    }

    /// The presenter's vintage (`--vintage`) when it is not this follower's own: "người trình bày
    /// xem số liệu đến 10/6/2025" (or "… mới nhất" when the presenter has none), as the data-differs
    /// warning when the data hashes differ too.
    static func presenterVintage(_ follow: FollowState, _ ctx: RenderContext) -> Line.Span? {
        guard let latest = follow.latest, latest.vintage != ctx.data.dataset.vintage?.description else { return nil }
        let day = latest.vintage.map { text in Vintage(text).map { $0.label(ctx.lang) } ?? Sanitizer.terminal(text) }
        if follow.dataDiffers {
            let text = day.map { ctx.tr(.meetingDataDiffersAsOf, $0) } ?? ctx.tr(.meetingDataDiffersLatest)
            return Line.Span(" " + text + " ", role: .bad, attributes: [.bold, .reverse])
        }
        return Line.Span(" " + (day.map { ctx.tr(.meetingPresenterAsOf, $0) } ?? ctx.tr(.meetingPresenterLatest)), role: .warn)
    }

    /// Draws the banner at the left of `area`; returns what is left of the line for the rest.
    static func render(_ ctx: RenderContext, in area: Rect, to grid: inout Grid) -> Rect {
        guard let spans = spans(ctx) else { return area }
        let line = Line(spans)
        let width = min(area.width, line.width)
        line.render(in: area.left(width), to: &grid)
        return area.dropLeft(width + 1)
    }
}
