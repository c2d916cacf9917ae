import ReckonAnalysis
import ReckonModel

/// A fitted trend: the fit dashed over the data (not for a projected random walk, which starts at the
/// last value), the projection dashed and lighter beyond it, with its calibrated 95% prediction band
/// where the series' history backs one.
enum TrendMark: MarkKind {
    /// A dashed line; a projected random walk draws only its projection, and its key is that dotted line.
    static func key(_ layer: LayerData) -> Legend.Swatch {
        guard let t = layer.trend else { return .line(layer.color, dash: [9, 5]) }
        let projectionOnly = t.fit.startsAtLastValue && layer.spec.project != nil
        return projectionOnly ? .line(layer.faded(0.7), dash: [3, 4]) : .line(layer.color, dash: [9, 5])
    }

    static func draw(_ layer: LayerData, _ c: MarkContext) -> Drawn {
        var out = Drawn()
        guard let t = layer.trend else { return out }
        func point(_ day: Day) -> Point { Point(c.dayCenter(day.ordinal), c.y(t.value(at: day))) }
        func samples(_ a: Day, _ b: Day) -> [Day] { Self.samples(a, b) }
        // A random walk is the data up to its last value: only its projection is drawn, from that value.
        // Without a projection, a drift is drawn as its mean change, from the first value to the last.
        if !(t.fit.startsAtLastValue && layer.spec.project != nil) {
            let fitted = t.fit == .exponential ? samples(t.first, t.last).map(point) : [point(t.first), point(t.last)]
            out.add(.polyline(fitted, stroke: Stroke(layer.color, width: c.lineWidth, dash: [9, 5])))
            out.marks.append(SceneMark(kind: .trend, box: Rect.around(fitted)))
        }
        if let project = layer.spec.project {
            let end = project.after(t.last)
            let days = samples(t.last, end)
            let band = layer.band
            if band.count > 1 {
                let upper = band.map { Point(c.dayCenter($0.0.ordinal), c.y($0.1.upperBound)) }
                let lower = band.reversed().map { Point(c.dayCenter($0.0.ordinal), c.y($0.1.lowerBound)) }
                let all = upper + lower
                out.add(Path([.move(all[0])] + all.dropFirst().map { .line($0) } + [.close], fill: layer.faded(0.15, floor: 1.5)))
                out.marks.append(SceneMark(kind: .band, box: Rect.around(all), interpolated: true))
            }
            let projected = days.map(point)
            out.add(.polyline(projected, stroke: Stroke(layer.faded(0.7), width: c.lineWidth, dash: [3, 4])))
            out.marks.append(SceneMark(kind: .trend, box: Rect.around(projected), interpolated: true))
        }
        return out
    }

    /// Up to 65 days from `a` to `b`, evenly spread.
    static func samples(_ a: Day, _ b: Day) -> [Day] {
        let n = max(1, min(64, b - a))
        return (0...n).map { a + (b - a) * $0 / n }
    }

    /// The prediction band a trend's projection draws: its interval at the sampled days from the last
    /// fitted day on, as far as the intervals reach without a break (the one owner of what the legend,
    /// the layer's name and the value axis say of the band).
    static func band(_ t: Trend, project: CalendarSpan) -> PredictionBand {
        PredictionBands.band(t, project: project) {
            var out: PredictionBand = []
            for d in samples(t.last, project.after(t.last)) {
                if let interval = t.predictionInterval(at: d) {
                    out.append((d, interval))
                } else if !out.isEmpty {
                    break
                }
            }
            return out.count > 1 ? out : []
        }
    }
}
