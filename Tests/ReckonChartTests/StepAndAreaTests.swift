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
