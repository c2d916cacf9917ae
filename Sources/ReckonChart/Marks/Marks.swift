import ReckonAnalysis
import ReckonModel

/// Draws one layer with its mark.
enum Marks {
    static func draw(_ layer: LayerData, _ c: MarkContext) -> Drawn {
        if layer.trend != nil { return TrendMark.draw(layer, c) }
        switch layer.spec.mark {
        case .line, .step, .area: return LineMark.draw(layer, c)
        case .bar: return BarMark.draw(layer, c)
        case .points: return PointMark.draw(layer, c, whiskers: false)
        case .range: return PointMark.draw(layer, c, whiskers: true)
        case .band: return BandMark.draw(layer, c)
        }
    }

    /// Whether point `i + 1` follows point `i` with no day missing between them.
    static func contiguous(_ p: Points, _ i: Int) -> Bool {
        p.dates[i + 1].first.ordinal <= p.dates[i].last.ordinal + 1
    }
}

/// Markers for observed points, shaped by their qualifier.
enum Marker {
    /// A filled dot; a hollow ring for "about"; a dot with an arrow up for "at least" (the estimate is
    /// open-ended upwards) and down for "at most".
    static func paths(at p: Point, qualifier: Qualifier?, color: Color, radius r: Double, background: Color) -> [Path] {
        let ring = Stroke(background, width: 1)
        switch qualifier {
        case nil:
            return [Path([.circle(center: p, radius: r)], stroke: ring, fill: color)]
        case .about:
            return [Path([.circle(center: p, radius: r)], stroke: Stroke(color, width: max(1.5, r * 0.45)), fill: background)]
        case .atLeast, .atMost:
            let dir = qualifier == .atLeast ? -1.0 : 1.0
            let tip = Point(p.x, p.y + dir * r * 3.4)
            let arrow = Path(
                [
                    .move(Point(p.x, p.y + dir * r)), .line(tip), .move(Point(p.x - r * 0.9, tip.y - dir * r * 0.9)), .line(tip),
                    .line(Point(p.x + r * 0.9, tip.y - dir * r * 0.9)),
                ],
                stroke: Stroke(color, width: max(1.5, r * 0.4)))
            return [arrow, Path([.circle(center: p, radius: r)], stroke: ring, fill: color)]
        }
    }
}

/// Text for value labels and descriptions.
enum Wording {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `27 Mar 2025`, `Mar 2025`, or the date's own text for other periods.
    static func date(_ d: ObservationDate) -> String {
        let (y, m, day) = d.first.civil
        if d.isDay { return "\(day) \(months[m - 1]) \(y)" }
        if d.end == nil, d.start.unit == .month { return "\(months[m - 1]) \(y)" }
        return d.description
    }

    /// `about 11,000`.
    static func value(_ v: Double, qualifier: Qualifier?) -> String {
        let text = NumberText.grouped(v)
        return qualifier.map { "\($0.rawValue) \(text)" } ?? text
    }
}
