import ReckonModel
import Testing

@testable import ReckonOutput

/// A line buffer holds the widest CSV row a listing writes: a span between the earliest and the latest
/// day an `Int32` can number, and three numbers of Swift's longest spelling, with their separators.
struct LineBufferTests {
    @Test func theWidestRowFitsAndIsSpelledAsItsParts() throws {
        let earliest = Day(ordinal: .min), latest = Day(ordinal: .max)
        let span = try #require(ObservationDate(from: Period(earliest), to: Period(latest)))
        let widest = -2.2250738585072014e-308
        #expect(widest.description.utf8.count == 24)
        var out = ByteWriter()
        out.appendBuffered { line in
            line.put(date: span)
            for _ in 0..<3 {
                line.put(byte: UInt8(ascii: ","))
                line.put(number: widest)
            }
            line.put(byte: UInt8(ascii: "\n"))
        }
        let expected = span.description + String(repeating: "," + widest.description, count: 3) + "\n"
        #expect(out.text == expected)
        #expect(expected.utf8.count <= LineBuffer.capacity)
    }

    /// A month's text is handed on from one buffer to the next: days of one month after one another, and
    /// a day of another month after them, are spelled as their descriptions.
    @Test func theMonthIsHandedOnFromLineToLine() {
        let first = Day(year: 2025, month: 1, day: 30)!
        var out = ByteWriter()
        for i in 0..<4 { out.appendBuffered { $0.put(day: first + i) } }
        #expect(out.text == (0..<4).map { (first + $0).description }.joined())
    }
}
