import ReckonAnalysis

/// Bars from zero, each spanning its period (a month's count is a month wide); a period with data for
/// only part of its days is drawn lighter.
enum BarMark {
    static func draw(_ layer: LayerData, _ c: MarkContext) -> Drawn {
        var out = Drawn()
        let p = layer.points
        let zero = c.y(max(c.y.domain.lowerBound, min(0, c.y.domain.upperBound)))
        for i in 0..<p.count {
            let x0 = c.x(Double(p.dates[i].first.ordinal)), x1 = c.x(Double(p.dates[i].last.ordinal) + 1)
            // Thin bars touch: gaps of a fraction of a pixel would only make a moiré.
            let gap = x1 - x0 < 4 ? 0 : min(2, (x1 - x0) * 0.12)
            let top = c.y(p.values[i])
            let rect = Rect(x: x0 + gap, y: min(top, zero), width: max(0.5, x1 - x0 - 2 * gap), height: abs(zero - top))
            // A period the data covers only in part is lighter: its bar is not comparable with the others.
            out.add(.rect(rect, fill: p.isComplete(i) ? layer.color : layer.color.opacity(0.4)))
        }
        return out
    }
}

/// A band from each point's low to its high: the range of the estimates.
enum BandMark {
    static func draw(_ layer: LayerData, _ c: MarkContext) -> Drawn {
        var out = Drawn()
        let p = layer.points
        guard p.hasBounds else { return out }
        var run: [Int] = []
        func flush() {
            defer { run = [] }
            guard run.count > 1 else { return }
            let upper = run.map { Point(c.position(p.position($0)), c.y(p.high($0) ?? p.values[$0])) }
            let lower = run.reversed().map { Point(c.position(p.position($0)), c.y(p.low($0) ?? p.values[$0])) }
            let all = upper + lower
            out.add(Path([.move(all[0])] + all.dropFirst().map { .line($0) } + [.close], fill: layer.color.opacity(0.25)))
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
