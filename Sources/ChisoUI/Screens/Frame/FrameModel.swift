import ChisoCore

/// Everything one frame shows, collected before anything is drawn: the current screen's model
/// and what the header needs to know about it (whether it shows synthetic figures).
struct FrameModel {
    enum Screen {
        case none
        case overview(OverviewModel)
        case compare(CompareModel)
        case detail(DetailModel)
        case resolutions(ResolutionsModel)
        case help
        case projector(ProjectorModel)
    }

    var screen: Screen = .none
    /// True when a figure on the screen is synthetic: the header says so.
    var showsSynthetic = false

    init(_ state: AppState, _ data: DashboardData, _ layout: FrameLayout, stats: RenderStats?) {
        var ctx = RenderContext(state: state, data: data)
        ctx.stats = stats
        switch layout.screen {
        case .none: break
        case .overview(let l): screen = .overview(OverviewModel(&ctx, l))
        case .compare(let l):
            let model = CompareModel(&ctx, l)
            // Compare ranks every unit: any synthetic figure in the data may be among them.
            showsSynthetic = model.showsSynthetic || data.dataset.hasSynthetic
            screen = .compare(model)
        case .detail(let l):
            let model = DetailModel(&ctx, l)
            showsSynthetic = model.showsSynthetic
            screen = .detail(model)
        case .resolutions(let l): screen = .resolutions(ResolutionsModel(&ctx, l))
        case .help(_): screen = .help
        case .projector: screen = .projector(ProjectorModel(&ctx))
        }
        showsSynthetic = showsSynthetic || ctx.showsSynthetic
    }
}
