import ReckonAnalysis
import ReckonModel

/// What one look at a layer's points finds (a pass over its dates, one over each column of numbers),
/// kept with the layer (see ``LayerData/extent``) so that the layout's steps (the time domain, the value
/// axis, the points within the axis, a line's runs and its reduction) need not each pass over a million
/// points again.
struct LayerExtent: Equatable {
    /// The days the points cover, a day d covering [d, d + 1); nil without points.
    var days: ClosedRange<Double>?
    /// The smallest and largest finite number among the points' values and bounds; nil without any.
    var numbers: ClosedRange<Double>?
    /// Whether no day is missing between any point and the one before (``Marks/follows(_:_:)``; a point
    /// that overlaps the one before or goes back follows it too): then a line of knots is one run, with
    /// no gap to look for (see ``LineMark/runEnd(_:from:cadence:onTwoThreads:)``).
    var noDayMissing: Bool
    /// Whether every point is a single day, each after the one before (see
    /// ``LineMark/areSingleDaysInOrder(_:_:)``).
    var singleDaysInOrder: Bool

    /// The extent of `p`, in one pass over its dates and one over each column of numbers (each pass in
    /// two halves at once with `onTwoThreads`, for a long layer). The loops keep whole days and choose
    /// rather than branch, so that they run at the speed of memory. The halves give the same extent: the
    /// smallest number found first and the largest found last are kept, as in one pass (a `-0.0` and a
    /// `0.0` are told apart only by which comes first). The pass over the dates also compares each point
    /// with the one before (the first of the second half with the last of the first), so that the halves
    /// note what one pass notes.
    init(_ p: Points, onTwoThreads: Bool) {
        let dayParts = p.dates.withUnsafeBufferPointer { dates in
            TwoThreads.inHalves(dates.indices, when: onTwoThreads) { part in
                var first = Int32.max, last = Int32.min
                // Each point against the one before it, as `Marks.follows` and `LineMark.areSingleDaysInOrder`
                // compare them: in `Int`, where the first point's stand-ins for a point before it (which
                // it always follows and comes after) cannot overflow.
                let before = part.lowerBound > 0 ? dates[part.lowerBound - 1] : nil
                var previousFirst = before.map { Int($0.first.ordinal) } ?? .min
                var previousLast = before.map { Int($0.last.ordinal) } ?? .max - 1
                var noneMissing = true, inOrder = true
                for i in part {
                    let date = dates[i]
                    let (dateFirst, dateLast) = (date.first.ordinal, date.last.ordinal)
                    first = Swift.min(first, dateFirst)
                    last = Swift.max(last, dateLast)
                    noneMissing = noneMissing && Int(dateFirst) <= previousLast + 1
                    inOrder = inOrder && date.isDay && Int(dateFirst) > previousFirst
                    (previousFirst, previousLast) = (Int(dateFirst), Int(dateLast))
                }
                return (first, last, noneMissing, inOrder)
            }
        }
        let first = dayParts.map(\.0).min() ?? .max, last = dayParts.map(\.1).max() ?? .min
        noDayMissing = dayParts.allSatisfy(\.2)
        singleDaysInOrder = dayParts.allSatisfy(\.3)
        var lo = Double.infinity, hi = -Double.infinity
        for column in [p.values, p.lows, p.highs] {
            let parts = column.withUnsafeBufferPointer { numbers in
                TwoThreads.inHalves(numbers.indices, when: onTwoThreads) { part in
                    var lo = Double.infinity, hi = -Double.infinity
                    for v in numbers[part] {
                        let finite = v.isFinite
                        lo = Swift.min(lo, finite ? v : .infinity)
                        hi = Swift.max(hi, finite ? v : -.infinity)
                    }
                    return (lo, hi)
                }
            }
            for (partLo, partHi) in parts {
                lo = Swift.min(lo, partLo)
                hi = Swift.max(hi, partHi)
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
