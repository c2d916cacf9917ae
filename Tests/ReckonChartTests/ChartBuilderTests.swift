import ReckonAnalysis
import ReckonChart
import ReckonModel
import Testing

struct ChartBuilderTests {
    /// The troop estimates: the whole scene as text, with fixed metrics.
    @Test func troopChartSnapshot() throws {
        let spec = try #require(try Sample.charts().first { $0.id == "nk-troops" })
        try assertSnapshot(try Sample.build(spec).scene.dump(), named: "nk-troops")
    }

    @Test func monthlyBarsSnapshot() throws {
        var spec = try #require(try Sample.charts().first { $0.id == "drones-monthly" })
        spec.width = 640
        spec.height = 360
        try assertSnapshot(try Sample.build(spec).scene.dump(), named: "drones-monthly-640")
    }

    /// Every sample chart at the sizes people use: no two labels overlap, none leaves the canvas.
    @Test(arguments: [(320, 240), (600, 338), (800, 450), (1200, 675), (2400, 1350)])
    func textNeverOverlapsOrLeavesTheCanvas(_ width: Int, _ height: Int) throws {
        for var spec in try Sample.charts() {
            spec.width = width
            spec.height = height
            let scene = try Sample.build(spec).scene
            #expect(layoutProblems(scene) == [], "\(spec.id) at \(width)x\(height)")
        }
    }

    @Test func altTextDescribesTheData() throws {
        let specs = try Sample.charts()
        let troops = try Sample.build(try #require(specs.first { $0.id == "nk-troops" })).scene
        #expect(
            troops.description
                == "Chart: North Korean troops in Russia, Median of the sources, from about 10,000 (28 Oct 2024) to about 11,000 (27 Mar 2025); highest 11,000 (4 Nov 2024); lowest about 8,000 (31 Oct 2024). US Department of Defense, about 10,000 (28 Oct 2024). United States, about 8,000 (31 Oct 2024). Ukrainian intelligence, 11,000 (4 Nov 2024). US, Ukrainian and South Korean intelligence, 11,000–12,000 (23 Dec 2024). South Korea Joint Chiefs of Staff, about 11,000 (27 Mar 2025). Sent in January and February 2025, at least 3,000 (Jan–Feb 2025). Latest data: 27 Mar 2025. Source: US Department of Defense; United States; Ukrainian intelligence; US, Ukrainian and South Korean intelligence; South Korea Joint Chiefs of Staff."
        )
        // The chart's compact format, with three significant digits; part months (the data starts on 25 February
        // 2022 and ends on 8 August 2026) are said to be incomplete.
        let monthly = try Sample.build(try #require(specs.first { $0.id == "drones-monthly" })).scene
        #expect(
            monthly.description.hasPrefix(
                "Bar chart: Russian drones downed per month, from 3 (Feb 2022, incomplete) to 13.9k (Aug 2026, incomplete); highest 60.8k (Jun 2026). Latest data: 8 Aug 2026."
            ))
    }

    /// A line with more points than pixel columns is reduced before drawing.
    @Test func longLinesAreReducedToThePixelColumns() throws {
        let days = 200_000
        let start = Day(year: 1500, month: 1, day: 1)!
        let series = Series(
            id: try SeriesID("long"), metadata: SeriesMetadata(kind: .level),
            observations: (0..<days).map { Observation(date: ObservationDate(start + $0), value: Double($0 % 977)) })
        var spec = ChartSpec(id: "long")
        spec.width = 800
        spec.height = 400
        spec.layers = [LayerSpec(series: try SeriesID("long"))]
        let scene = try ChartBuilder(measure: FixedMetrics()).build(spec) { _ throws(ReckonError) in series }.scene
        var vertices = 0
        func count(_ items: [SceneItem]) {
            for item in items {
                switch item {
                case .path(let p): vertices += p.elements.count
                case .group(let id, _, let inner) where id.hasPrefix("layer"): count(inner)
                default: break
                }
            }
        }
        count(scene.items)
        #expect(vertices > 100 && vertices <= 4 * 800)
    }

    @Test func aMissingSeriesIsAnError() {
        var spec = ChartSpec(id: "x")
        spec.layers = [LayerSpec(series: try! SeriesID("gone"))]
        #expect(throws: ChartError.self) {
            try ChartBuilder(measure: FixedMetrics()).build(spec) { id throws(ReckonError) in
                throw ReckonError(.missingInput, file: "Series/\(id).csv", "no series")
            }
        }
    }
}

/// Bars narrower than a pixel are drawn a pixel column at a time, covering the same pixels.
struct ThinBarTests {
    @Test func barsNarrowerThanAPixelAreDrawnPerColumn() throws {
        let start = Day(year: 2000, month: 1, day: 1)!
        let values = (0..<20_000).map { Double(($0 * 7_919) % 1_000) }
        let series = Series(
            id: try SeriesID("thin"), metadata: SeriesMetadata(kind: .count),
            observations: values.enumerated().map { Observation(date: ObservationDate(start + $0.offset), value: $0.element) })
        var spec = ChartSpec(id: "thin")
        spec.width = 800
        spec.height = 400
        var layer = LayerSpec(series: try SeriesID("thin"))
        layer.mark = .bar
        spec.layers = [layer]
        let scene = try ChartBuilder(measure: FixedMetrics()).build(spec) { _ throws(ReckonError) in series }.scene
        let bars = scene.marks.filter { $0.kind == .bar }
        #expect(bars.count <= 800 && bars.count > 500)
        // Whole pixel columns, side by side, none standing for one observation.
        #expect(bars.allSatisfy { $0.box.width == 1 && $0.box.x == $0.box.x.rounded() && $0.date == nil })
        #expect(Set(bars.map(\.box.x)).count == bars.count)
        // The tallest bar (999) reaches the height it would alone: 99.9% of the way from the 0 tick to 1,000.
        let top = try #require(bars.map(\.box.y).min())
        let ticks = scene.texts.filter { $0.role == .tickY }
        let zero = try #require(ticks.first { $0.text == "0" }), thousand = try #require(ticks.first { $0.text == "1,000" })
        let (y0, y1) = (zero.box.y + zero.box.height / 2, thousand.box.y + thousand.box.height / 2)
        #expect(abs(top - (y0 + (y1 - y0) * 0.999)) < 0.01)
    }
}

/// A day on the time axis is never shown without its month: a first tick whose month label gave way to
/// the next month's loses its label too.
struct FirstTickTests {
    @Test(arguments: [600, 1200, 2400])
    func noDayNumberStandsLeftOfItsMonth(_ width: Int) throws {
        for var spec in try Sample.charts() {
            spec.width = width
            spec.height = width * 9 / 16
            let ticks = try Sample.build(spec).scene.texts.filter { $0.role == .tickX }
            guard let firstRow = ticks.map(\.origin.y).min() else { continue }
            let days = ticks.filter { $0.origin.y == firstRow && $0.text.allSatisfy(\.isNumber) && $0.text.count <= 2 }
            let months = ticks.filter { $0.origin.y > firstRow }
            guard let firstDay = days.map(\.box.maxX).min(), let firstMonth = months.map(\.box.x).min() else { continue }
            #expect(firstMonth <= firstDay, "\(spec.id) at \(width)")
        }
    }
}

/// A day's tick, its point and its bar agree on where the day is: its middle.
struct DayPositionTests {
    @Test func dayTicksStandAtTheDaysPoints() throws {
        let first = Day(year: 2025, month: 3, day: 1)!
        let id = try SeriesID("days")
        let series = Series(
            id: id, metadata: SeriesMetadata(title: "Days", kind: .level),
            observations: (0..<12).map { Observation(date: ObservationDate(first + $0), value: Double(10 + $0)) })
        let spec = ChartSpec(
            id: "days", title: "Days", x: .init(from: first, to: first + 11), layers: [LayerSpec(id, mark: .points)])
        let scene = try ChartBuilder(measure: FixedMetrics()).build(spec, series: [series]).scene
        let ticks = scene.texts.filter { $0.role == .tickX && $0.text.allSatisfy(\.isNumber) && $0.text.count <= 2 }
        #expect(ticks.count >= 3)
        for tick in ticks {
            let day = try #require(Int(tick.text))
            let point = try #require(scene.marks.first { $0.kind == .point && $0.date == String(format: "2025-03-%02d", day) })
            #expect(abs((tick.box.x + tick.box.width / 2) - (point.box.x + point.box.width / 2)) < 0.01, "\(day) March")
        }
    }
}
