import ReckonAnalysis

/// What one look at a layer's points finds (a pass over its dates, one over each column of numbers),
/// kept with the layer (see ``LayerData/extent``) so that the layout's steps (the time domain, the value
/// axis, the points within the axis) need not each pass over a million points again.
struct LayerExtent: Equatable {
    /// The days the points cover, a day d covering [d, d + 1); nil without points.
    var days: ClosedRange<Double>?
    /// The smallest and largest finite number among the points' values and bounds; nil without any.
    var numbers: ClosedRange<Double>?

    /// The extent of `p`, in one pass over its dates and one over each column of numbers. The loops
    /// keep whole days and choose rather than branch, so that they run at the speed of memory.
    init(_ p: Points) {
        var first = Int32.max, last = Int32.min
        p.dates.withUnsafeBufferPointer { dates in
            for d in dates {
                first = Swift.min(first, d.first.ordinal)
                last = Swift.max(last, d.last.ordinal)
            }
        }
        var lo = Double.infinity, hi = -Double.infinity
        for column in [p.values, p.lows, p.highs] {
            column.withUnsafeBufferPointer { numbers in
                for v in numbers {
                    let finite = v.isFinite
                    lo = Swift.min(lo, finite ? v : .infinity)
                    hi = Swift.max(hi, finite ? v : -.infinity)
                }
            }
        }
        days = first <= last ? Double(first)...(Double(last) + 1) : nil
        numbers = lo <= hi ? lo...hi : nil
    }

    /// Whether every point lies within `domain` (days as plotted), so that none is left out of it.
    func isWithin(_ domain: ClosedRange<Double>) -> Bool {
        guard let days else { return true }
        return days.lowerBound >= domain.lowerBound && days.upperBound <= domain.upperBound
    }
}
