import ReckonModel
import ReckonTestSupport
import Testing

@testable import ReckonAnalysis

/// Sums of counts read straight from one-a-day points (`Aggregation.sumOfDailyCounts`) are the sums
/// the general way makes by spreading every point over its days (`sumOfSpreadCounts`), bit for bit,
/// and any other points are left to the general way.
struct DailySumsTests {
    /// `count` single-day counts from 1999-12-20 on, days apart by 1 to `maxStep` (so that some periods
    /// are complete and some are not), with negative values, zeros and minus zeros among them; seeded.
    static func dailyCounts(count: Int, maxStep: Int, seed: UInt64) -> Points {
        var random = SeededGenerator(seed: seed)
        var b = Points.Builder(kind: .count)
        var day = Day(year: 1999, month: 12, day: 20)!
        for _ in 0..<count {
            let value: Double
            switch random.next() % 8 {
            case 0: value = -0.0
            case 1: value = 0
            case 2: value = -Double(random.next() % 1000) / 7
            default: value = Double(random.next() % 100_000) / 100
            }
            b.append(date: ObservationDate(day), value: value)
            day = day + Int(1 + random.next() % UInt64(maxStep))
        }
        return b.build()
    }

    /// Equal points, with each value's bits equal too (`==` takes -0.0 for 0.0).
    static func same(_ a: Points, _ b: Points) -> Bool {
        a == b && a.values.map(\.bitPattern) == b.values.map(\.bitPattern)
    }

    @Test(arguments: [PeriodUnit.day, .week, .month, .quarter, .year])
    func oneCountADayIsSummedAsTheGeneralWaySumsIt(_ unit: PeriodUnit) throws {
        for (seed, maxStep) in [(1, 1), (2, 2), (3, 5), (4, 40), (5, 400)] as [(UInt64, Int)] {
            let p = Self.dailyCounts(count: 700, maxStep: maxStep, seed: seed)
            let direct = try #require(Aggregation.sumOfDailyCounts(p, unit: unit, kind: .count, onTwoThreads: false))
            let spread = Aggregation.sumOfSpreadCounts(p, unit: unit, kind: .count)
            #expect(Self.same(direct, spread), "seed \(seed), steps up to \(maxStep), \(unit)")
            #expect(direct.invariantViolations.isEmpty)
        }
    }

    @Test func noPointsSumToNoPeriods() throws {
        let sums = try #require(
            Aggregation.sumOfDailyCounts(Points(kind: .count), unit: .week, kind: .count, onTwoThreads: false))
        #expect(sums.isEmpty)
    }

    @Test func aCompleteAndAnIncompleteMonthAreTold() throws {
        // Every day of January, then two days of February.
        var b = Points.Builder(kind: .count)
        let first = Day(year: 2025, month: 1, day: 1)!
        for i in 0..<33 { b.append(date: ObservationDate(first + i), value: 1) }
        let sums = try #require(Aggregation.sumOfDailyCounts(b.build(), unit: .month, kind: .count, onTwoThreads: false))
        #expect(sums.dates.map(\.description) == ["2025-01", "2025-02"])
        #expect(sums.values == [31, 2])
        #expect(sums.complete == [true, false])
    }

    /// A count over several days, a week's count, or days out of order or repeated are not one count a
    /// day: the general way sums them.
    @Test(arguments: ["span", "week", "unsorted", "repeated"])
    func otherCountsAreLeftToTheGeneralWay(_ shape: String) {
        let first = Day(year: 2025, month: 3, day: 1)!
        var dates = (0..<10).map { ObservationDate(first + $0) }
        switch shape {
        case "span": dates[4] = ObservationDate(from: Period(first + 4), to: Period(first + 5))!
        case "week": dates[9] = ObservationDate(Period.containing(first + 14, unit: .week))
        case "unsorted": dates.swapAt(2, 3)
        default: dates[6] = dates[5]
        }
        let p = Points.Builder(kind: .count, dates: dates, values: dates.map { _ in 2 }).build()
        #expect(Aggregation.sumOfDailyCounts(p, unit: .month, kind: .count, onTwoThreads: false) == nil)
    }

    /// Summed in two halves at once, split where a period starts, a long series gives the one pass's
    /// sums bit for bit, for every unit; a point that is not one day after the one before, in either
    /// half, leaves the series to the general way either way.
    @Test(
        .enabled(if: TwoThreads.available, "the halves are split where two processors are active"),
        arguments: [PeriodUnit.day, .week, .month, .quarter, .year])
    func twoHalvesSumAsOnePass(_ unit: PeriodUnit) throws {
        let p = Self.dailyCounts(count: 100_001, maxStep: 3, seed: 11)
        let one = try #require(Aggregation.sumOfDailyCounts(p, unit: unit, kind: .count, onTwoThreads: false))
        let two = try #require(Aggregation.sumOfDailyCounts(p, unit: unit, kind: .count, onTwoThreads: true))
        #expect(Self.same(two, one), "\(unit)")
        for at in [10, 80_000] {
            var dates = p.dates
            dates[at] = ObservationDate(from: Period(dates[at].first), to: Period(dates[at].first + 1))!
            let broken = Points.Builder(kind: .count, dates: dates, values: p.values).build()
            #expect(
                Aggregation.sumOfDailyCounts(broken, unit: unit, kind: .count, onTwoThreads: true) == nil, "\(unit), at \(at)")
        }
    }

    /// A series may be split only where a period starts: at the first point whose period is not the
    /// point before's; nowhere when the rest are in one period.
    @Test func aSplitFallsWhereAPeriodStarts() {
        let first = Day(year: 2025, month: 1, day: 30)!
        let dates = (0..<10).map { ObservationDate(first + $0) }
        let day = { (i: Int) in dates[i].first.ordinal }
        #expect(Aggregation.periodStart(dates.count, day, unit: .month, from: 1) == 2)  // 1 February
        #expect(Aggregation.periodStart(dates.count, day, unit: .month, from: 3) == nil)
        #expect(Aggregation.periodStart(dates.count, day, unit: .day, from: 5) == 5)
        #expect(Aggregation.periodStart(dates.count, day, unit: .year, from: 0) == nil)
    }

    /// A tally's differences summed by period straight from its values (`Aggregation.sumsOfDailyDifferences`)
    /// are the differences (`Differencing.diff`) summed by `every`, bit for bit, with their sources
    /// credited; points that are not one a day on consecutive days, and a cumulative tally that falls, are
    /// left to those steps (nil).
    @Test(arguments: [PeriodUnit.week, .month, .year])
    func aTallysDifferencesAreSummedAsTheStepsSumThem(_ unit: PeriodUnit) throws {
        var random = SeededGenerator(seed: 29)
        for k in 0..<60 {
            let kind: SeriesKind = k % 2 == 0 ? .cumulative : .level
            let count = k < 4 ? 2 * TwoThreads.indicesForTwoThreads + 7 : Int.random(in: 0..<400, using: &random)
            let gapAt = k % 5 == 1 ? Int.random(in: 0..<max(1, count), using: &random) : -1
            let fallAt = k % 7 == 2 ? Int.random(in: 0..<max(1, count), using: &random) : -1
            var b = Points.Builder(kind: kind, sourceSets: k % 3 == 0 ? nil : [["General Staff"], ["Air Force"]])
            var day = Day(year: 1999, month: 12, day: 20)!
            var total = 0.0
            for i in 0..<count {
                total += i == fallAt ? -3.5 : Double(Int.random(in: 0...900, using: &random)) / 4
                let date =
                    i == gapAt && k % 10 == 1 ? ObservationDate(Period.containing(day, unit: .month)) : ObservationDate(day)
                b.append(date: date, value: total, sourceSet: k % 3 == 0 ? nil : (i % 4 == 0 ? 1 : 0))
                day = day + (i == gapAt ? 3 : 1)
            }
            let p = b.build()
            let (differences, warnings) = Differencing.diff(p)
            let stepByStep = try Aggregation.every(differences, unit: unit, stat: .sum, onTwoThreads: false) {
                Query.interpolator(differences, QueryOptions())
            }
            let direct = Aggregation.sumsOfDailyDifferences(p, unit: unit, onTwoThreads: false)
            let inHalves = Aggregation.sumsOfDailyDifferences(p, unit: unit, onTwoThreads: true)
            let gap = gapAt >= 0 && (k % 10 == 1 || gapAt < count - 1)
            let expectNone = count < 2 || gap || (kind == .cumulative && fallAt > 0)
            #expect((direct == nil) == expectNone, "case \(k): \(count) points, gap at \(gapAt), fall at \(fallAt)")
            #expect((inHalves == nil) == expectNone, "case \(k), in halves")
            if let direct, let inHalves {
                #expect(Self.same(direct, stepByStep) && Self.same(inHalves, stepByStep), "case \(k)")
                #expect(direct.sourceSets == stepByStep.sourceSets && direct.sourceIndex == stepByStep.sourceIndex)
                #expect(warnings.isEmpty)
            }
        }
    }
}
