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
              reckon trend ru-personnel-losses --backtest --from 2023-07-01 --horizon 90
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
    @Flag(
        help: """
            Check the model against what happened instead: from origins every --step days between --from and \
            --to, fit the --window days before each, project --horizon days ahead and compare with the value \
            reported then (coverage of the 95% interval, mean absolute error beside the naive forecast).
            """)
    var backtest = false
    @Option(help: "With --backtest: days from each origin to the day projected to (default 30).") var horizon: Int?
    @Option(help: "With --backtest: days of data before each origin that its fit sees (default 120).") var window: Int?
    @Option(help: "With --backtest: the fewest days between origins (default 30).") var step: Int?
    @OptionGroup var query: QueryArguments
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func run() throws {
        let id = try SeriesID(series)
        let workspace = try workspace.open()
        let projectDay = try project.map { v throws(ReckonError) in try parseArgument("--project", v, ObservationDate.parseDay)
        }
        let options = try query.options()
        if !options.at.isEmpty { throw ReckonError(.usage, "--at does not apply to trend; use --project") }
        let result = try runQuery(id, options, in: workspace)
        let model = fit ?? .default(for: result.points.kind)
        if !backtest, let given = [("--horizon", horizon), ("--window", window), ("--step", step)].first(where: { $0.1 != nil }) {
            throw ReckonError(.usage, "\(given.0) is for --backtest; give --backtest, or --project for a projection")
        }
        if backtest {
            if project != nil { throw ReckonError(.usage, "--project does not apply to --backtest; use --horizon") }
            if includeIncomplete { throw ReckonError(.usage, "--include-incomplete does not apply to --backtest") }
            let checked = try analysing { () throws(AnalysisError) in
                try Backtest.run(
                    model, on: result.history, horizon: horizon ?? 30, window: window ?? 120, step: step ?? 30,
                    from: options.from, to: options.to)
            }
            print(BacktestListing(checked).rendered(format), terminator: "")
            return
        }
        let trend = try analysing { () throws(AnalysisError) in
            try Trend.fit(
                model, to: result.points, history: result.history,
                includeIncomplete: includeIncomplete)
        }
        print(TrendListing(trend, project: projectDay).rendered(format), terminator: "")
    }
}
