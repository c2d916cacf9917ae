import ReckonAnalysis
import ReckonModel
import Testing

/// The analysis of the General Staff's real tallies, against values from pandas, numpy and scipy.
struct OracleTests {
    func query(_ id: String, _ configure: (inout QueryOptions) -> Void) throws -> Points {
        var options = QueryOptions()
        configure(&options)
        return try Query.run(try Oracle.series(id), options).points
    }

    @Test func dailyCountsFromTheCumulativeTally() throws {
        expectPoints(try query("ru-drones-downed") { $0.diff = true }, Oracle.pairs("drone_daily"), relative: 0)
    }

    @Test(arguments: [(PeriodUnit.month, "drone_monthly_sum"), (.week, "drone_weekly_sum"), (.quarter, "drone_quarterly_sum")])
    func periodSumsOfTheDailyCounts(_ unit: PeriodUnit, _ key: String) throws {
        expectPoints(
            try query("ru-drones-downed") {
                $0.diff = true; $0.every = unit
            }, Oracle.pairs(key))
    }

    @Test(arguments: [7, 30])
    func rollingMeansOfTheDailyCounts(_ window: Int) throws {
        expectPoints(
            try query("ru-drones-downed") {
                $0.diff = true; $0.rolling = window
            }, Oracle.pairs("drone_rolling\(window)"))
    }

    /// A window selects from what pandas computed on the whole tally: the first difference, week and
    /// 7-day mean in it are the same as without it (the window does not cut the data first).
    @Test(arguments: [("drone_daily", 0), ("drone_weekly_sum", 0), ("drone_rolling7", 7)])
    func aWindowSelectsFromStepsOnAllTheData(_ key: String, _ rolling: Int) throws {
        let from = try ObservationDate.parseDay("2025-09-01"), to = try ObservationDate.parseDay("2025-10-31")
        let points = try query("ru-drones-downed") {
            $0.diff = true
            $0.from = from
            $0.to = to
            if key == "drone_weekly_sum" { $0.every = .week }
            if rolling > 0 { $0.rolling = rolling }
        }
        let inside = Oracle.pairs(key).filter { label, _ in
            let date = try! ObservationDate.parse(label)
            return date.last >= from && date.last <= to
        }
        #expect(inside.count >= 8)
        expectPoints(points, inside)
        #expect(points.complete.isEmpty, "every week in the window is complete in the data")
    }

    @Test(arguments: [("personnel", SeriesKind.cumulative), ("drone_daily", .level)])
    func linearAndMonotoneInterpolationBetweenASparseSample(_ name: String, _ kind: SeriesKind) throws {
        let series = try Oracle.series(Oracle.pairs("\(name)_sample"), kind: kind)
        let at = try (Oracle.values["\(name)_at"] as! [String]).map { try ObservationDate.parseDay($0) }
        for (method, key) in [(Interpolation.linear, "\(name)_linear"), (.monotone, "\(name)_pchip")] {
            var options = QueryOptions()
            options.at = at
            options.interpolate = method
            let p = try Query.run(series, options).points
            let expected = Oracle.numbers(key)
            #expect(p.count == expected.count)
            for i in 0..<min(p.count, expected.count) {
                #expect(close(p.values[i], expected[i]), "\(method) at \(p.dates[i]): \(p.values[i]) vs \(expected[i])")
            }
        }
    }

    @Test func linearTrend() throws {
        var options = QueryOptions()
        options.from = Day(year: 2025, month: 1, day: 1)
        options.to = Day(year: 2025, month: 12, day: 31)
        let points = try Query.run(try Oracle.series("ru-personnel-losses"), options).points
        let trend = try Trend.fit(.linear, to: points)
        let o = Oracle.object("personnel_2025_linear")
        expectFit(trend, o)
        #expect(close(trend.rSquared!, o["r2"] as! Double))
        let day = try ObservationDate.parseDay(o["project"] as! String)
        #expect(close(trend.value(at: day), o["projected"] as! Double))
    }

    @Test func exponentialTrend() throws {
        var options = QueryOptions()
        options.from = Day(year: 2022, month: 3, day: 1)
        options.to = Day(year: 2022, month: 12, day: 31)
        let trend = try Trend.fit(.exponential, to: try Query.run(try Oracle.series("ru-personnel-losses"), options).points)
        let o = Oracle.object("personnel_2022_exponential")
        expectFit(trend, o)
        #expect(close(trend.growthPerDay!, o["growth_per_day"] as! Double))
        #expect(close(trend.growthPerMonth!, o["growth_per_month"] as! Double))
    }

    /// August 2026 has 8 days of data: the fit leaves it out unless asked, and says so.
    @Test func trendsLeaveOutTheIncompleteMonth() throws {
        var options = QueryOptions()
        options.diff = true
        options.every = .month
        options.from = Day(year: 2026, month: 1, day: 1)
        let months = try Query.run(try Oracle.series("ru-drones-downed"), options).points
        let trend = try Trend.fit(.exponential, to: months)
        let o = Oracle.object("drone_monthly_2026_exponential")
        expectFit(trend, o)
        #expect(trend.leftOutIncomplete == o["left_out"] as! Int)
        #expect(close(trend.growthPerMonth!, o["growth_per_month"] as! Double))
        let all = try Trend.fit(.exponential, to: months, includeIncomplete: true)
        #expect(all.n == trend.n + 1 && all.leftOutIncomplete == 0)
        #expect(all.growthPerMonth! < trend.growthPerMonth!)
    }

    @Test func theilSenTrendOfTheDailyCounts() throws {
        var options = QueryOptions()
        options.diff = true
        let all = try Query.run(try Oracle.series("ru-drones-downed"), options).points
        let keep = all.dates.indices.filter { all.dates[$0].first.civil.year == 2025 }
        let daily = Points.Builder(
            kind: all.kind, dates: keep.map { all.dates[$0] }, values: keep.map { all.values[$0] }
        ).build()
        let trend = try Trend.fit(.theilSen, to: daily)
        let o = Oracle.object("drone_daily_2025_theilsen")
        expectFit(trend, o)
    }

    /// The fit's n, slope and fitted values at both ends agree with the oracle's.
    func expectFit(_ trend: Trend, _ o: [String: Any], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(trend.n == o["n"] as! Int, sourceLocation: sourceLocation)
        #expect(close(trend.slopePerDay, o["slope"] as! Double), sourceLocation: sourceLocation)
        #expect(close(trend.valueAtFirst, o["first"] as! Double), sourceLocation: sourceLocation)
        #expect(close(trend.valueAtLast, o["last"] as! Double), sourceLocation: sourceLocation)
    }
}
