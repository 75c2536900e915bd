import ArgumentParser
import ChisoCore
import Foundation

/// The interactive dashboard (default subcommand). Owned by the dashboard work; placeholder until it lands.
struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dashboard", abstract: "Open the full-screen dashboard (the default).")
    @OptionGroup var data: DataOptions
    func run() throws {
        throw CleanExit.message("The dashboard is not built yet; use `chiso report`.")
    }
}
