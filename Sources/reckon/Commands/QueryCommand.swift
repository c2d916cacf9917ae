import ArgumentParser
import ReckonAnalysis
import ReckonModel

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Values, differences, rolling means, per-period aggregates and interpolated values of a series.",
        discussion: """
            Steps run in this order: --from/--to, sources (--as-of, --source, --combine), --diff or \
            --cumulative, --rolling, --every with --stat, --at.

            Examples:
              reckon query ru-drones-downed --diff --every month
              reckon query ru-drones-downed --diff --rolling 7 --from 2025-01-01
              reckon query nk-troops-in-russia --at 2025-01-01,2025-02-01 --interpolate monotone
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The series id.") var series: String
    @OptionGroup var query: QueryArguments
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func run() throws {
        try reporting {
            let id = try SeriesID(series)
            let workspace = try workspace.open()
            let options = try query.options()
            let result = try runQuery(id, options, in: workspace)
            print(PointsListing(result.points).rendered(format), terminator: "")
        }
    }
}
