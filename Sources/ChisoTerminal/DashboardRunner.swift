import ChisoCore
import ChisoUI
import Foundation

/// The live dashboard: terminal events in, reducer, frames out, effects carried out.
public enum DashboardRunner {
    /// Runs until the user quits or a signal arrives; the terminal is restored on every path.
    /// `reload` loads the data again for `r`.
    public static func run(session start: DashboardSession, theme: Theme, reload: () -> DashboardData) -> Int32 {
        var session = start
        let terminal = Terminal(theme: theme)
        defer { terminal.restore() }
        if !terminal.isUTF8 { session.state.ascii = true }
        session.apply(.resize(terminal.size))
        terminal.present(session.frame())
        var exitCode: Int32 = 0
        loop: while true {
            let event = terminal.nextEvent()
            var effects: [Effect] = []
            switch event {
            case .key(let key): effects = session.send(key)
            case .resize(let size): session.apply(.resize(size))
            case .click(let x, let y): session.apply(.click(x: x, y: y))
            case .wheel(let n): session.apply(.scroll(n))
            case .signal(let sig):
                exitCode = 128 + sig
                break loop
            }
            for effect in effects {
                switch effect {
                case .quit: break loop
                case .reload:
                    session.replace(data: reload())
                case .export:
                    let grid = session.frame()
                    do {
                        let paths = try Exporter.export(text: FrameExport.text(grid), markdown: FrameExport.markdown(grid, session.state, session.data),
                                                        stem: FrameExport.stem(session.state), folder: Exporter.folder())
                        session.apply(.setMessage(session.state.tr("Đã xuất: ", "Exported: ") + paths.joined(separator: ", ")))
                    } catch {
                        session.apply(.setMessage(session.state.tr("Không xuất được: ", "Export failed: ") + "\(error.localizedDescription)"))
                    }
                }
            }
            terminal.present(session.frame())
        }
        return exitCode
    }
}
