import ReckonAnalysis

/// A band from each point's low to its high: the range of the estimates.
enum BandMark: MarkKind {
    /// A box of the band's fill.
    static func key(_ layer: LayerData) -> Legend.Swatch { .box(layer.color.opacity(0.4)) }

    /// A band draws only points with a low or a high.
    static func draws(_ layer: LayerData) -> Bool { layer.points.hasBounds }

    /// Bands lie beneath every other mark.
    static func depth(_ layer: LayerData) -> Int { 0 }

    static func draw(_ layer: LayerData, _ c: MarkContext) -> Drawn {
        var out = envelope(layer, c)
        out.labels += ValueLabels.requests(layer, c)
        return out
    }

    /// The band in runs of points with a low or high, a point alone as its range.
    static func envelope(_ layer: LayerData, _ c: MarkContext) -> Drawn {
        var out = Drawn()
        let p = layer.points
        guard p.hasBounds else { return out }
        var run: [Int] = []
        func flush() {
            defer { run = [] }
            if run.count == 1 {
                // A band of one point is its range.
                let i = run[0]
                let paths = RangeWhisker.paths(
                    x: c.position(p.position(i)), low: p.low(i), high: p.high(i), color: layer.color, radius: c.radius,
                    width: max(1.5, c.lineWidth), c)
                out.items += paths.map(SceneItem.path)
                out.marks.append(BarMark.observation(p, i, kind: .range, box: Rect.around(paths.flatMap(\.points))))
                return
            }
            guard run.count > 1 else { return }
            let upper = run.map { Point(c.position(p.position($0)), c.y(p.high($0) ?? p.values[$0])) }
            let lower = run.reversed().map { Point(c.position(p.position($0)), c.y(p.low($0) ?? p.values[$0])) }
            let all = upper + lower
            out.add(Path([.move(all[0])] + all.dropFirst().map { .line($0) } + [.close], fill: layer.color.opacity(0.25)))
            out.marks.append(SceneMark(kind: .band, box: Rect.around(all)))
        }
        for i in 0..<p.count {
            if p.low(i) == nil, p.high(i) == nil {
                flush()
            } else {
                run.append(i)
            }
        }
        flush()
        return out
    }
}
