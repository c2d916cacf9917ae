import Foundation
import Testing

/// `reckon query` and `reckon trend` from the command line, on the repository's sample workspace.
struct QueryCommandTests {
    let repository = CLI.repository.path

    @Test func monthlySumsOfDailyCountsAsCSV() throws {
        let r = try CLI.run(["query", "ru-drones-downed", "--diff", "--every", "month", "--format", "csv"], in: repository)
        #expect(r.status == 0 && r.stderr.isEmpty)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "date,value")
        #expect(lines.count == 1 + 55)
        // February 2022 runs from the first difference, 26 February, to the 28th: 2 + 0 + 1 drones.
        #expect(lines[1] == "2022-02,3")
    }

    @Test func interpolatedValuesSayHowTheyWereMade() throws {
        let r = try CLI.run(
            ["query", "nk-troops-in-russia", "--at", "2024-10-31,2025-02-01,2025-06-01", "--format", "json"], in: repository)
        #expect(r.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        // No extrapolation: 2025-06-01 is after the last estimate and has no value.
        #expect(rows.map { $0["date"] as? String } == ["2024-10-31", "2025-02-01"])
        #expect(rows.map { $0["observed"] as? Bool } == [true, false])
        #expect(rows[0]["sources"] as? [String] == ["United States"])
        #expect(rows[0]["qualifier"] as? String == "about")
        // Between the range 11,000–12,000 (23 Dec 2024), placed at its middle, and about 11,000 (27 Mar
        // 2025): a monotone curve stays between the two.
        let v = try #require(rows[1]["value"] as? Double)
        #expect(v > 11000 && v < 11500)
    }

    @Test func negativeDifferencesAreWarnedOnStderr() throws {
        let ws = try CLI.workspace()
        for (date, value) in [("2025-01-01", "10"), ("2025-01-02", "15"), ("2025-01-03", "12")] {
            #expect(try CLI.run(["add", "tally", date, value, "--kind", "cumulative"], in: ws).status == 0)
        }
        let r = try CLI.run(["query", "tally", "--diff", "--format", "csv"], in: ws)
        #expect(r.status == 0)
        #expect(r.stdout == "date,value\n2025-01-02,5\n2025-01-03,-3\n")
        #expect(
            r.stderr
                == "Series/tally.csv: warning: the total falls by 3 on 2025-01-03: a revision by the publisher, kept as a negative count\n"
        )
    }

    @Test func aTrendWithAProjection() throws {
        let r = try CLI.run(
            [
                "trend", "ru-personnel-losses", "--from", "2025-01-01", "--to", "2025-12-31", "--project", "2026-03-31",
                "--format", "csv",
            ], in: repository)
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(
            lines.first
                == "fit,model,n,left_out_incomplete,left_out_ranges,first,last,slope_per_day,value_at_first,value_at_last,r_squared,growth_per_day,growth_per_month,last_value,projected,low,high,past_forecasts,project,no_interval"
        )
        // A cumulative total is projected as a random walk with drift unless another fit is asked for.
        #expect(lines.count == 2 && lines[1].hasPrefix("drift,random walk with drift,365,0,0,2025-01-01,2025-12-31,"))
    }

    @Test(arguments: [
        (
            ["query", "ru-drones-downed", "--cumulative"], Int32(64),
            "error: --cumulative adds up counts; 'ru-drones-downed' is a cumulative series (use --diff to get its counts)"
        ),
        (
            ["trend", "ru-drones-downed", "--horizon", "5"], 64,
            "error: --horizon is for --backtest; give --backtest, or --project for a projection"
        ),
        (
            ["trend", "ru-drones-downed", "--backtest", "--horizon", "0"], 64,
            "error: the backtest's horizon must be 1 to 100000 days (here 0)"
        ),
        (
            ["query", "ru-drones-downed", "--every", "fortnight"], 64,
            "Error: The value 'fortnight' is invalid for '--every <every>'. Please provide one of 'day', 'week', 'month', 'quarter' or 'year'."
        ),
        (
            ["query", "ru-drones-downed", "--from", "2025-02-30"], 64,
            "error: --from: '2025-02-30' is not a date: February 2025 has 28 days"
        ),
        (
            ["query", "ru-drones-downed", "--from", "2025-03-01", "--to", "2025-02-01"], 64,
            "error: --to 2025-02-01 is before --from 2025-03-01"
        ),
        (["query", "nope"], 66, "Series/nope.csv: error: no series 'nope' (no such file)"),
        (["trend", "ua-drones-shot-down"], 65, "error: a trend needs at least 2 points; there is 1"),
        (
            ["trend", "ru-drones-downed", "--diff", "--fit", "exponential"], 65,
            "error: an exponential fit needs values above zero; the value on 2022-02-27 is 0"
        ),
        (["trend", "ru-drones-downed", "--at", "2025-01-01"], 64, "error: --at does not apply to trend; use --project"),
    ])
    func failures(_ arguments: [String], _ status: Int32, _ message: String) throws {
        let r = try CLI.run(arguments, in: repository)
        #expect(r.status == status)
        #expect(r.stderr.split(separator: "\n").first.map(String.init) == message)
    }
}
