import ReckonAnalysis

/// The value axis' domain and ticks, from every value drawn inside the time domain.
struct ValueAxis {
    var domain: ClosedRange<Double>
    var ticks: [Double]
    var step: Double
    /// Unlabelled ticks between the labelled ones: 2 to 9 times each power of ten on a log axis.
    var minor: [Double] = []

    /// - Parameter markers: whether any layer's marks need room at the extremes.
    init(spec: ChartSpec, layers: [LayerData], xDomain: ClosedRange<Double>, plotHeight: Double, markers: Bool) {
        var span = ValueSpan(log: spec.y.log)
        for layer in layers { span.add(layer, within: xDomain) }
        // The bands the chart shades are part of what it shows.
        for band in spec.y.bands {
            span.add(band.from)
            span.add(band.to)
        }
        var (lo, hi) = span.isEmpty ? (spec.y.log ? (1, 10) : (0, 1)) : (span.lo, span.hi)
        // Room for markers at the extremes, so a dot is not cut by the plot's edge.
        if markers, !spec.y.log, hi > lo {
            let margin = (hi - lo) * 0.04
            // The room never takes the axis across zero: values all above it keep a floor of zero at most.
            if lo != 0 { lo = lo > 0 ? Swift.max(0, lo - margin) : lo - margin }
            hi = hi < 0 ? Swift.min(0, hi + margin) : hi + margin
        }
        // Headroom above the tallest bar, and room for a line of text where bars carry value labels,
        // so that a label stands above its bar rather than inside it.
        // An "at least" bar's arrow needs the same room above it as a label.
        let bars = layers.filter { $0.trend == nil && $0.spec.mark == .bar }
        if !bars.isEmpty, !spec.y.log, hi > 0, hi > lo {
            let above = bars.contains { !$0.spec.labels.isEmpty || $0.points.qualifiers.contains(.atLeast) }
            hi += (hi - Swift.min(lo, 0)) * (above ? 0.12 : 0.03)
        }
        (lo, hi) = Self.bounded(lo, hi, spec: spec, layers: layers)
        self.init(lo, hi, spec: spec, plotHeight: plotHeight)
    }

    /// The axis from `lo` to `hi` with nice ticks for a plot `plotHeight` tall: powers of ten on a log
    /// axis, with minor ticks between; on a linear one, the bounds the spec gives kept as they are.
    init(_ lo: Double, _ hi: Double, spec: ChartSpec, plotHeight: Double) {
        if spec.y.log {
            let t = NumberTicks.log(lo...max(hi, lo * 1.0001))
            domain = t.domain
            ticks = NumberTicks.thinnedLog(t.ticks, domain: t.domain, pixels: plotHeight)
            step = 0
            minor = NumberTicks.logMinor(t.domain, ticks: t.ticks, pixels: plotHeight)
        } else {
            let t = NumberTicks.closest(lo...hi, target: max(3, Int(saturating: plotHeight / 60)))
            let d = (spec.y.min ?? t.domain.lowerBound)...(spec.y.max ?? t.domain.upperBound)
            domain = d
            ticks = t.ticks.filter { d.contains($0) }
            step = t.step
        }
    }

    /// `lo` and `hi` with zero when the chart wants it (bars and areas stand on it), the spec's own
    /// bounds, and an axis of some height even when a bound lies beyond every value.
    static func bounded(_ lo: Double, _ hi: Double, spec: ChartSpec, layers: [LayerData]) -> (Double, Double) {
        var (lo, hi) = (lo, hi)
        let wantsZero = spec.y.zero ?? layers.contains { $0.spec.mark == .bar || $0.spec.mark == .area }
        if wantsZero, !spec.y.log {
            lo = min(lo, 0)
            hi = max(hi, 0)
        }
        if let min = spec.y.min { lo = min }
        if let max = spec.y.max { hi = max }
        // A bound that the data lies beyond (y.min above every value, say) still gives an axis.
        if !(lo < hi) {
            let d = Swift.max(abs(lo) * 0.1, 1)
            switch (spec.y.min, spec.y.max) {
            // One value alone sits in the middle of the axis, not on its edge.
            case (nil, nil): (lo, hi) = spec.y.log ? (lo / 2, hi * 2) : (lo - d, hi + d)
            case (_, nil): hi = lo + d
            default: lo = hi - Swift.max(abs(hi) * 0.1, 1)
            }
        }
        return (lo, hi)
    }

    /// Keeps every second (third…) tick of a linear axis until neighbours are `spacing` pixels apart
    /// on an axis `pixels` tall; the ticks kept include zero when the axis has it.
    mutating func thin(pixels: Double, spacing: Double) {
        guard step > 0, ticks.count > 2, domain.upperBound > domain.lowerBound else { return }
        let perUnit = pixels / (domain.upperBound - domain.lowerBound)
        var every = 1
        while Double(every) * step * perUnit < spacing, every < ticks.count { every += 1 }
        guard every > 1 else { return }
        let anchor = ticks.firstIndex(of: 0) ?? 0
        ticks = ticks.enumerated().filter { ($0.offset - anchor) % every == 0 }.map(\.element)
        step *= Double(every)
    }
}
