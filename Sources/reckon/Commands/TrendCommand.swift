import ArgumentParser
import ReckonAnalysis
import ReckonModel
import ReckonOutput

struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "Fit a trend to a series and project it, with a calibrated prediction interval.",
        discussion: """
            The fit runs on the points that `reckon query` with the same options returns. A cumulative total \
            is projected from its last value by the window's mean change per day (a random walk with drift), \
            a level holds its last value (a random walk), a count per period follows a least-squares line; \
            --fit chooses another model. The interval comes from the errors the same model made at the same \
            horizon earlier in the series (never after the last fitted day).

            Examples:
              reckon trend ru-personnel-losses --from 2025-01-01 --project 2026-12-31
              reckon trend ru-drones-downed --diff --every week --fit theil-sen
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The series id.") var series: String
    @Option(
        help: """
            The model: drift (a random walk with drift, the default for cumulative totals), random-walk (the \
            default for levels), linear (the default for counts), exponential or theil-sen.
            """)
    var fit: TrendFit?
    @Option(
        help: """
            The day to project the trend to, with a 95% prediction interval calibrated on the series' own past \
            forecast errors at that horizon (none for theil-sen, or where the history is too short).
            """)
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
                try Trend.fit(
                    fit ?? .default(for: result.points.kind), to: result.points, history: result.history,
                    includeIncomplete: includeIncomplete)
            }
            print(TrendListing(trend, project: projectDay).rendered(format), terminator: "")
        }
    }
}
