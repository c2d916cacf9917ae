public import ReckonAnalysis
import ReckonModel

/// The output of `reckon trend --backtest`: how the projections of past origins fared.
public struct BacktestListing: Sendable {
    /// The backtest.
    public var backtest: Backtest

    /// A listing of `backtest`.
    public init(_ backtest: Backtest) { self.backtest = backtest }

    /// The backtest in `format`: a summary table for people; one CSV record per origin; one JSON object
    /// with the summary and the checks.
    public func rendered(_ format: OutputFormat) -> String {
        let b = backtest
        switch format {
        case .csv:
            var out =
                CSVWriter.record(["origin", "target", "actual", "last_value", "projected", "low", "high", "inside"]) + "\n"
            for c in b.checks {
                let fields = [
                    c.origin.description, c.target.description, NumberText.format(c.actual), NumberText.format(c.lastValue),
                    NumberText.format(c.projected), c.interval.map { NumberText.format($0.lowerBound) } ?? "",
                    c.interval.map { NumberText.format($0.upperBound) } ?? "", c.inside.map { $0 ? "true" : "false" } ?? "",
                ]
                out += CSVWriter.record(fields) + "\n"
            }
            return out
        case .json:
            let checks: [JSONText.Value] = b.checks.map { c in
                .object([
                    ("origin", .string(c.origin.description)), ("target", .string(c.target.description)),
                    ("actual", .number(c.actual)), ("last_value", .number(c.lastValue)), ("projected", .number(c.projected)),
                    ("low", c.interval.map { .number($0.lowerBound) } ?? .null),
                    ("high", c.interval.map { .number($0.upperBound) } ?? .null),
                    ("inside", c.inside.map(JSONText.Value.bool) ?? .null),
                ])
            }
            let members: [(String, JSONText.Value)] = [
                ("fit", .string(b.fit.rawValue)), ("model", .string(b.fit.model)), ("horizon_days", .int(b.horizon)),
                ("window_days", .int(b.window)), ("origins", .int(b.checks.count)),
                ("with_interval", .int(b.withInterval.count)), ("coverage", b.coverage.map(JSONText.Value.number) ?? .null),
                ("mean_absolute_error", b.meanAbsoluteError.map(JSONText.Value.number) ?? .null),
                ("naive_mean_absolute_error", b.naiveMeanAbsoluteError.map(JSONText.Value.number) ?? .null),
                ("starts_off_the_data", .int(b.startsOffTheData)), ("checks", .array(checks)),
            ]
            return JSONText.encode(.object(members)) + "\n"
        case .table: return table()
        }
    }

    /// The summary for people.
    private func table() -> String {
        let b = backtest
        var table = TextTable(["", ""])
        table.append(["model", "\(b.fit.model) (\(b.fit.rawValue))"])
        let span = b.checks.first.map { first in " (\(first.origin) to \(b.checks.last!.origin))" } ?? ""
        table.append(["origins", "\(b.checks.count)\(span)"])
        table.append(["horizon", Self.days(b.horizon)])
        table.append(["window", "\(Self.days(b.window)) before each origin"])
        let held = b.withInterval.count { $0.inside == true }
        table.append([
            "95% interval held",
            b.coverage.map { "\(held) of \(b.withInterval.count) (\(NumberText.grouped($0 * 100, decimals: 1))%)" }
                ?? "no origin had an interval",
        ])
        let without = b.checks.filter { $0.interval == nil }
        if let reason = without.first?.noIntervalReason {
            table.append([
                "without an interval", "\(without.count) origin\(without.count == 1 ? "" : "s"), the first because \(reason)",
            ])
        }
        table.append(["mean absolute error", b.meanAbsoluteError.map { NumberText.grouped($0) } ?? ""])
        table.append([
            "naive (last value holds)",
            b.naiveMeanAbsoluteError.map { NumberText.grouped($0) } ?? "",
        ])
        table.append(["started >1% off the data", "\(b.startsOffTheData) of \(b.checks.count)"])
        return String(table.rendered().drop { $0 != "\n" }.dropFirst())
    }

    /// "1 day", "30 days".
    static func days(_ n: Int) -> String { "\(n) day\(n == 1 ? "" : "s")" }
}
