import ArgumentParser
import ChisoCore
import Foundation

/// Headless rendering of a dashboard frame. Placeholder until the dashboard lands.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "Print the frame the dashboard would show, as text, without a terminal.")
    @OptionGroup var data: DataOptions
    func run() throws {
        throw CleanExit.message("render is not built yet")
    }
}
