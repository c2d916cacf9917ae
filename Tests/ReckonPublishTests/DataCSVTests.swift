import ReckonAnalysis
import ReckonChart
import ReckonModel
import Testing

@testable import ReckonPublish

/// A chart's data download carries no more digits than its data supports.
struct DataCSVTests {
    /// A running total in the millions, growing by 1, 2, 2, 3, 1, 2 and 4 a week: whole numbers.
    static let increments: [Double] = [1, 2, 2, 3, 1, 2, 4]

    static func total() throws -> Series {
        var value = 1_546_000.0
        let observations = (0..<70).map { k -> Observation in
            value += increments[k % 7]
            let day = Day(year: 2025, month: 1, day: 1)!.shifted(by: k)
            return Observation(date: ObservationDate(day), value: value, source: "Tally")
        }
        return Series(
            id: try SeriesID("total"), metadata: SeriesMetadata(title: "Total", unit: "drones", kind: .cumulative),
            observations: observations)
    }

    /// The rows of `spec`'s data download drawn from `series`, by layer label: date, value, low, high
    /// and status.
    static func rows(_ spec: ChartSpec, _ series: [Series]) throws -> [String: [[String]]] {
        let output = try ChartBuilder(measure: FixedMetrics(), configPath: nil).build(spec, series: series)
        let lines = String(decoding: DataCSV.write(output), as: UTF8.self).split(separator: "\n").dropFirst()
        var rows: [String: [[String]]] = [:]
        for line in lines {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            rows[fields[0], default: []].append([fields[2], fields[3], fields[4], fields[5], fields[8]])
        }
        return rows
    }

    @Test func wholeNumbersStayWholeAndComputedNumbersKeepFourDigits() throws {
        var diff = QueryOptions(), mean = QueryOptions()
        diff.diff = true
        mean.diff = true
        mean.rolling = 7
        let series = try Self.total()
        let spec = ChartSpec(
            id: "c", title: "Downed",
            layers: [
                LayerSpec(series.id, mark: .bar, label: "Daily", query: diff),
                LayerSpec(series.id, label: "Mean", query: mean),
                LayerSpec(series.id, label: "Total"),
                LayerSpec(series.id, label: "Projection", trend: .drift, project: CalendarSpan(count: 90, unit: .d)),
            ])
        let rows = try Self.rows(spec, [series])
        // Differences of whole numbers are whole: each day's increment, as it was added.
        let daily = try #require(rows["Daily"])
        #expect(daily.count == 69)
        for (k, row) in daily.enumerated() { #expect(row[1] == String(Int(Self.increments[(k + 1) % 7]))) }
        // The totals as recorded, all seven digits.
        #expect(rows["Total"]?.first?[1] == "1546001" && rows["Total"]?.last?[1] == "1546150")
        // A week's mean of the increments is always 15/7 = 2.142857…: four significant digits.
        let means = try #require(rows["Mean"]).map { $0[1] }
        #expect(!means.isEmpty && means.allSatisfy { $0 == "2.143" }, "\(Set(means))")
        // A projection of the total (90 days at its mean daily change, 149 over 69 days) keeps the
        // total's whole units, and so does its interval.
        let trend = try #require(rows.first { $0.key.hasPrefix("Projection") }?.value)
        let projected = try #require(trend.first { $0[4] == "projected" })
        let value = try #require(Double(projected[1]))
        #expect(!projected[1].contains(".") && abs(value - (1_546_150 + 90 * 149.0 / 69)) <= 0.5, "\(projected)")
        #expect(projected[2...3].allSatisfy { !$0.contains(".") }, "\(projected)")
    }

    @Test func recordedDecimalsAreKeptAndNoiseIsLeftOut() throws {
        let values = [0.1, 0.3, 0.35, 3.25, 3.5, 4.75]
        let observations = values.enumerated().map { k, v in
            Observation(date: ObservationDate(Day(year: 2025, month: 3, day: 1 + k)!), value: v)
        }
        let series = Series(
            id: try SeriesID("share"), metadata: SeriesMetadata(title: "Share", kind: .level), observations: observations)
        var diff = QueryOptions(), mean = QueryOptions()
        diff.diff = true
        mean.rolling = 3
        let spec = ChartSpec(
            id: "c",
            layers: [
                LayerSpec(series.id, label: "Level"), LayerSpec(series.id, label: "Change", query: diff),
                LayerSpec(series.id, label: "Mean", query: mean),
            ])
        let rows = try Self.rows(spec, [series])
        #expect(rows["Level"]?.map { $0[1] } == ["0.1", "0.3", "0.35", "3.25", "3.5", "4.75"])
        // 0.3 - 0.1 is 0.19999999999999998 in binary arithmetic; the data says 0.2.
        #expect(rows["Change"]?.map { $0[1] } == ["0.2", "0.05", "2.9", "0.25", "1.25"])
        // (0.1 + 0.3 + 0.35) / 3 = 0.25 exactly; (3.25 + 3.5 + 4.75) / 3 = 3.8333…
        #expect(rows["Mean"]?.map { $0[1] } == ["0.25", "1.3", "2.367", "3.833"])
    }

    /// A series' decimals are the most any of its values, lows and highs has as written.
    @Test func theSeriesDecimalsAreTheMostItsNumbersHave() throws {
        func decimals(_ numbers: [(Double?, Double?, Double?)]) throws -> Int {
            let observations = numbers.enumerated().map { k, n in
                Observation(date: ObservationDate(Day(year: 2025, month: 3, day: 1 + k)!), value: n.0, low: n.1, high: n.2)
            }
            let series = Series(
                id: try SeriesID("s"), metadata: SeriesMetadata(title: "S", kind: .level), observations: observations)
            let output = try ChartBuilder(measure: FixedMetrics(), configPath: nil).build(
                ChartSpec(id: "c", layers: [LayerSpec(series.id)]), series: [series])
            return try #require(output.data.first).decimals
        }
        #expect(try decimals([(1_546_000, nil, nil), (1_546_001, nil, nil)]) == 0)
        #expect(try decimals([(1.5, nil, nil), (2.25, nil, nil), (1_000_000, nil, nil)]) == 2)
        #expect(try decimals([(1.5, nil, nil), (nil, 1.125, 2), (3, nil, nil)]) == 3)
        #expect(try decimals([(0.1, nil, nil), (1e-7, nil, nil)]) == 7)
        // The count carries from column to column: 36604.3 does not read as a number of 11 decimals, so
        // after a value of 11 it takes 12 (counted alone, a low would take 1).
        #expect(try decimals([(0.12345678901, nil, nil), (nil, 36604.3, 36610)]) == 12)
    }

    /// The rule itself: the series' decimals hold a number or four significant digits do, never
    /// fewer decimals than the series records.
    @Test(arguments: [
        (0, 1_546_318.7763702855, 1_546_319.0), (0, 101.28571428571429, 101.3), (0, 0.0027397260273972603, 0.00274),
        (0, 41.99999999999999, 42), (2, 1_234_567.891, 1_234_567.89), (2, 0.30000000000000004, 0.3),
        (2, 3.8333333333333335, 3.833), (0, -12.3456, -12.35), (1, 999.96, 1000),
    ])
    func digitsTheDataSupports(_ decimals: Int, _ value: Double, _ expected: Double) {
        #expect(DataPrecision(decimals: decimals).rounded(value) == expected)
    }
}
