import Foundation
import ReckonAnalysis
import ReckonModel
import ReckonOutput

/// The analysis steps on `rows` daily points (after loading), each beside a plain loop over arrays that
/// computes the same numbers, and the whole `reckon query` process beside pandas.
func analysisBenchmark(reckon: String, reference: String?, rows: Int) throws {
    let folder = "\(benchRoot)/\(rows)"
    let series = try Workspace(at: folder).load(SeriesID("bench"))
    let repeats = 9
    func time(_ body: () throws -> Void) rethrows -> Double {
        var t: [Double] = []
        for _ in 0..<repeats { t.append(try seconds(body)) }
        return median(t)
    }
    var sink = 0.0
    var prepared = Points(kind: .cumulative)
    let prepare = try time { prepared = try Selection.points(series, options: QueryOptions()) }
    let daily = Differencing.diff(prepared).points
    let days = prepared.dates.map { Int($0.first.ordinal) }
    let values = prepared.values
    var generator = SystemRandomNumberGenerator()
    let at = (0..<10_000).map { _ in Double(Int.random(in: days[0]...days[days.count - 1], using: &generator)) }

    var table = TextTable(["step", "reckon ms", "plain loop ms", "ratio"], rightAligned: [1, 2, 3])
    func row(_ name: String, _ ours: Double, _ plain: Double) {
        table.append([
            name, String(format: "%.2f", ours * 1000), String(format: "%.2f", plain * 1000),
            String(format: "%.2fx", ours / plain),
        ])
    }
    row(
        "diff", time { sink += Differencing.diff(prepared).points.values[0] },
        time { sink += Plain.diff(values, days: days).values[0] })
    row(
        "monthly sum",
        try time {
            sink += try Aggregation.every(daily, unit: .month, stat: .sum) { Query.interpolator(daily, QueryOptions()) }.values[0]
        },
        time { sink += Plain.monthlySum(days: Array(days.dropFirst()), values: daily.values)[0] })
    row(
        "7-day rolling mean", try time { sink += try Rolling.mean(daily, window: 7).values[0] },
        time { sink += Plain.rollingMean(daily.values, days: Array(days.dropFirst()), window: 7).values[0] })
    for method in [Interpolation.linear, .monotone] {
        row(
            "10,000 --at \(method.rawValue)",
            time {
                let f = Interpolator(xs: prepared.positions(), ys: values, method: method)
                for x in at { sink += f.value(at: x) ?? 0 }
            },
            time { sink += Plain.interpolate(xs: days.map(Double.init), ys: values, at: at, monotone: method == .monotone) })
    }
    row(
        "OLS", try time { sink += try Trend.fit(.linear, to: prepared).slopePerDay },
        time { sink += Plain.olsSlope(xs: days.map(Double.init), ys: values) })
    print("reckon bench: analysis of \(NumberText.grouped(Double(rows))) daily points (release build; medians of \(repeats))")
    print("")
    print(table.rendered(), terminator: "")
    print("")
    print(String(format: "selection (as-of, sources, revisions) before the steps: %.1f ms", prepare * 1000))

    // Whole processes: monthly sums of the daily counts from the CSV file.
    var processes = TextTable(["whole process: monthly sums of daily counts", "ms", "ratio"], rightAligned: [1, 2])
    var ours: [Double] = []
    for _ in 0..<5 {
        ours.append(
            try runProcess(reckon, ["-C", folder, "query", "bench", "--diff", "--every", "month", "--format", "csv"]).seconds)
    }
    processes.append(["reckon query --diff --every month", String(format: "%.1f", median(ours) * 1000), ""])
    if let reference {
        var c: [Double] = []
        for _ in 0..<5 { c.append(try runProcess(reference, ["monthly", folder + "/Series/bench.csv"]).seconds) }
        processes.append([
            "C reference: parse, diff, monthly sums", String(format: "%.1f", median(c) * 1000),
            String(format: "reckon %.1fx", median(ours) / median(c)),
        ])
        let cases: [(name: String, arguments: [String], reference: String, what: String)] = [
            ("reckon query --diff (CSV out)", ["--diff"], "diff", "parse, diff, CSV out"),
            (
                "reckon query --diff --rolling 7 (CSV out)", ["--diff", "--rolling", "7"], "rolling",
                "parse, diff, 7-day mean, CSV out"
            ),
        ]
        for c in cases {
            var ours: [Double] = [], theirs: [Double] = []
            for _ in 0..<5 {
                ours.append(
                    try runProcess(reckon, ["-C", folder, "query", "bench"] + c.arguments + ["--format", "csv"]).seconds)
                theirs.append(try runProcess(reference, [c.reference, folder + "/Series/bench.csv"]).seconds)
            }
            processes.append([c.name, String(format: "%.1f", median(ours) * 1000), ""])
            processes.append([
                "C reference: " + c.what, String(format: "%.1f", median(theirs) * 1000),
                String(format: "reckon %.1fx", median(ours) / median(theirs)),
            ])
        }
    }
    // A table of a million rows beside the same rows as CSV (the target: at most 3x).
    var tables: [Double] = [], csvs: [Double] = []
    for _ in 0..<5 {
        tables.append(try runProcess(reckon, ["-C", folder, "query", "bench", "--diff", "--format", "table"]).seconds)
        csvs.append(try runProcess(reckon, ["-C", folder, "query", "bench", "--diff", "--format", "csv"]).seconds)
    }
    processes.append([
        "reckon query --diff (table out)", String(format: "%.1f", median(tables) * 1000),
        String(format: "%.1fx its CSV", median(tables) / median(csvs)),
    ])
    if let pandas = python(pythonMonthly) {
        var theirs: [Double] = []
        for _ in 0..<3 { theirs.append(try runProcess("/usr/bin/env", pandas + [folder + "/Series/bench.csv"]).seconds) }
        processes.append([
            "pandas read_csv, diff, resample sum", String(format: "%.1f", median(theirs) * 1000),
            String(format: "%.1fx", median(theirs) / median(ours)),
        ])
    }
    print("")
    print(processes.rendered(), terminator: "")
    if sink == 42 { print("") }
}

/// Straightforward loops over plain arrays: the yardstick for the analysis steps.
enum Plain {
    /// The differences and the day each one is for.
    static func diff(_ v: [Double], days: [Int]) -> (values: [Double], days: [Int32]) {
        var out = [Double](repeating: 0, count: v.count - 1)
        var outDays = [Int32](repeating: 0, count: v.count - 1)
        for i in 1..<v.count {
            out[i - 1] = v[i] - v[i - 1]
            outDays[i - 1] = Int32(days[i])
        }
        return (out, outDays)
    }

    /// Sums per calendar month, with the month of each day from its civil date.
    static func monthlySum(days: [Int], values: [Double]) -> [Double] {
        var sums: [Double] = []
        var current = -1
        for i in days.indices {
            let (y, m, _) = Day(ordinal: Int32(days[i])).civil
            let key = y * 12 + m
            if key != current {
                sums.append(0)
                current = key
            }
            sums[sums.count - 1] += values[i]
        }
        return sums
    }

    /// The trailing means and the day each one is for.
    static func rollingMean(_ v: [Double], days: [Int], window: Int) -> (values: [Double], days: [Int32]) {
        var out: [Double] = []
        var outDays: [Int32] = []
        out.reserveCapacity(v.count)
        outDays.reserveCapacity(v.count)
        var total = 0.0
        for i in v.indices {
            total += v[i]
            if i >= window { total -= v[i - window] }
            if i >= window - 1 {
                out.append(total / Double(window))
                outDays.append(Int32(days[i]))
            }
        }
        return (out, outDays)
    }

    /// Binary search and a linear or cubic Hermite step per evaluation (slopes from central differences).
    static func interpolate(xs: [Double], ys: [Double], at: [Double], monotone: Bool) -> Double {
        var slopes: [Double] = []
        if monotone {
            slopes = [Double](repeating: 0, count: xs.count)
            for i in 1..<(xs.count - 1) { slopes[i] = (ys[i + 1] - ys[i - 1]) / (xs[i + 1] - xs[i - 1]) }
        }
        var total = 0.0
        for x in at {
            var lo = 0, hi = xs.count - 1
            while hi - lo > 1 {
                let mid = (lo + hi) / 2
                if xs[mid] <= x { lo = mid } else { hi = mid }
            }
            let h = xs[hi] - xs[lo], t = (x - xs[lo]) / h
            if monotone {
                let t2 = t * t, t3 = t2 * t
                total +=
                    (2 * t3 - 3 * t2 + 1) * ys[lo] + (t3 - 2 * t2 + t) * h * slopes[lo] + (-2 * t3 + 3 * t2) * ys[hi] + (t3 - t2)
                    * h * slopes[hi]
            } else {
                total += ys[lo] + (ys[hi] - ys[lo]) * t
            }
        }
        return total
    }

    static func olsSlope(xs: [Double], ys: [Double]) -> Double {
        let n = Double(xs.count)
        let mx = xs.reduce(0, +) / n, my = ys.reduce(0, +) / n
        var sxx = 0.0, sxy = 0.0
        for i in xs.indices {
            sxx += (xs[i] - mx) * (xs[i] - mx)
            sxy += (xs[i] - mx) * (ys[i] - my)
        }
        return sxy / sxx
    }
}
