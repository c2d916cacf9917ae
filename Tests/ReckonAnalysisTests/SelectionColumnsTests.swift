import ReckonModel
import ReckonTestSupport
import Testing

@testable import ReckonAnalysis

/// A series whose kept rows are in order, one a point, each with a value, becomes points straight from
/// its columns (`Selection.columnPoints`); every other series a row at a time (`Selection.builtPoints`).
/// The two give the same points wherever the first applies, on random series and options.
struct SelectionColumnsTests {
    /// Random daily or monthly rows, mostly in order, from a few sources (or none), some with bounds,
    /// qualifiers and reported days; sometimes out of order or two on one date.
    static func randomSeries(_ g: inout SeededGenerator) -> Series {
        let kind = SeriesKind.allCases.randomElement(using: &g)!
        let monthly = Int.random(in: 0..<4, using: &g) == 0
        let sources: [String?] = [[nil], ["A"], ["A", "B"], [nil, "A"]].randomElement(using: &g)!
        var observations: [Observation] = []
        var day = Day(year: 2024, month: 1, day: 1)!
        for _ in 0..<Int.random(in: 0..<30, using: &g) {
            switch Int.random(in: 0..<12, using: &g) {
            case 0: day = day - Int.random(in: 1...5, using: &g)
            case 1: break
            default: day = day + (monthly ? 31 : 1)
            }
            let date = monthly ? ObservationDate(Period.containing(day, unit: .month)) : ObservationDate(day)
            let value = Double(Int.random(in: 0...100, using: &g))
            let bounded = Int.random(in: 0..<5, using: &g) == 0
            observations.append(
                Observation(
                    date: date, value: Int.random(in: 0..<15, using: &g) == 0 && bounded ? nil : value,
                    low: bounded ? value - 5 : nil, high: bounded && Bool.random(using: &g) ? value + 5 : nil,
                    qualifier: Int.random(in: 0..<4, using: &g) == 0 ? .about : nil, source: sources.randomElement(using: &g)!,
                    reported: Int.random(in: 0..<4, using: &g) == 0 ? date.last + Int.random(in: 0...20, using: &g) : nil))
        }
        let defaultSource = Bool.random(using: &g) ? "A" : nil
        return Series(
            id: try! SeriesID("s"), metadata: SeriesMetadata(kind: kind, source: defaultSource), observations: observations)
    }

    static func randomOptions(_ g: inout SeededGenerator) -> QueryOptions {
        var options = QueryOptions()
        let start = Day(year: 2024, month: 1, day: 1)!
        if Int.random(in: 0..<4, using: &g) == 0 { options.from = start + Int.random(in: 0...10, using: &g) }
        if Int.random(in: 0..<4, using: &g) == 0 { options.to = start + Int.random(in: 5...30, using: &g) }
        if Int.random(in: 0..<4, using: &g) == 0 { options.asOf = start + Int.random(in: 0...30, using: &g) }
        if Int.random(in: 0..<4, using: &g) == 0 { options.source = ["A", "B", ""].randomElement(using: &g)! }
        return options
    }

    /// Points compared field by field, a missing bound (`.nan`) equal to a missing bound.
    static func same(_ a: Points, _ b: Points) -> Bool {
        func bounds(_ x: [Double]) -> [Double?] { x.map { $0.isNaN ? nil : $0 } }
        return a.kind == b.kind && a.dates == b.dates && a.values == b.values && bounds(a.lows) == bounds(b.lows)
            && bounds(a.highs) == bounds(b.highs) && a.qualifiers == b.qualifiers && a.sourceIndex == b.sourceIndex
            && a.sourceSets == b.sourceSets && a.observed == b.observed && a.rangeOnly == b.rangeOnly && a.complete == b.complete
    }

    @Test func columnsGiveWhatRowsGive() {
        var g = SeededGenerator()
        var fromColumns = 0
        for _ in 0..<5000 {
            let series = Self.randomSeries(&g)
            let options = Self.randomOptions(&g)
            let kind = series.metadata.effectiveKind
            let scan = Selection.Scan(
                series.observations, defaultSource: series.metadata.source, options: options, kind: kind, onTwoThreads: false)
            guard scan.oneRowAPoint else { continue }
            let columns = Selection.columnPoints(
                series.observations, kept: scan.kept, kind: kind, defaultSource: series.metadata.source)
            let rows = Selection.builtPoints(
                series.observations, kept: scan.kept, sorted: true, kind: kind, options: options,
                defaultSource: series.metadata.source)
            #expect(Self.same(columns, rows), "\(series.observations.map { $0 }) \(options)")
            if !columns.isEmpty { fromColumns += 1 }
        }
        // Most random series qualify, with and without filters; the comparison is not vacuous.
        #expect(fromColumns > 500)
    }

    /// A scan with no filter looks only at the rows' order and values (`Scan.orderAndValues`); it finds what
    /// the scan's general loop finds when a filter that keeps every row sends it there.
    @Test func theUnfilteredScanFindsWhatTheGeneralLoopFinds() {
        var g = SeededGenerator(seed: 7)
        for _ in 0..<5000 {
            let series = Self.randomSeries(&g)
            let kind = series.metadata.effectiveKind
            var everything = QueryOptions()
            everything.from = Day(ordinal: -1_000_000)
            let general = Selection.Scan(
                series.observations, defaultSource: nil, options: everything, kind: kind, onTwoThreads: false)
            let unfiltered = Selection.Scan(
                series.observations, defaultSource: nil, options: QueryOptions(), kind: kind, onTwoThreads: false)
            #expect(unfiltered.kept == nil && general.kept == nil)
            #expect(unfiltered.keptCount == general.keptCount)
            #expect(unfiltered.sorted == general.sorted)
            #expect(unfiltered.oneRowAPoint == general.oneRowAPoint)
        }
    }

    /// The scan keeps exactly the rows the filters pass, and sees order, repeats and ranges.
    @Test func theScanSeesOrderRepeatsAndRanges() {
        let a = Observation(date: ObservationDate(Day(year: 2024, month: 1, day: 1)!), value: 1, source: "A")
        let b = Observation(date: ObservationDate(Day(year: 2024, month: 1, day: 2)!), value: 2, source: "B")
        func scan(_ rows: [Observation], _ configure: (inout QueryOptions) -> Void = { _ in }) -> Selection.Scan {
            var options = QueryOptions()
            configure(&options)
            return Selection.Scan(Observations(rows), defaultSource: nil, options: options, kind: .level, onTwoThreads: false)
        }
        #expect(scan([a, b]).oneRowAPoint && scan([a, b]).kept == nil && scan([a, b]).keptCount == 2)
        #expect(!scan([b, a]).sorted && !scan([b, a]).oneRowAPoint)
        #expect(scan([a, a]).sorted && !scan([a, a]).oneRowAPoint)
        #expect(!scan([a, Observation(date: b.date, low: 1, high: 3)]).oneRowAPoint)
        let onlyB = scan([a, b, a]) { $0.source = "B" }
        #expect(onlyB.kept == [1] && onlyB.sourceNamed && onlyB.oneRowAPoint)
        #expect(!scan([a]) { $0.source = "C" }.sourceNamed)
    }

    /// The order check of a long series kept whole is worked in two halves at once with `onTwoThreads`;
    /// it finds what one pass finds wherever the one row out of place, the repeated day, the range or
    /// the year among days sits: on either side of the split, or at it.
    @Test(
        .enabled(if: TwoThreads.available, "the halves are split where two processors are active"),
        arguments: [1, 2, 50_000, 50_001, 50_002, 100_000])
    func theOrderCheckInTwoHalvesFindsWhatOnePassFinds(_ at: Int) throws {
        // 100,001 rows: rows 1 to 100,000 are the checked range, split at row 50,001.
        let start = Day(year: 1990, month: 1, day: 1)!
        let rows = (0...100_000).map { i in Observation(date: ObservationDate(start + i), value: Double(i)) }
        let year = ObservationDate(Period(unit: .year, first: start))
        let changes: [(inout [Observation], Int) -> Void] = [
            { rows, i in rows.swapAt(i - 1, i) },
            { rows, i in rows[i].date = rows[i - 1].date },
            { rows, i in rows[i] = Observation(date: rows[i].date, low: 1, high: 2) },
            { rows, i in rows[i].date = year },
        ]
        for (k, change) in changes.enumerated() {
            var changed = rows
            change(&changed, at)
            let obs = Observations(changed)
            for kind in SeriesKind.allCases {
                let one = Selection.Scan.orderAndValues(obs, kind: kind, onTwoThreads: false)
                let two = Selection.Scan.orderAndValues(obs, kind: kind, onTwoThreads: true)
                #expect(two == one, "change \(k) at \(at), \(kind)")
                #expect(one != (true, true, true), "change \(k) at \(at), \(kind) is found at all")
            }
        }
        // Rows appended in order are known to be (`Observations.daysInOrderWithValues`); the same rows after a
        // change that forgets it are looked at, in halves.
        #expect(Selection.Scan.orderAndValues(Observations(rows), kind: .level, onTwoThreads: true) == (true, true, true))
        var forgotten = Observations(rows)
        forgotten[0] = forgotten[0]
        #expect(!forgotten.daysInOrderWithValues)
        #expect(Selection.Scan.orderAndValues(forgotten, kind: .level, onTwoThreads: true) == (true, true, true))
    }
}
