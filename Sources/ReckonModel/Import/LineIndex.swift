/// Finds lines and columns for byte offsets.
///
/// Offsets asked for in increasing order, as a reader meets them, cost the bytes between them: the
/// column is counted on from the last offset when it lies on the same line, so a file that is one long
/// line (minified JSON) is not counted from its start for every record.
struct LineIndex {
    private let starts: [Int]
    private let bytes: [UInt8]
    /// The last offset located, and its line and column.
    private var last: (offset: Int, line: Int, column: Int) = (0, 1, 1)

    init(_ bytes: [UInt8]) {
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { starts.append(i + 1) }
        self.starts = starts
        self.bytes = bytes
    }

    /// The 1-based line and column (in Unicode scalars) of `offset`.
    mutating func location(_ offset: Int) -> (line: Int, column: Int) {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        var column = 1
        var i = starts[lo]
        if last.line == lo + 1, last.offset >= i, last.offset <= offset {
            (i, column) = (last.offset, last.column)
        }
        while i < offset, i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        last = (i, lo + 1, column)
        return (lo + 1, column)
    }
}
