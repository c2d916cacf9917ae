import ReckonModel
import Testing

@testable import ReckonChart

/// `mark: step` holds each value until the next estimate, and `mark: area` on sparse estimates still
/// draws an area.
struct StepAndAreaTests {
    static let first = Day(year: 2025, month: 1, day: 1)!

    /// Three estimates a month apart: no two on neighbouring days, so every stretch is interpolated.
    static func sparse(_ mark: LayerSpec.Mark) throws -> Scene {
        let id = try SeriesID("sparse")
        let series = Series(
            id: id, metadata: SeriesMetadata(title: "Sparse", unit: "troops", kind: .level),
            observations: [(0, 100.0), (31, 300), (59, 200)].map {
                Observation(date: ObservationDate(first + $0.0), value: $0.1)
            })
        let spec = ChartSpec(id: "s", title: "Sparse", layers: [LayerSpec(id, mark: mark)])
        return try ChartBuilder(measure: FixedMetrics()).build(spec, series: [series]).scene
    }

    /// The polylines of the layer's group.
    static func lines(_ scene: Scene) -> [[Point]] {
        var out: [[Point]] = []
        for case .group("layer-1", _, let items) in scene.items {
            for case .path(let p) in items where p.fill == nil && p.stroke != nil { out.append(p.points) }
        }
        return out
    }

    @Test func aStepLineHoldsItsValueUntilTheNextEstimate() throws {
        let stretches = Self.lines(try Self.sparse(.step))
        #expect(stretches.count == 2)
        for s in stretches {
            // Level, then straight up or down at the next estimate's day: three points, the first two at one height.
            #expect(s.count == 3)
            #expect(s[0].y == s[1].y && s[1].x == s[2].x && s[1].y != s[2].y)
        }
    }

    @Test func anAreaOfSparseEstimatesIsFilled() throws {
        let scene = try Self.sparse(.area)
        var fills = 0
        for case .group("layer-1", _, let items) in scene.items {
            for case .path(let p) in items where p.fill != nil && p.stroke == nil { fills += 1 }
        }
        #expect(fills == 2)
        #expect(scene.marks.filter { $0.kind == .area }.count == 2)
        #expect(SceneAudit.legendProblems(scene) == [])
    }
}

/// The footer's date of the latest data names the day a period in progress reaches, not the period.
struct LatestDataDayTests {
    @Test func monthlyBarsOfDailyDataNameTheLastDay() throws {
        let spec = try #require(try Sample.charts().first { $0.id == "drones-monthly" })
        let scene = try Sample.build(spec).scene
        let source = scene.texts.filter { $0.role == .source }.map(\.text).joined(separator: " ")
        // The General Staff's tally in Data/ ends on 8 August 2026, a third of the way into the last bar's month.
        #expect(source.hasSuffix("Latest data: 8\u{A0}Aug\u{A0}2026"), "\(source)")
    }
}

/// An estimate over a period keeps its period: a range over January and February is a box across both
/// months, and a count over them is a span with its marker, not a dot on one day.
struct PeriodEstimateTests {
    static let jan = Day(year: 2025, month: 1, day: 1)!

    static func scene(_ observation: Observation, kind: SeriesKind) throws -> Scene {
        let id = try SeriesID("period")
        let series = Series(
            id: id, metadata: SeriesMetadata(title: "Period", unit: "troops", kind: kind),
            observations: [Observation(date: ObservationDate(jan), value: 1_000), observation])
        let spec = ChartSpec(id: "p", title: "Period", layers: [LayerSpec(id, mark: .points)])
        return try ChartBuilder(measure: FixedMetrics()).build(spec, series: [series]).scene
    }

    static let janFeb = try! ObservationDate.parse("2025-01/2025-02")

    @Test func aRangeOverTwoMonthsIsABoxAcrossThem() throws {
        let scene = try Self.scene(Observation(date: Self.janFeb, low: 11_000, high: 12_000), kind: .level)
        let range = try #require(scene.marks.first { $0.kind == .range })
        let bar = try #require(scene.marks.first { $0.kind == .point })
        // From the start of January (where the 1 January point stands, half a day in) to the end of February:
        // 59 days of the plot's width, against a whisker's few pixels.
        #expect(range.box.width > 20 && abs(range.box.x - (bar.box.x + bar.box.width / 2)) < 10, "\(range.box) \(bar.box)")
        #expect(range.low == 11_000 && range.high == 12_000 && range.date == "2025-01/2025-02")
    }

    @Test func aCountOverTwoMonthsShowsItsSpan() throws {
        let scene = try Self.scene(Observation(date: Self.janFeb, value: 3_000, qualifier: .atLeast), kind: .count)
        var spans = 0
        for case .group("layer-1", _, let items) in scene.items {
            for case .path(let p) in items where p.fill == nil && p.points.count == 6 { spans += 1 }
        }
        #expect(spans == 1)
    }
}
