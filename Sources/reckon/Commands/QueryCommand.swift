import ArgumentParser
import ReckonAnalysis
import ReckonChart
import ReckonModel
import ReckonOutput

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Values, differences, rolling means, per-period aggregates and interpolated values of a series.",
        discussion: """
            Steps run in this order on all the data: sources (--as-of, --source, --combine), --diff or \
            --cumulative, --rolling, --every with --stat, --at; then --from/--to select what is shown, so \
            the first difference in a window has the day before it. An estimate that gave only a range \
            prints as its range and has no value.

            Examples:
              reckon query ru-drones-downed --diff --every month
              reckon query ru-drones-downed --diff --rolling 7 --from 2025-01-01
              reckon query nk-troops-in-russia --at 2025-01-01,2025-02-01 --interpolate monotone
              reckon query nk-troops-in-russia --by source
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The series id.") var series: String
    @OptionGroup var query: QueryArguments
    @Option(help: "Run the query once per source and list them side by side, with a source column.")
    var by: LayerSpec.Split?
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func run() throws {
        let id = try SeriesID(series)
        let workspace = try workspace.open()
        let options = try query.options()
        if by == .source {
            if options.source != nil { throw ReckonError(.usage, "--by source shows every source; leave out --source") }
            let groups = try runQueryBySource(id, options, in: workspace)
            var out = ByteWriter()
            PointsListing(bySource: groups.map { ($0.source, $0.result.points) }).write(format, into: &out)
            StandardOutput.write(out)
            return
        }
        let result = try runQuery(id, options, in: workspace)
        var out = ByteWriter()
        PointsListing(result.points).write(format, into: &out, onTwoThreads: workspace.worksOnTwoThreads)
        StandardOutput.write(out)
    }
}
