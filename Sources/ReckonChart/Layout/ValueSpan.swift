import ReckonAnalysis
import ReckonModel

/// The lowest and highest value a chart draws, gathered value by value; on a log axis only values
/// above zero count.
struct ValueSpan {
    var lo = Double.infinity
    var hi = -Double.infinity
    /// Whether the axis is logarithmic.
    var log: Bool

    init(log: Bool) { self.log = log }

    /// Whether no value has counted.
    var isEmpty: Bool { !lo.isFinite }

    /// Counts `v` when it is a finite number the axis can show.
    mutating func add(_ v: Double?) {
        guard let v, v.isFinite, !log || v > 0 else { return }
        lo = min(lo, v)
        hi = max(hi, v)
    }

    /// Counts the values `layer` draws inside `xDomain`: the numbers its extent found when it lies wholly
    /// within the domain, unstacked; otherwise each point's (a stacked bar reaching from where the bars
    /// below it end) with its bounds; and a trend's ends, projection and prediction band.
    mutating func add(_ layer: LayerData, within xDomain: ClosedRange<Double>) {
        let p = layer.points
        if layer.spec.trend == nil, layer.bar.isUnstacked, !BarMark.spreadsPerDay(layer), layer.extent.isWithin(xDomain),
            let numbers = layer.extent.numbers,
            !log || numbers.lowerBound > 0
        {
            add(numbers.lowerBound)
            add(numbers.upperBound)
        } else if layer.spec.trend == nil {
            for i in 0..<p.count {
                let d = p.dates[i]
                guard Double(d.last.ordinal) + 1 > xDomain.lowerBound, Double(d.first.ordinal) < xDomain.upperBound else {
                    continue
                }
                add(BarMark.drawnValue(layer, i) + layer.bar.base(i))
                if layer.bar.base(i) != 0 { add(layer.bar.base(i)) }
                add(p.low(i))
                add(p.high(i))
            }
        }
        if let trend = layer.trend { add(trend, project: layer.spec.project, band: layer.band) }
    }

    /// Counts a trend's values at its ends and, with `project`, at the projection's end and across its
    /// prediction band `band`.
    mutating func add(_ trend: Trend, project: CalendarSpan?, band: PredictionBand) {
        add(trend.valueAtFirst)
        add(trend.valueAtLast)
        guard let project else { return }
        add(trend.finiteValue(at: project.after(trend.last)))
        for sample in band {
            add(sample.interval.lowerBound)
            add(sample.interval.upperBound)
        }
    }
}
