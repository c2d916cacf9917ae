import ArgumentParser
import ReckonCairo
import ReckonModel

/// What a command will need, readied on other threads as the process starts, while the command line
/// is parsed and the series read: the YAML parser for every command that reads a workspace's YAML, and
/// Cairo, Pango and the font configuration for the commands that draw. Nothing is readied for help or
/// the version.
enum StartUp {
    /// The subcommands that draw. `render` hands its charts to `render-worker` processes and draws
    /// only a report's figures itself, so it loads the libraries when it first draws.
    static let drawing: Set<String> = names([PlotCommand.self, EmbedCommand.self, ReportCommand.self, RenderWorkerCommand.self])

    /// The subcommands that read no YAML, or hand over to another program first (`serve`, `pull`).
    static let withoutYAML: Set<String> = names([
        InitCommand.self, ExtractCommand.self, ServeCommand.self, PullCommand.self,
    ])

    /// The options that print help or the version instead of running the command.
    static let instead: Set<String> = ["--help", "-h", "--help-hidden", "--experimental-dump-help", "--version"]

    /// Starts readying what the subcommand that `arguments` (options hoisted) name will need.
    static func prepare(for arguments: [String]) {
        guard let name = arguments.first, !name.hasPrefix("-"), name != "help", !arguments.contains(where: instead.contains)
        else { return }
        // The libraries first: `YAMLReading.prepare` starts Dispatch's workers on this thread before it
        // returns, and the libraries' load (longer than anything a small chart does before it measures its
        // text) should not wait for that (1k-point charts 1–2% faster).
        if drawing.contains(name) { GraphicsLibrary.prepare() }
        if !withoutYAML.contains(name) { YAMLReading.prepare() }
    }

    private static func names(_ commands: [any ParsableCommand.Type]) -> Set<String> {
        Set(commands.compactMap { $0.configuration.commandName })
    }
}
