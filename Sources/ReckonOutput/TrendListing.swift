import Glibc
public import ReckonAnalysis
public import ReckonModel

/// The output of `reckon trend`: the fit, and the projection when one was asked for.
public struct TrendListing: Sendable {
    /// The fit.
    public let trend: Trend
    /// The day to project to.
    public let project: Day?

    /// A listing of `trend`, with its projection to `project` when given.
    public init(_ trend: Trend, project: Day? = nil) {
        self.trend = trend
        self.project = project
        projection = project.map { trend.projection(at: $0) }
    }

    /// The named numbers, in order; absent ones are nil.
    var fields: [(name: String, value: Double?)] {
        let t = trend
        var out: [(String, Double?)] = [
            ("slope_per_day", t.slopePerDay), ("value_at_first", t.valueAtFirst), ("value_at_last", t.valueAtLast),
            ("r_squared", t.rSquared), ("growth_per_day", t.growthPerDay), ("growth_per_month", t.growthPerMonth),
        ]
        out.append(("last_value", t.lastValue))
        if let projection {
            out += [
                ("projected", projection.value), ("low", projection.interval?.lowerBound),
                ("high", projection.interval?.upperBound), ("past_forecasts", Double(projection.pastForecasts)),
            ]
        }
        return out
    }

    /// The projection to ``project``, when one was asked for, worked out once: its calibration reads the
    /// series' history.
    let projection: Projection?

    /// The fit in `format`: a table for people, one CSV record or one JSON object for scripts.
    public func rendered(_ format: OutputFormat) -> String {
        let t = trend
        switch format {
        case .csv:
            let names =
                ["fit", "model", "n", "left_out_incomplete", "left_out_ranges", "first", "last"] + fields.map(\.name)
                + (project == nil ? [] : ["project", "no_interval"])
            let values =
                [
                    t.fit.rawValue, t.fit.model, String(t.n), String(t.leftOutIncomplete), String(t.leftOutRanges),
                    t.first.description,
                    t.last.description,
                ]
                + fields.map { $0.value.map(NumberText.format) ?? "" }
                + (projection.map { [$0.day.description, $0.noIntervalReason ?? ""] } ?? [])
            return CSVWriter.record(names) + "\n" + CSVWriter.record(values) + "\n"
        case .json:
            var members: [(String, JSONText.Value)] = [
                ("fit", .string(t.fit.rawValue)), ("model", .string(t.fit.model)), ("n", .int(t.n)),
                ("left_out_incomplete", .int(t.leftOutIncomplete)),
                ("left_out_ranges", .int(t.leftOutRanges)), ("first", .string(t.first.description)),
                ("last", .string(t.last.description)),
            ]
            if let project { members.append(("project", .string(project.description))) }
            for (name, value) in fields { members.append((name, value.map(JSONText.Value.number) ?? .null)) }
            if let reason = projection?.noIntervalReason { members.append(("no_interval", .string(reason))) }
            return JSONText.encode(.object(members)) + "\n"
        case .table:
            var table = TextTable(["", ""])
            table.append(["fit", t.fit.rawValue])
            table.append(["model", t.fit.model])
            table.append(["points", "\(NumberText.grouped(Double(t.n))) (\(t.first) to \(t.last))"])
            for line in leftOutLines { table.append(["left out", line]) }
            for row in fitRows { table.append(row) }
            if let projection {
                // Told to three significant digits of the interval's width, which is all it supports.
                let precision = projection.interval.map { Precision(width: $0.upperBound - $0.lowerBound) }
                table.append([
                    "projected on \(projection.day)",
                    projection.value.map { precision?.nearest($0) ?? NumberText.grouped($0) } ?? TrendListing.beyondRange,
                ])
                if let interval = projection.interval, let precision {
                    table.append([
                        "95% prediction interval",
                        "\(precision.down(interval.lowerBound)) to \(precision.up(interval.upperBound))",
                    ])
                }
                if projection.interval != nil, projection.pastForecasts > 0 {
                    table.append([
                        "calibrated on",
                        "\(NumberText.grouped(Double(projection.pastForecasts))) past forecasts at the same horizon",
                    ])
                } else if let reason = projection.noIntervalReason {
                    table.append(["95% prediction interval", "none: " + reason])
                }
            }
            // Drop the empty header line.
            return String(table.rendered().drop { $0 != "\n" }.dropFirst())
        }
    }

    /// What the fit left out, in words, one line each.
    var leftOutLines: [String] {
        var out: [String] = []
        let t = trend
        if t.leftOutIncomplete > 0 {
            out.append(
                "\(t.leftOutIncomplete) incomplete period\(t.leftOutIncomplete == 1 ? "" : "s") (the data covers part of \(t.leftOutIncomplete == 1 ? "it" : "them"); --include-incomplete fits \(t.leftOutIncomplete == 1 ? "it" : "them"))"
            )
        }
        if t.leftOutRanges > 0 {
            out.append("\(t.leftOutRanges) estimate\(t.leftOutRanges == 1 ? "" : "s") that gave only a range")
        }
        return out
    }

    /// The rows that describe the fit itself.
    var fitRows: [[String]] {
        let t = trend
        var rows: [[String]] = []
        switch t.fit {
        case .exponential:
            rows.append(["growth per day", t.growthPerDay.map(percent) ?? TrendListing.beyondRange])
            rows.append(["growth per month", t.growthPerMonth.map(percent) ?? TrendListing.beyondRange])
        case .drift: rows.append(["mean change per day", NumberText.grouped(t.slopePerDay, decimals: 3)])
        case .randomWalk: break
        case .linear, .theilSen: rows.append(["change per day", NumberText.grouped(t.slopePerDay, decimals: 3)])
        }
        if t.fit.startsAtLastValue {
            if t.fit == .drift { rows.append(["value on \(t.first)", NumberText.grouped(t.valueAtFirst)]) }
            rows.append(["value on \(t.last)", NumberText.grouped(t.lastValue)])
        } else {
            rows.append(["fitted on \(t.first)", NumberText.grouped(t.valueAtFirst)])
            rows.append(["fitted on \(t.last)", NumberText.grouped(t.valueAtLast)])
            if let gap = t.startGap {
                rows.append([
                    "last value",
                    "\(NumberText.grouped(t.lastValue)) (the fitted line ends \(NumberText.grouped(abs(gap))) \(gap < 0 ? "below" : "above") it, and so does the projection)",
                ])
            }
        }
        if let r2 = t.rSquared {
            rows.append([t.fit == .exponential ? "R² (log scale)" : "R²", NumberText.grouped(r2, decimals: 4)])
        }
        return rows
    }

    /// What the table says for a number that overflows.
    static let beyondRange = "cannot be computed (beyond the range of numbers)"

    private func percent(_ v: Double) -> String { NumberText.grouped(v * 100, decimals: 3) + "%" }
}

/// How precisely a projection is told: to three significant digits of its interval's width, the bounds
/// rounded outwards so that the printed interval holds the computed one.
struct Precision {
    /// The power of ten numbers are rounded to.
    var unit: Double

    init(width: Double) {
        guard width.isFinite, width > 0 else {
            unit = 0.01
            return
        }
        unit = pow(10, (log10(width) - 2).rounded(.down))
    }

    private var decimals: Int { unit >= 1 ? 0 : min(9, Int((-log10(unit)).rounded())) }

    /// `v` rounded to the nearest unit.
    func nearest(_ v: Double) -> String { NumberText.grouped((v / unit).rounded() * unit, decimals: decimals) }
    /// `v` rounded down to a unit.
    func down(_ v: Double) -> String { NumberText.grouped((v / unit).rounded(.down) * unit, decimals: decimals) }
    /// `v` rounded up to a unit.
    func up(_ v: Double) -> String { NumberText.grouped((v / unit).rounded(.up) * unit, decimals: decimals) }
}
