public import ReckonModel

/// Output written into one growing buffer of UTF-8 bytes: no `String` per line or cell, so a listing of
/// a million rows costs one allocation that doubles as it grows, and goes to its file in one write.
///
/// Numbers are spelled as `NumberText.format(_:)` spells them and days as `Day.description` does,
/// byte for byte: whole numbers below 10¹⁵ as integers, others in Swift's shortest exact form.
public struct ByteWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    /// The month of the last day written.
    private var month = MonthText()

    /// An empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 0) { bytes.reserveLarge(capacity) }

    /// The bytes as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Makes room for `count` more bytes.
    public mutating func reserve(_ count: Int) { bytes.reserveLarge(bytes.count + max(0, count)) }

    /// Appends one byte.
    @inline(__always)
    public mutating func append(byte: UInt8) { bytes.append(byte) }

    /// Appends bytes.
    public mutating func append(bytes more: some Collection<UInt8>) { bytes.append(contentsOf: more) }

    /// Appends `count` spaces (none when it is not positive).
    public mutating func append(spaces count: Int) {
        if count > 0 { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count)) }
    }

    /// Removes the spaces at the end, back to `start` at most.
    public mutating func trimTrailingSpaces(after start: Int) {
        while bytes.count > start, bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
    }

    /// Appends text.
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends `value` as `NumberText.format(_:)` writes it (see `LineBuffer.put(number:)`): no
    /// `String` is made per number.
    public mutating func append(number value: Double) { appendBuffered { $0.put(number: value) } }

    /// Appends an integer's decimal digits, with a minus sign (`-`) when it is negative.
    public mutating func append(integer value: Int64) { appendBuffered { $0.put(integer: value) } }

    /// Appends `day` as `YYYY-MM-DD`, as `Day.description` writes it. A day in the same month as the
    /// day written before it takes that month's text (see `MonthText`).
    public mutating func append(day: Day) { appendBuffered { $0.put(day: day) } }

    /// Appends a date or period as `ObservationDate.description` writes it.
    public mutating func append(date: ObservationDate) { appendBuffered { $0.put(date: date) } }

    /// Appends what `body` puts into a temporary buffer of `capacity` bytes, in one copy: a line, or part
    /// of one (``LineBuffer/capacity``, on the stack), or many lines (``LineBuffer/blockCapacity``: `body`
    /// puts lines while the buffer ``LineBuffer/hasRoomForALine``, so that one append and one hand-over
    /// of the month serve a thousand rows, not each).
    @inline(__always)
    mutating func appendBuffered(capacity: Int = LineBuffer.capacity, _ body: (inout LineBuffer) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var line = LineBuffer(start: buffer.baseAddress!, limit: capacity, month: month)
            body(&line)
            month = line.month
            bytes.append(contentsOf: line.written)
        }
    }

    /// Appends `text` as a JSON string literal, quotes included.
    public mutating func append(jsonString text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var plain = 0
            for (i, byte) in utf8.enumerated() {
                let escape: UInt8? =
                    switch byte {
                    case UInt8(ascii: "\""): UInt8(ascii: "\"")
                    case UInt8(ascii: "\\"): UInt8(ascii: "\\")
                    case UInt8(ascii: "\n"): UInt8(ascii: "n")
                    case UInt8(ascii: "\r"): UInt8(ascii: "r")
                    case UInt8(ascii: "\t"): UInt8(ascii: "t")
                    default: nil
                    }
                guard escape != nil || byte < 0x20 else { continue }
                bytes.append(contentsOf: utf8[plain..<i])
                plain = i + 1
                bytes.append(UInt8(ascii: "\\"))
                if let escape {
                    bytes.append(escape)
                } else {
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [
                        UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 15)],
                    ])
                }
            }
            bytes.append(contentsOf: utf8[plain...])
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends `text` as a CSV field: quoted when it holds a comma, quote, or line break.
    public mutating func append(csvField text: String) {
        append(CSVWriter.field(text))
    }
}

extension ByteWriter: TextOutputStream {
    /// Appends text; with this, `print(…, to: &writer)` writes into the buffer.
    public mutating func write(_ string: String) { append(string) }

    /// Appends ASCII bytes: `Double.write(to:)` hands its digits to this requirement of
    /// `TextOutputStream` (whose default would make a `String` of them first), for callers that write a
    /// number into the writer themselves. The writer's own number spelling goes through `LineBuffer`.
    public mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: buffer) }
}
