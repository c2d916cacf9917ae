/// Fewer points that draw the same line: for charts with more points than pixel columns.
public enum Downsampling {
    /// M4: in each of `columns` equal-width columns over `range`, the first, lowest, highest and last
    /// point. A polyline through the kept points covers the same pixels as the full one, because in
    /// every column it reaches the same extremes and enters and leaves at the same points.
    ///
    /// - Parameters:
    ///   - xs: increasing positions.
    ///   - ys: the values (NaN values are kept as breaks).
    ///   - range: the x range the columns divide.
    ///   - columns: how many columns.
    /// - Returns: the indexes of the points to keep, increasing.
    /// - Complexity: O(n).
    public static func m4(xs: [Double], ys: [Double], range: ClosedRange<Double>, columns: Int) -> [Int] {
        guard columns > 0, xs.count > 4 * columns else { return Array(xs.indices) }
        let width = (range.upperBound - range.lowerBound) / Double(columns)
        var keep: [Int] = []
        keep.reserveCapacity(4 * columns + 2)
        var i = 0
        let n = xs.count
        while i < n {
            if ys[i].isNaN {
                keep.append(i)
                i += 1
                continue
            }
            let column = width > 0 ? min(columns - 1, max(0, Int(((xs[i] - range.lowerBound) / width).rounded(.down)))) : 0
            var j = i
            var lo = i, hi = i
            while j + 1 < n, !ys[j + 1].isNaN,
                (width > 0 ? min(columns - 1, max(0, Int(((xs[j + 1] - range.lowerBound) / width).rounded(.down)))) : 0) == column
            {
                j += 1
                if ys[j] < ys[lo] { lo = j }
                if ys[j] > ys[hi] { hi = j }
            }
            for k in Set([i, lo, hi, j]).sorted() { keep.append(k) }
            i = j + 1
        }
        return keep
    }

    /// Largest-Triangle-Three-Buckets (Steinarsson, 2013): `threshold` points that keep the line's
    /// visual shape; the first and last point are always kept.
    ///
    /// - Returns: the indexes of the points to keep, increasing.
    /// - Complexity: O(n).
    public static func lttb(xs: [Double], ys: [Double], threshold: Int) -> [Int] {
        let n = xs.count
        guard threshold >= 3, n > threshold else { return Array(xs.indices) }
        var keep = [0]
        let every = Double(n - 2) / Double(threshold - 2)
        var a = 0
        for bucket in 0..<(threshold - 2) {
            // The average of the next bucket.
            let nextStart = Int((Double(bucket + 1) * every).rounded(.down)) + 1
            let nextEnd = min(Int((Double(bucket + 2) * every).rounded(.down)) + 1, n)
            var avgX = 0.0, avgY = 0.0
            for k in nextStart..<nextEnd {
                avgX += xs[k]
                avgY += ys[k]
            }
            let count = Double(nextEnd - nextStart)
            avgX /= count
            avgY /= count
            // The point of this bucket making the largest triangle with the last kept point and that average.
            let start = Int((Double(bucket) * every).rounded(.down)) + 1
            let end = Int((Double(bucket + 1) * every).rounded(.down)) + 1
            var best = start
            var bestArea = -1.0
            for k in start..<end {
                let area = abs((xs[a] - avgX) * (ys[k] - ys[a]) - (xs[a] - xs[k]) * (avgY - ys[a])) * 0.5
                if area > bestArea {
                    bestArea = area
                    best = k
                }
            }
            keep.append(best)
            a = best
        }
        keep.append(n - 1)
        return keep
    }
}
