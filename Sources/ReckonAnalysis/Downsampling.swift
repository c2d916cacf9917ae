/// Fewer points that draw the same line: for charts with more points than pixel columns.
public enum Downsampling {
    /// M4: in each of `columns` equal-width columns over `range`, the first, lowest, highest and last
    /// point. A polyline through the kept points covers the same pixels as the full one, because in
    /// every column it reaches the same extremes and enters and leaves at the same points. With no more
    /// than four points a column every point is kept; otherwise ``Downsampling/M4`` reduces them, as it
    /// does points that arrive one at a time.
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
        var reduction = M4(range: range, columns: columns)
        for i in xs.indices { reduction.add(x: xs[i], y: ys[i]) }
        return reduction.finish()
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

extension Downsampling {
    /// M4 as the points of a line arrive, one at a time: in each pixel column the first, lowest,
    /// highest and last point, in their order, without first gathering the line's positions and
    /// values into arrays of their own. A line of a million points keeps about four a column.
    ///
    /// Feed it the points in order with ``add(x:y:)``, then take the indexes kept with
    /// ``finish()``; ``Downsampling/m4(xs:ys:range:columns:)`` does so over two arrays. Points
    /// outside `range` count in the first or last column. A point whose value is NaN is a break: it
    /// is kept, between the columns around it, and the points after it start a column anew. Of
    /// equal values the first is the lowest and the highest.
    ///
    /// The type is frozen and ``add(x:y:)`` is always inlined, so a loop over a long line that calls it
    /// is compiled with the reduction in it.
    @frozen
    public struct M4 {
        /// The left edge of the columns and their width; the number of columns.
        @usableFromInline let left: Double
        @usableFromInline let width: Double
        @usableFromInline let columns: Int
        /// The indexes kept so far, increasing.
        @usableFromInline var kept: [Int] = []
        /// The index the next point added takes.
        @usableFromInline var next = 0
        /// The column being gathered (-1 when none is) and the indexes of its first, lowest, highest
        /// and last point, with the lowest and highest value.
        @usableFromInline var column = -1
        @usableFromInline var first = 0, low = 0, high = 0, last = 0
        @usableFromInline var lowY = 0.0, highY = 0.0

        /// Columns of equal width over `range`, `columns` of them (at least one).
        @inlinable
        public init(range: ClosedRange<Double>, columns: Int) {
            left = range.lowerBound
            self.columns = max(1, columns)
            width = (range.upperBound - range.lowerBound) / Double(self.columns)
            kept.reserveCapacity(4 * self.columns + 2)
        }

        /// Takes the line's next point, at position `x` with value `y`; its index is the number of
        /// points added before it.
        @inlinable @inline(__always)
        public mutating func add(x: Double, y: Double) {
            add(y: y, column: column(of: x))
        }

        /// Takes the line's next point, with value `y`, in the pixel column ``column(of:)`` gives for its
        /// position: ``add(x:y:)`` for a caller that knows the column already.
        @inlinable @inline(__always)
        public mutating func add(y: Double, column c: Int) {
            let index = next
            next += 1
            if y.isNaN {
                // A break: kept between the columns around it.
                flush()
                kept.append(index)
                return
            }
            guard c == column else {
                flush()
                column = c
                (first, low, high, last) = (index, index, index, index)
                (lowY, highY) = (y, y)
                return
            }
            last = index
            if y < lowY { (low, lowY) = (index, y) }
            if y > highY { (high, highY) = (index, y) }
        }

        /// The pixel column a point at position `x` falls in, from 0 to the number of columns less one
        /// (a position outside the range falls in the nearest): public for a caller that finds the
        /// columns of many points at once (see ``add(y:column:)``).
        @inlinable @inline(__always)
        public func column(of x: Double) -> Int {
            width > 0 ? columnIndex(at: (x - left) / width) : 0
        }

        /// Whether a point at (`x`, `y`) that follows one at `before` starts afresh: it is a break, it
        /// follows one, or it falls in another column. A line reduced in two parts split at such a
        /// point keeps the indexes of the whole: the first part's ``finish()`` keeps its last column as
        /// the whole line keeps it when the point arrives, and the second part starts as the whole
        /// line does at the point.
        package func startsAfresh(x: Double, y: Double, after before: (x: Double, y: Double)) -> Bool {
            y.isNaN || before.y.isNaN || column(of: x) != column(of: before.x)
        }

        /// The column `q` columns from the left edge: its whole part, within the columns. Rounds down by
        /// truncating, once `q` is known not to be negative (a conversion, not a call to `floor`); a NaN
        /// falls in the first column.
        @inlinable @inline(__always)
        func columnIndex(at q: Double) -> Int {
            guard q >= 0 else { return 0 }
            return q >= Double(columns - 1) ? columns - 1 : Int(q)
        }

        /// The indexes of the points kept, increasing, once every point has been added.
        @inlinable
        public consuming func finish() -> [Int] {
            flush()
            return kept
        }

        /// Keeps the column gathered: its first, lowest, highest and last point, each once, in order.
        /// The first comes before the others and the last after them, so one comparison sorts the
        /// four; equal indexes are then neighbours, and each is kept once. Called once a column, it stays
        /// out of line; ``add(x:y:)``, called for every point, is inlined into the caller's loop.
        @usableFromInline
        mutating func flush() {
            guard column >= 0 else { return }
            let (a, b) = low < high ? (low, high) : (high, low)
            kept.append(first)
            if a != first { kept.append(a) }
            if b != a { kept.append(b) }
            if last != b { kept.append(last) }
            column = -1
        }
    }
}
