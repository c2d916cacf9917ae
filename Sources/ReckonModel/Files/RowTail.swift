import Glibc

/// The end of the last plain row read, from the field after its date and value through its line
/// ending, with the fields read from it. A daily series repeats its qualifier and source row after
/// row, so a row whose bytes there are the same has the same fields: the plain-row path then reads
/// only its date and value and compares the rest as one run of bytes (see
/// `SeriesFileDecoder.State.plainRow`).
///
/// A class, because it owns its bytes; each decoder's state keeps one and never shares it. Its string
/// numbers are those of the decoder's observations, and it is forgotten whenever a row is read another way.
final class RowTail {
    /// The longest tail kept; a row with a longer one is read field by field every time.
    static let capacity = 256

    /// The fields a tail holds: every column but the date and the value.
    struct Fields {
        var low: Double?, high: Double?, qualifier: Qualifier?, reported: Day?
        var source: Int32?, url: Int32?, note: Int32?
    }

    private let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    /// The tail's length; 0 while there is none.
    private var count = 0
    /// The length of its line ending, 1 or 2 (`\r\n`).
    private var lineEnding = 1
    /// The fields read from it.
    private(set) var fields = Fields()

    /// The column a tail starts at, for a file of `columns`: the one after the date and the value when
    /// the file starts with them, or after the date when it has no value column, so that the tail holds
    /// every other column (``Fields``); nil when the file starts otherwise (a value after another
    /// column would be in the tail, and a tail holds no value), or has no other column.
    static func start(of columns: [ObservationColumn]) -> Int? {
        guard columns.first == .date else { return nil }
        let start: Int
        if columns.count > 1, columns[1] == .value {
            start = 2
        } else {
            guard !columns.contains(.value) else { return nil }
            start = 1
        }
        return start < columns.count ? start : nil
    }

    /// Where the row ends (its text and the next line) when the `n` bytes at `base` hold the tail at
    /// `start`; nil otherwise, or when there is none.
    @inline(__always)
    func match(_ base: UnsafePointer<UInt8>, _ n: Int, at start: Int) -> SeriesFileDecoder.State.PlainRowEnd? {
        let count = self.count
        guard count > 0, count <= n - start, memcmp(bytes, base + start, count) == 0 else { return nil }
        return .init(end: start + count - lineEnding, next: start + count)
    }

    /// Keeps the bytes from `start` through the line ending that ends at `next` (the text ends at
    /// `end`), read as `fields`; forgets the tail before when they are too long to keep.
    func remember(_ base: UnsafePointer<UInt8>, from start: Int, end: Int, next: Int, fields: Fields) {
        let length = next - start
        guard length > 0, length <= Self.capacity else { return forget() }
        bytes.update(from: base + start, count: length)
        (count, lineEnding, self.fields) = (length, next - end, fields)
    }

    /// Forgets the tail, so that the next row is read field by field.
    func forget() { count = 0 }

    deinit { bytes.deallocate() }
}
