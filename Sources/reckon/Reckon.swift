import ArgumentParser
import ReckonModel
import ReckonPublish

/// The root command: `reckon <subcommand>`.
struct Reckon: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reckon",
        abstract: "Track dated estimates as time series and turn them into charts.",
        discussion: """
            A workspace is a folder with Series/ (one <id>.csv per series, with an optional \
            <id>.yaml sidecar), Output/ and reckon.yaml. Commands act on the current folder, \
            on -C DIR, or on $RECKON_WORKSPACE.

            Exit status: 0 success, 64 usage, 65 bad data, 66 missing input, 73 cannot create \
            output, 74 I/O error, 75 busy (another writer holds the lock), 70 internal error.
            """,
        version: ReckonVersion.current,
        subcommands: [
            InitCommand.self, AddCommand.self, ListCommand.self, ShowCommand.self, ImportCommand.self, CheckCommand.self,
            QueryCommand.self, TrendCommand.self, RenderCommand.self, PlotCommand.self, EmbedCommand.self, ReportCommand.self,
            ServeCommand.self, RenderWorkerCommand.self, PullCommand.self, LogCommand.self, ExtractCommand.self,
        ]
    )
}
