import Foundation
import ReckonAnalysis
import ReckonModel
import ReckonOutput

/// How honest the projections are, beside how fast: the backtest rerun on the sample workspace's
/// General Staff tallies. From an origin every 30 days since July 2023, the default model (a random walk
/// with drift) fitted to the 120 days before it and projected 30 and 90 days ahead: the share of origins
/// whose later value its 95% interval held, its mean absolute error beside the naive forecast's, and the
/// time the whole backtest took in this process (median of 3).
func backtestBenchmark() throws {
    let workspace = try Workspace(at: FileManager.default.currentDirectoryPath)
    print("reckon bench: backtest of the default projections (origins every 30 days from 2023-07-01, 120-day window)")
    print("")
    var table = TextTable(
        ["series", "horizon", "95% interval held", "coverage", "MAE", "naive MAE", "ms"], rightAligned: [1, 2, 3, 4, 5, 6])
    for id in ["ru-personnel-losses", "ru-drones-downed"] {
        let series = try workspace.load(SeriesID(id))
        let history = try Query.run(series, QueryOptions()).history
        for horizon in [30, 90] {
            var result: Backtest?
            var times: [Double] = []
            for _ in 0..<3 {
                times.append(
                    try seconds {
                        result = try Backtest.run(
                            .default(for: series.metadata.effectiveKind), on: history, horizon: horizon, window: 120, step: 30,
                            from: Day(year: 2023, month: 7, day: 1))
                    })
            }
            guard let b = result, let coverage = b.coverage else { continue }
            let held = b.withInterval.count { $0.inside == true }
            table.append([
                id, "\(horizon) days", "\(held) of \(b.withInterval.count)", String(format: "%.1f%%", coverage * 100),
                NumberText.grouped(b.meanAbsoluteError ?? .nan, decimals: 0),
                NumberText.grouped(b.naiveMeanAbsoluteError ?? .nan, decimals: 0), String(format: "%.0f", median(times) * 1000),
            ])
        }
    }
    print(table.rendered(), terminator: "")
}
