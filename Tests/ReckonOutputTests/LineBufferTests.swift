import ReckonModel
import ReckonTestSupport
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

    /// A number is put as `NumberText.format` writes it: whole numbers below 10¹⁵ as integers (minus
    /// zero as 0), the rest as Swift spells them, at and around the edges and on random doubles.
    @Test func numbersAreSpelledAsNumberTextFormatsThem() {
        let limit = 1e15
        var values: [Double] = [
            0, -0.0, 1, -1, 0.5, -0.5, 2.5, limit - 1, limit, -(limit - 1), -limit, limit - 0.5, limit + 2, 0x1p53,
            .nan, -.nan, .infinity, -.infinity, .ulpOfOne, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 1e300, -1e-300,
        ]
        var random = SeededGenerator(seed: 15)
        // Whole numbers of every length, at each power of ten and beside it.
        for k in 0..<15 {
            let power = (0..<k).reduce(1.0) { p, _ in p * 10 }
            values += [power - 1, power, power + 1, -power, -(power - 1)]
        }
        for _ in 0..<20_000 {
            values.append(Double(Int64.random(in: -999_999_999_999_999...999_999_999_999_999, using: &random)))
            values.append(Double(bitPattern: random.next()))
            values.append(Double(Int64.random(in: -2_000_000_000_000_000...2_000_000_000_000_000, using: &random)))
            values.append(Double(Int.random(in: -1000...1000, using: &random)) / 8)
        }
        for v in values {
            var out = ByteWriter()
            out.appendBuffered { $0.put(number: v) }
            #expect(out.text == NumberText.format(v), "\(v.bitPattern)")
        }
    }
}
