/// Which fields of a foreign file hold what, for `reckon import`.
public struct ImportOptions: Sendable, Equatable {
    /// The column (CSV) or key (JSON) holding the date.
    public var dateColumn = "date"
    /// The column or key holding the value.
    public var valueColumn = "value"
    /// The column or key holding a range's lower bound.
    public var lowColumn: String?
    /// The column or key holding a range's upper bound.
    public var highColumn: String?
    /// The column or key holding a qualifier (`about`, `at least`, `at most`).
    public var qualifierColumn: String?
    /// The source to record on every imported row.
    public var source: String?

    /// The defaults: dates in `date`, values in `value`, nothing else.
    public init() {}
}

/// One row read from a foreign file, with where it was.
public struct ImportedRow: Sendable, Equatable {
    /// The estimate read.
    public var observation: Observation
    /// The 1-based line (CSV) or record (JSON) it came from.
    public var line: Int
    /// The 1-based column of its date, for messages.
    public var column: Int
}

/// Finds lines and columns for byte offsets.
struct LineIndex {
    private let starts: [Int]
    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { starts.append(i + 1) }
        self.starts = starts
        self.bytes = bytes
    }

    /// The 1-based line and column (in Unicode scalars) of `offset`.
    func location(_ offset: Int) -> (line: Int, column: Int) {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        var column = 1
        var i = starts[lo]
        while i < offset, i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return (lo + 1, column)
    }
}
