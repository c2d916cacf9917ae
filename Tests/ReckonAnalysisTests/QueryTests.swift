import ReckonAnalysis
import ReckonModel
import Testing

func day(_ text: String) -> Day { try! ObservationDate.parseDay(text) }

func observation(
    _ date: String, _ value: Double?, low: Double? = nil, high: Double? = nil, qualifier: Qualifier? = nil,
    source: String? = nil, reported: String? = nil
) -> Observation {
    Observation(
        date: try! ObservationDate.parse(date), value: value, low: low, high: high, qualifier: qualifier,
        source: source, reported: reported.map(day))
}

func series(_ kind: SeriesKind, _ observations: [Observation], source: String? = nil) -> Series {
    Series(id: try! SeriesID("s"), metadata: SeriesMetadata(kind: kind, source: source), observations: observations)
}

func run(_ s: Series, _ configure: (inout QueryOptions) -> Void = { _ in }) throws -> Query.Result {
    var options = QueryOptions()
    configure(&options)
    return try Query.run(s, options)
}

/// The hand-made cases: each expectation below is worked out from the rule it tests.
struct QueryTests {
    let troops = series(
        .level,
        [
            observation("2024-10-31", 8000, qualifier: .about, source: "United States"),
            observation("2025-03-27", 11000, qualifier: .about, source: "South Korea Joint Chiefs of Staff"),
            observation("2025-03-27", 12000, low: 10000, high: 13000, source: "Ukraine's military intelligence"),
        ])

    @Test func twoSourcesOnOneDateCombineWithTheEnvelopeOfTheirRanges() throws {
        let p = try run(troops).points
        #expect(p.count == 2)
        #expect(p.values == [8000, 11500])
        #expect(p.low(0) == nil && p.high(0) == nil)
        #expect(p.low(1) == 10000 && p.high(1) == 13000)
        #expect(p.sources(1) == ["South Korea Joint Chiefs of Staff", "Ukraine's military intelligence"])
        // The sources worded it differently, so the combined point has no qualifier; the first kept "about".
        #expect(p.qualifiers == [.about, nil])
    }

    @Test(arguments: [(Combine.median, 11500.0), (.mean, 11500), (.min, 11000), (.max, 12000), (.latest, 12000)])
    func combineMethods(_ combine: Combine, _ expected: Double) throws {
        #expect(try run(troops) { $0.combine = combine }.points.values[1] == expected)
    }

    @Test func oneSourceCanBeChosen() throws {
        let p = try run(troops) { $0.source = "South Korea Joint Chiefs of Staff" }.points
        #expect(p.values == [11000])
        #expect(p.low(0) == nil)
        #expect(
            throws: AnalysisError(
                .usage,
                "no rows from source 'Kremlin' (sources: South Korea Joint Chiefs of Staff; Ukraine's military intelligence; United States)"
            )
        ) {
            try run(troops) { $0.source = "Kremlin" }
        }
    }

    @Test func theLatestRevisionCountsAndAsOfShowsWhatWasKnown() throws {
        let s = series(
            .level,
            [
                observation("2025-03-27", 11000, source: "JCS"),
                observation("2025-03-27", 11500, source: "JCS", reported: "2025-04-10"),
                observation("2025-03-27", 10500, source: "JCS", reported: "2025-04-02"),
            ])
        #expect(try run(s).points.values == [11500])
        #expect(try run(s) { $0.asOf = day("2025-04-05") }.points.values == [10500])
        #expect(try run(s) { $0.asOf = day("2025-03-30") }.points.values == [11000])
        #expect(try run(s) { $0.asOf = day("2025-03-26") }.points.isEmpty)
    }

    @Test func aSpanDatedCountSplitsAcrossMonthsInProportionToItsDays() throws {
        let s = series(.count, [observation("2025-01/2025-02", 3000, source: "JCS")])
        let p = try run(s) { $0.every = .month }.points
        #expect(p.dates.map(\.description) == ["2025-01", "2025-02"])
        #expect(close(p.values[0], 3000.0 * 31 / 59) && close(p.values[1], 3000.0 * 28 / 59))
        #expect(close(try run(s) { $0.every = .quarter }.points.values[0], 3000))
    }

    @Test func aPeriodTheDataCoversInPartIsMarkedIncomplete() throws {
        let first = day("2025-01-15")
        let s = series(.count, (0..<45).map { Observation(date: ObservationDate(first + $0), value: 1) })
        let p = try run(s) { $0.every = .month }.points
        #expect(p.values == [17, 28])
        #expect(p.complete == [false, true])
        #expect(try run(series(.count, [observation("2025-01/2025-02", 3000)])) { $0.every = .month }.points.complete.isEmpty)
    }

    @Test func aLevelDatedWithAPeriodSitsAtItsMiddle() throws {
        let s = series(.level, [observation("2025-01", 100), observation("2025-03", 300)])
        let p = try run(s) {
            $0.at = [day("2025-01-16"), day("2025-02-14")]; $0.interpolate = .linear
        }.points
        // January's middle is the 16th; March's is the 16th; 2025-02-14 is halfway between (29 of 59 days).
        #expect(p.values[0] == 100)
        #expect(close(p.values[1], 100 + 200 * 29 / 59))
        #expect(p.observed == [true, false])
    }

    @Test func onePointAndNoPoints() throws {
        let one = series(.cumulative, [observation("2025-03-27", 42)])
        #expect(try run(one).points.values == [42])
        #expect(try run(one) { $0.diff = true }.points.isEmpty)
        #expect(try run(one) { $0.every = .month }.points.isEmpty)
        #expect(try run(one) { $0.at = [day("2025-03-27"), day("2025-03-28")] }.points.values == [42])
        let none = series(.level, [])
        #expect(try run(none) { $0.rolling = 7 }.points.isEmpty)
        #expect(try run(none) { $0.every = .year }.points.isEmpty)
        #expect(throws: AnalysisError.self) { try Trend.fit(.linear, to: try run(one).points) }
    }

    @Test func duplicateRowsForOneDateAndSourceTakeTheLaterRow() throws {
        let s = series(.count, [observation("2025-03-27", 40, source: "UA"), observation("2025-03-27", 42, source: "UA")])
        #expect(try run(s).points.values == [42])
    }

    @Test func aSeriesDefaultSourceCounts() throws {
        let s = series(.level, [observation("2025-01-01", 1), observation("2025-01-01", 3, source: "Other")], source: "Default")
        let p = try run(s).points
        #expect(p.values == [2])
        #expect(p.sources(0) == ["Default", "Other"])
    }

    @Test func negativeDifferencesOfACumulativeSeriesAreKeptAndReported() throws {
        let s = series(
            .cumulative, [observation("2025-01-01", 10), observation("2025-01-02", 15), observation("2025-01-04", 12)])
        let result = try run(s) { $0.diff = true }
        #expect(result.points.values == [5, -3])
        #expect(result.points.dates.map(\.description) == ["2025-01-02", "2025-01-03/2025-01-04"])
        #expect(
            result.warnings.map(\.message) == [
                "the total falls by 3 on 2025-01-03/2025-01-04: a revision by the publisher, kept as a negative count"
            ])
    }

    @Test func cumulativeAddsUpCounts() throws {
        let s = series(.count, [observation("2025-01-01", 2), observation("2025-01-02", 3), observation("2025-01-05", 5)])
        let p = try run(s) { $0.cumulative = true }.points
        #expect(p.values == [2, 5, 10])
        #expect(p.kind == .cumulative)
    }

    @Test func rollingCountsAreMeansPerDayWithData() throws {
        // 2025-01-01..03 daily, then a 2-day span: the window of 4 days ending 01-05 has 4 covered days.
        let s = series(
            .count,
            [
                observation("2025-01-01", 4), observation("2025-01-02", 8), observation("2025-01-03", 6),
                observation("2025-01-04/2025-01-05", 10),
            ])
        let p = try run(s) { $0.rolling = 4 }.points
        #expect(p.dates.map(\.description) == ["2025-01-05"])
        #expect(p.values == [(8 + 6 + 10) / 4.0])
    }

    @Test func endTakesTheValueAtEachPeriodsLastDay() throws {
        let s = series(
            .cumulative, [observation("2025-01-15", 100), observation("2025-02-14", 400), observation("2025-03-31", 500)])
        let p = try run(s) {
            $0.every = .month; $0.interpolate = .linear
        }.points
        // 31 January is 16 of the 30 days from 15 January to 14 February.
        #expect(p.dates.map(\.description) == ["2025-01", "2025-02", "2025-03"])
        #expect(close(p.values[0], 100 + 300 * 16 / 30))
        #expect(close(p.values[1], 400 + 100 * 14 / 45))
        #expect(p.values[2] == 500)
        // The other statistics take the points in each period.
        #expect(
            try run(s) {
                $0.every = .month; $0.stat = .count
            }.points.values == [1, 1, 1])
        #expect(
            try run(s) {
                $0.every = .quarter; $0.stat = .median
            }.points.values == [400])
    }

    @Test func periodsPrintInTheirOwnForm() throws {
        let s = series(.count, [observation("2025-03-27", 42)])
        for (unit, label) in [
            (PeriodUnit.day, "2025-03-27"), (.week, "2025-W13"), (.month, "2025-03"), (.quarter, "2025-Q1"), (.year, "2025"),
        ] {
            #expect(try run(s) { $0.every = unit }.points.dates.map(\.description) == [label])
        }
    }

    @Test func boundsAreInterpolatedLikeValues() throws {
        let s = series(
            .level, [observation("2025-01-01", 10, low: 8, high: 12), observation("2025-01-11", 20, low: 15, high: 30)])
        let p = try run(s) {
            $0.at = [day("2025-01-06")]; $0.interpolate = .linear
        }.points
        #expect(p.values == [15] && p.lows == [11.5] && p.highs == [21])
    }

    @Test(arguments: [
        (
            { @Sendable (o: inout QueryOptions) in o.diff = true }, SeriesKind.count,
            "--diff turns a level or cumulative series into counts; 's' is already a count"
        ),
        (
            { @Sendable (o: inout QueryOptions) in o.cumulative = true }, .level,
            "--cumulative adds up counts; 's' is a level series (use --diff to get its counts)"
        ),
        (
            { @Sendable (o: inout QueryOptions) in
                o.every = .month; o.stat = .end
            }, .count,
            "--stat end takes the value at each period's end, which a count does not have; use sum, or --cumulative first"
        ),
        (
            { @Sendable (o: inout QueryOptions) in o.at = [day("2025-01-01")] }, .count,
            "--at interpolates between points, which counts over periods are not; use --every or --cumulative first"
        ),
        ({ @Sendable (o: inout QueryOptions) in o.stat = .sum }, .count, "--stat needs --every"),
        ({ @Sendable (o: inout QueryOptions) in o.rolling = 0 }, .count, "--rolling must be 1 to 3660 days"),
    ])
    func optionsThatMakeNoSenseForTheKind(
        _ configure: @Sendable (inout QueryOptions) -> Void, _ kind: SeriesKind, _ message: String
    ) {
        #expect {
            try run(series(kind, [observation("2025-01-01", 1), observation("2025-01-02", 2)]), configure)
        } throws: { error in
            let e = error as? AnalysisError
            return e?.kind == .usage && e?.message(.option) == message
        }
    }
}
