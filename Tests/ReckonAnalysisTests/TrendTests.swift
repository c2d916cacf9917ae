import ReckonAnalysis
import ReckonModel
import ReckonOutput
import Testing

#if canImport(Glibc)
    import Glibc
#endif

struct TrendTests {
    func points(_ values: [Double], start: String = "2025-01-01", kind: SeriesKind = .level) throws -> Points {
        let first = day(start)
        let s = series(kind, values.enumerated().map { Observation(date: ObservationDate(first + $0.offset), value: $0.element) })
        return try Query.run(s, QueryOptions()).points
    }

    @Test func anExactLineIsFoundByEveryFit() throws {
        let p = try points((0..<50).map { 100 + 3 * Double($0) })
        for fit in [TrendFit.linear, .theilSen] {
            let t = try Trend.fit(fit, to: p)
            #expect(close(t.slopePerDay, 3) && close(t.valueAtFirst, 100) && close(t.valueAtLast, 247))
            #expect(close(t.value(at: day("2025-03-01")), 100 + 3 * 59))
        }
        #expect(close(try Trend.fit(.linear, to: p).rSquared!, 1))
    }

    @Test func exponentialGrowthIsRecovered() throws {
        let p = try points((0..<40).map { 1000 * pow(1.01, Double($0)) })
        let t = try Trend.fit(.exponential, to: p)
        #expect(close(t.growthPerDay!, 0.01))
        #expect(close(t.growthPerMonth!, pow(1.01, 365.2425 / 12) - 1))
        #expect(close(t.value(at: day("2025-02-10")), 1000 * pow(1.01, 40)))
    }

    /// Values exactly on the curve for a year: every past forecast was exact, so the calibrated interval
    /// is the projection itself.
    @Test func anExactCurveHasAnIntervalOfNoWidth() throws {
        let all = try points((0..<365).map { 1000 * pow(1.01, Double($0)) })
        let t = try Trend.fit(.exponential, to: all.selected { $0 >= Double(day("2025-11-01").ordinal) }, history: all)
        let target = day("2026-01-30")
        let interval = try #require(t.predictionInterval(at: target))
        #expect(close(interval.lowerBound, t.value(at: target), relative: 1e-6) && close(interval.upperBound, interval.lowerBound, relative: 1e-6))
    }

    @Test func theilSenSaysWhyItHasNoInterval() throws {
        let t = try Trend.fit(.theilSen, to: try points((0..<10).map { Double($0 * $0) }))
        #expect(t.predictionInterval(at: day("2025-03-01")) == nil)
        #expect(t.noIntervalReason(at: day("2025-03-01"))?.hasPrefix("Theil–Sen has no prediction interval") == true)
        let listing = TrendListing(t, project: day("2025-03-01")).rendered(.table)
        #expect(listing.contains("95% prediction interval  none: Theil–Sen has no prediction interval"))
    }

    @Test func theilSenIgnoresAnOutlier() throws {
        var values = (0..<21).map { 10 + 2 * Double($0) }
        values[10] = 1_000
        let t = try Trend.fit(.theilSen, to: try points(values))
        #expect(t.slopePerDay == 2)
    }

    @Test func theilSenRefusesMoreThan5000Points() throws {
        #expect {
            try Trend.fit(.theilSen, to: try points((0..<5001).map(Double.init)))
        } throws: { error in
            let e = error as? AnalysisError
            return e?.kind == .data
                && e?.message(.option)
                    == "theil-sen compares every pair of points and takes at most 5,000 (here 5001); narrow with --from/--to or aggregate with --every week"
                && e?.message(.key)
                    == "theil-sen compares every pair of points and takes at most 5,000 (here 5001); narrow with 'from'/'to' or aggregate with 'every: week'"
        }
    }

    @Test func predictionIntervalsNeedThreePoints() throws {
        let t = try Trend.fit(.linear, to: try points([1, 2]))
        #expect(t.predictionInterval(at: day("2025-01-10")) == nil)
        #expect(t.noIntervalReason(at: day("2025-01-10")) == "a prediction interval needs at least 3 points; the fit has 2")
    }

    /// Four points leave no past forecasts to learn from: no interval, and the reason says so.
    @Test func aShortHistoryHasNoInterval() throws {
        let u = try Trend.fit(.linear, to: try points([1, 2.5, 3, 4.2]))
        #expect(u.predictionInterval(at: day("2025-01-10")) == nil)
        let reason = try #require(u.noIntervalReason(at: day("2025-01-10")))
        #expect(reason.hasPrefix("too little history to calibrate one 6 days ahead (0 past forecasts"))
    }

    /// At the ends of the supported range an exponential fit still fits, but its growth per month and
    /// a far projection overflow: they are left out (nil), never inf or NaN.
    @Test func overflowingNumbersOfAFitAreLeftOut() throws {
        let t = try Trend.fit(.exponential, to: try points([1e-9, 1e15]))
        #expect(t.slopePerDay.isFinite && t.valueAtLast.isFinite)
        #expect(t.growthPerMonth == nil && t.growthPerDay != nil)
        #expect(t.finiteValue(at: Day.latest) == nil)
        let listing = TrendListing(t, project: Day.latest).rendered(.json)
        #expect(listing.contains("\"projected\":null") && !listing.contains("inf") && !listing.lowercased().contains("nan"))
    }

    /// Values swinging across the whole range for a year, projected to the calendar's last day: the
    /// interval is finite, or there is none and the reason says so; never inf or NaN.
    @Test func extremeValuesNeverGiveAnInfiniteInterval() throws {
        let all = try points((0..<365).map { $0 % 2 == 0 ? 1e15 : -1e15 })
        for fit in [TrendFit.linear, .drift, .randomWalk] {
            let t = try Trend.fit(fit, to: all.selected { $0 >= Double(day("2025-10-01").ordinal) }, history: all)
            let projection = t.projection(at: Day.latest)
            if let interval = projection.interval {
                #expect(interval.lowerBound.isFinite && interval.upperBound.isFinite)
            } else {
                #expect(projection.noIntervalReason != nil)
            }
        }
    }

    /// Flat data has no variance for a fit to explain: no R², rather than a perfect 1.
    @Test func constantValuesHaveNoRSquared() throws {
        let t = try Trend.fit(.linear, to: try points([5, 5, 5, 5]))
        #expect(t.slopePerDay == 0 && t.rSquared == nil)
        #expect(!TrendListing(t).rendered(.table).contains("R²"))
    }
}

/// `--every` with `--stat end` gives a level, as a running total, its value on each period's last day;
/// every later step must place it there, not at the period's middle.
struct PeriodEndTests {
    /// A series growing exactly 10 a day from 1 January 2025, of `kind`.
    func line(_ kind: SeriesKind) -> Series {
        let start = day("2025-01-01")
        return series(kind, (0..<365).map { Observation(date: ObservationDate(start + $0), value: 10 * Double($0)) })
    }

    func exact(_ d: Day) -> Double { 10 * Double(d - day("2025-01-01")) }

    @Test(arguments: [SeriesKind.level, .cumulative]) func monthEndsStandAtTheMonthsLastDay(_ kind: SeriesKind) throws {
        var options = QueryOptions()
        options.every = .month
        let months = try Query.run(line(kind), options).points
        #expect(months.count == 12)
        for i in 0..<months.count {
            #expect(months.position(i) == Double(months.dates[i].last.ordinal))
            #expect(months.values[i] == exact(months.dates[i].last))
        }
        // A straight line through the month ends projects the exact value.
        let t = try Trend.fit(.linear, to: months)
        #expect(close(t.value(at: day("2026-01-31")), exact(day("2026-01-31"))))
        // Between month ends, --at interpolates on the same line.
        options.at = [day("2025-06-15")]
        let at = try Query.run(line(kind), options).points
        #expect(at.count == 1 && close(at.values[0], exact(day("2025-06-15")), relative: 1e-6))
        // The window selects by the month's end: from 31 March keeps March.
        options.at = []
        options.from = day("2025-03-31")
        #expect(try Query.run(line(kind), options).points.dates.first?.description == "2025-03")
    }
}

/// A projection starts at the data: a random walk at the last value itself, a fitted line, when it ends
/// more than 1% away from it, says how far.
struct ProjectionStartTests {
    /// A total that grows faster and faster: a straight line through it ends below its last value.
    func curving() throws -> Points {
        let first = day("2025-01-01")
        let s = series(.cumulative, (0..<120).map { Observation(date: ObservationDate(first + $0), value: 1_000 + Double($0 * $0)) })
        return try Query.run(s, QueryOptions()).points
    }

    @Test func aRandomWalkWithDriftStartsAtTheLastValue() throws {
        let p = try curving()
        let t = try Trend.fit(.default(for: .cumulative), to: p)
        #expect(t.fit == .drift && t.startGap == nil)
        #expect(t.value(at: t.last) == p.values[p.count - 1])
        #expect(t.slopePerDay == (p.values[p.count - 1] - p.values[0]) / 119)
        let walk = try Trend.fit(.randomWalk, to: p)
        #expect(walk.value(at: day("2025-12-31")) == p.values[p.count - 1] && walk.slopePerDay == 0)
    }

    @Test func aFittedLineSaysHowFarItEndsFromTheLastValue() throws {
        let t = try Trend.fit(.linear, to: try curving())
        let gap = try #require(t.startGap)
        #expect(gap < 0 && close(gap, t.valueAtLast - (1_000 + 119 * 119)))
        let table = TrendListing(t, project: day("2025-06-30")).rendered(.table)
        #expect(table.contains("last value               15,161 (the fitted line ends"), "\(table)")
        #expect(table.contains("below it, and so does the projection)"))
    }

    /// A line that ends below a running total's last value projects below it too: its interval is not cut
    /// off at the last value, so it still holds the projection.
    @Test func anIntervalAlwaysHoldsItsProjection() throws {
        let p = try curving()
        // A total rising by about 1 a day, then by 200 a day over its last 10 days.
        let values: [Double] = (0..<900).map { (d: Int) -> Double in
            let jump = 200 * Double(max(0, d - 889))
            let wobble: Double = d % 7 == 0 ? 3 : 0
            return 1_000 + Double(d) + jump + wobble
        }
        let history = try Query.run(
            series(.cumulative, values.enumerated().map { Observation(date: ObservationDate(day("2023-01-01") + $0.offset), value: $0.element) }),
            QueryOptions()
        ).history
        for fit in [TrendFit.linear, .drift, .exponential] {
            let t = try Trend.fit(fit, to: history.selected { $0 >= Double(day("2025-03-01").ordinal) }, history: history)
            let projection = t.projection(at: day("2025-06-24"))
            let interval = try #require(projection.interval, "\(fit): \(projection.noIntervalReason ?? "")")
            #expect(interval.contains(try #require(projection.value)), "\(fit): \(interval)")
            // The case this guards: a straight line through a curving total projects below its last value.
            if fit == .linear { #expect(try #require(projection.value) < t.lastValue) }
        }
        // Before the last fitted day there is nothing to forecast.
        let before = try Trend.fit(.drift, to: p).projection(at: day("2025-02-01"))
        #expect(before.interval == nil && before.noIntervalReason == "the interval is for days after the last fitted one")
    }

    /// A total growing by exactly 7 a day: every past forecast of a drift was exact, so the interval is
    /// the projection itself, not "too little history".
    @Test func exactPastForecastsGiveAnIntervalOfNoWidth() throws {
        let all = try Query.run(
            series(.cumulative, (0..<400).map { Observation(date: ObservationDate(day("2024-01-01") + $0), value: 7 * Double($0)) }),
            QueryOptions()
        ).history
        let t = try Trend.fit(.drift, to: all.selected { $0 >= Double(day("2024-10-01").ordinal) }, history: all)
        let projection = t.projection(at: t.last + 30)
        let interval = try #require(projection.interval, "\(projection.noIntervalReason ?? "")")
        #expect(interval.lowerBound == interval.upperBound && interval.lowerBound == t.lastValue + 7 * 30)
    }

    @Test func theDefaultModelFollowsTheKind() {
        #expect(TrendFit.default(for: .cumulative) == .drift)
        #expect(TrendFit.default(for: .level) == .randomWalk)
        #expect(TrendFit.default(for: .count) == .linear)
    }
}
