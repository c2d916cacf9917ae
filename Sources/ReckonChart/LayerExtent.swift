import ReckonAnalysis

/// What one pass over a layer's points finds, kept with the layer (see ``LayerData/extent``) so that the
/// layout's steps (the time domain, the value axis, the points within the axis) need not each pass over a
/// million points again.
struct LayerExtent: Equatable {
    /// The days the points cover, a day d covering [d, d + 1); nil without points.
    var days: ClosedRange<Double>?
    /// The smallest and largest finite number among the points' values and bounds; nil without any.
    var numbers: ClosedRange<Double>?

    /// The extent of `p`, in one pass.
    init(_ p: Points) {
        var first = Double.infinity, last = -Double.infinity
        var lo = Double.infinity, hi = -Double.infinity
        p.dates.withUnsafeBufferPointer { dates in
            for d in dates {
                first = Swift.min(first, Double(d.first.ordinal))
                last = Swift.max(last, Double(d.last.ordinal) + 1)
            }
        }
        for column in [p.values, p.lows, p.highs] {
            column.withUnsafeBufferPointer { numbers in
                for v in numbers where v.isFinite {
                    lo = Swift.min(lo, v)
                    hi = Swift.max(hi, v)
                }
            }
        }
        days = first <= last ? first...last : nil
        numbers = lo <= hi ? lo...hi : nil
    }

    /// Whether every point lies within `domain` (days as plotted), so that none is left out of it.
    func isWithin(_ domain: ClosedRange<Double>) -> Bool {
        guard let days else { return true }
        return days.lowerBound >= domain.lowerBound && days.upperBound <= domain.upperBound
    }
}
