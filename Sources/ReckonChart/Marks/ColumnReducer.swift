/// M4 as the points of a line arrive (see `Downsampling.m4`, whose result it gives for the same
/// points): in each pixel column the first, lowest, highest and last point, in their order, without
/// first mapping every point into arrays of its own. A line of a million points keeps about four
/// per column.
struct ColumnReducer {
    /// The left edge of the columns and their width; the number of columns.
    private let left: Double
    private let width: Double
    private let columns: Int
    /// The points kept so far.
    private(set) var kept: [Point] = []
    /// The column being gathered: its index and its first, lowest, highest and last points (with
    /// their place in the line, which orders them).
    private var column = -1
    private var first = Slot(), low = Slot(), high = Slot(), last = Slot()

    private struct Slot {
        var index = -1
        var point = Point(0, 0)
    }

    /// Columns of equal width over `range`, `columns` of them.
    init(range: ClosedRange<Double>, columns: Int, expected: Int) {
        left = range.lowerBound
        self.columns = max(1, columns)
        width = (range.upperBound - range.lowerBound) / Double(self.columns)
        kept.reserveCapacity(min(expected, 4 * self.columns + 2))
    }

    /// Takes the line's next point, the `index`th.
    mutating func add(_ p: Point, index: Int) {
        if p.y.isNaN {
            // A break: kept, as M4 keeps it, between the columns around it.
            flush()
            kept.append(p)
            return
        }
        let c = width > 0 ? min(columns - 1, max(0, Int(((p.x - left) / width).rounded(.down)))) : 0
        guard c == column else {
            flush()
            column = c
            first = Slot(index: index, point: p)
            (low, high, last) = (first, first, first)
            return
        }
        last = Slot(index: index, point: p)
        if p.y < low.point.y { low = last }
        if p.y > high.point.y { high = last }
    }

    /// The points kept, once every point has been added.
    mutating func finish() -> [Point] {
        flush()
        return kept
    }

    /// Keeps the column gathered: its first, lowest, highest and last point, each once, in order.
    private mutating func flush() {
        guard column >= 0 else { return }
        var slots = [first, low, high, last]
        slots.sort { $0.index < $1.index }
        for (k, slot) in slots.enumerated() where k == 0 || slot.index != slots[k - 1].index {
            kept.append(slot.point)
        }
        column = -1
    }
}
