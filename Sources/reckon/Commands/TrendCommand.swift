import ArgumentParser
import ReckonAnalysis
import ReckonModel
import ReckonOutput

struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "Fit a trend line to a series: linear, exponential or Theil–Sen, with an optional projection.",
        discussion: """
            The fit runs on the points that `reckon query` with the same options returns.

            Examples:
              reckon trend ru-personnel-losses --from 2025-01-01 --project 2026-12-31
              reckon trend ru-drones-downed --diff --every week --fit theil-sen
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The series id.") var series: String
    @Option(help: "The kind of fit.") var fit: TrendFit = .linear
    @Option(help: "The day to project the trend to (with a 95% prediction interval for linear and exponential fits).")
    var project: String?
    @Flag(help: "Fit periods the data covers only in part, such as the current month (left out by default).")
    var includeIncomplete = false
    @OptionGroup var query: QueryArguments
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func run() throws {
        try reporting {
            let id = try SeriesID(series)
            let workspace = try workspace.open()
            let projectDay = try project.map { v throws(ModelError) in try parseArgument("--project", v, ObservationDate.parseDay)
            }
            let options = try query.options()
            if !options.at.isEmpty { throw ModelError(.usage, "--at does not apply to trend; use --project") }
            let result = try runQuery(id, options, in: workspace)
            let trend = try analysing { () throws(AnalysisError) in
                try Trend.fit(fit, to: result.points, includeIncomplete: includeIncomplete)
            }
            print(TrendListing(trend, project: projectDay).rendered(format), terminator: "")
        }
    }
}
