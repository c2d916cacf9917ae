import ReckonAnalysis

/// The value axis' domain and ticks, from every value drawn inside the time domain.
struct ValueAxis {
    var domain: ClosedRange<Double>
    var ticks: [Double]
    var step: Double
    /// Unlabelled ticks between the labelled ones: 2 to 9 times each power of ten on a log axis.
    var minor: [Double] = []

    /// - Parameter markers: whether any layer draws markers, which need room at the extremes.
    init(spec: ChartSpec, layers: [LayerData], xDomain: ClosedRange<Double>, plotHeight: Double, markers: Bool) {
        var lo = Double.infinity, hi = -Double.infinity
        func add(_ v: Double?) {
            guard let v, v.isFinite, !spec.y.log || v > 0 else { return }
            lo = min(lo, v)
            hi = max(hi, v)
        }
        for layer in layers {
            let p = layer.points
            // A layer wholly within the time domain, unstacked, spans the numbers its extent found.
            if layer.spec.trend == nil, layer.bar.isUnstacked, !BarMark.spreadsPerDay(layer), layer.extent.isWithin(xDomain),
                let numbers = layer.extent.numbers,
                !spec.y.log || numbers.lowerBound > 0
            {
                add(numbers.lowerBound)
                add(numbers.upperBound)
            } else if layer.spec.trend == nil {
                for i in 0..<p.count {
                    let d = p.dates[i]
                    guard Double(d.last.ordinal) + 1 > xDomain.lowerBound, Double(d.first.ordinal) < xDomain.upperBound else {
                        continue
                    }
                    // A stacked bar reaches from where the bars below it end.
                    add(BarMark.drawnValue(layer, i) + layer.bar.base(i))
                    if layer.bar.base(i) != 0 { add(layer.bar.base(i)) }
                    add(p.low(i))
                    add(p.high(i))
                }
            }
            if let trend = layer.trend {
                add(trend.valueAtFirst)
                add(trend.valueAtLast)
                if let project = layer.spec.project {
                    let end = project.after(trend.last)
                    add(trend.finiteValue(at: end))
                    for sample in TrendMark.band(trend, project: project) {
                        add(sample.interval.lowerBound)
                        add(sample.interval.upperBound)
                    }
                }
            }
        }
        // The bands the chart shades are part of what it shows.
        for band in spec.y.bands {
            add(band.from)
            add(band.to)
        }
        if !lo.isFinite { (lo, hi) = spec.y.log ? (1, 10) : (0, 1) }
        // Room for markers at the extremes, so a dot is not cut by the plot's edge.
        if markers, !spec.y.log, hi > lo {
            let margin = (hi - lo) * 0.04
            // The room never takes the axis across zero: values all above it keep a floor of zero at most.
            if lo != 0 { lo = lo > 0 ? Swift.max(0, lo - margin) : lo - margin }
            hi = hi < 0 ? Swift.min(0, hi + margin) : hi + margin
        }
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
        if spec.y.log {
            let t = NumberTicks.log(lo...max(hi, lo * 1.0001))
            domain = t.domain
            ticks = NumberTicks.thinnedLog(t.ticks, domain: t.domain, pixels: plotHeight)
            step = 0
            minor = NumberTicks.logMinor(t.domain, ticks: t.ticks, pixels: plotHeight)
        } else {
            let t = NumberTicks.nice(lo...hi, target: max(3, Int(saturating: plotHeight / 60)))
            let d = (spec.y.min ?? t.domain.lowerBound)...(spec.y.max ?? t.domain.upperBound)
            domain = d
            ticks = t.ticks.filter { d.contains($0) }
            step = t.step
        }
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
