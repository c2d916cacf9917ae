import ReckonAnalysis
import ReckonModel
import ReckonTestSupport
import Testing

@testable import ReckonOutput

/// The byte writer spells numbers, days and strings exactly as the `String` spellings it replaces.
struct ByteWriterTests {
    func written(_ write: (inout ByteWriter) -> Void) -> String {
        var out = ByteWriter()
        write(&out)
        return out.text
    }

    @Test func numbersAreSpelledAsNumberTextSpellsThem() {
        var random = SeededGenerator(seed: 11)
        var values: [Double] = [
            0, -0.0, 1, -1, 0.1, 1e15, 1e15 - 1, -1e15 + 1, 999_999_999_999_999, 1e-9, 123_456.789, .pi, 1e300, -2.5e-300,
            Double(Int64.max), .infinity, -.infinity, .nan, .ulpOfOne, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
        ]
        for _ in 0..<20_000 {
            let scale = Double.random(in: -12...16, using: &random)
            var v = Double.random(in: -1...1, using: &random) * pow10(scale)
            if Bool.random(using: &random) { v = v.rounded() }
            values.append(v)
        }
        for v in values {
            #expect(written { $0.append(number: v) } == NumberText.format(v), "\(v)")
        }
        for n: Int64 in [0, 7, -7, 10, Int64.max, Int64.min, -1_000_000_000_000] {
            #expect(written { $0.append(integer: n) } == String(n))
        }
    }

    func pow10(_ x: Double) -> Double {
        var r = 1.0
        for _ in 0..<Int(x.magnitude) { r *= 10 }
        return x < 0 ? 1 / r : r
    }

    @Test func daysAndPeriodsAreSpelledAsTheirDescriptions() throws {
        var random = SeededGenerator(seed: 12)
        for _ in 0..<20_000 {
            let day = Day(ordinal: Int32.random(in: -719_162...2_932_896, using: &random))
            #expect(written { $0.append(day: day) } == day.description)
        }
        for text in ["2025-03", "2025-Q1", "2025-W13", "2025", "2025-01/2025-02", "0001-01-01", "9999-12-31"] {
            let date = try ObservationDate.parse(text)
            #expect(written { $0.append(date: date) } == date.description)
        }
        // Periods of every unit and spans between them, over the years reckon reads and beyond.
        for _ in 0..<20_000 {
            let units = PeriodUnit.allCases
            let unit = units[Int(random.next() % UInt64(units.count))]
            let day = Day(ordinal: Int32.random(in: -800_000...3_000_000, using: &random))
            let start = Period.containing(day, unit: unit)
            let date: ObservationDate
            if random.next() % 3 == 0 {
                let later = Period.containing(day + Int(random.next() % 900), unit: units[Int(random.next() % 5)])
                date = ObservationDate(from: start, to: later) ?? ObservationDate(start)
            } else {
                date = ObservationDate(start)
            }
            #expect(written { $0.append(date: date) } == date.description)
        }
    }

    /// One writer spelling runs of days (each day after the first of a month takes that month's
    /// text) over month and year ends and 29 February, and days out of order, spells each as its
    /// description.
    @Test func runsOfDaysInOneWriterAreSpelledAsTheirDescriptions() throws {
        var days: [Day] = []
        for start in ["1999-12-25", "2024-02-20", "2023-02-20", "0001-01-01", "9999-12-01", "1900-02-27"] {
            let first = try ObservationDate.parseDay(start)
            days += (0..<40).map { first + $0 }.filter { $0 <= Day.latest }
        }
        days += [try ObservationDate.parseDay("2025-03-31"), try ObservationDate.parseDay("2025-03-01")]
        days += [try ObservationDate.parseDay("2025-04-01"), try ObservationDate.parseDay("2025-03-31")]
        days += [Day(ordinal: Int32.max), Day(ordinal: 0), Day(ordinal: Int32.min), Day(ordinal: -1)]
        var out = ByteWriter()
        for day in days {
            out.append(day: day)
            out.append(byte: UInt8(ascii: " "))
        }
        #expect(out.text == days.map { $0.description + " " }.joined())
    }

    @Test func jsonStringsEscapeQuotesBackslashesAndControlCharacters() {
        let cases = [
            ("plain", #""plain""#), ("say \"hi\"", #""say \"hi\"""#), ("a\\b", #""a\\b""#), ("l1\nl2\r\t", #""l1\nl2\r\t""#),
            ("\u{1}\u{1f}", #""\u0001\u001f""#), ("Київ 북한 🛰", "\"Київ 북한 🛰\""), ("", "\"\""),
        ]
        for (text, json) in cases {
            #expect(written { $0.append(jsonString: text) } == json, "\(text)")
        }
    }

    @Test func aTableOfCellsWrittenInPlaceAlignsAsOneOfStrings() {
        var strings = TextTable(["date", "value", "note"], rightAligned: [1])
        var cells = TextTable(["date", "value", "note"], rightAligned: [1])
        let rows = [["2025-01-01", "11,000", "Київ"], ["2025-02", "3", ""], ["2025", "1,234,567.5", "a  "]]
        for row in rows {
            strings.append(row)
            for cell in row { cells.cell { $0.append(cell) } }
            cells.endRow()
        }
        // Widths: 10 for the dates, 11 for "1,234,567.5"; trailing spaces trimmed, also a cell's own.
        let expected =
            "date              value  note\n" + "2025-01-01       11,000  Київ\n" + "2025-02               3\n"
            + "2025        1,234,567.5  a\n"
        #expect(strings.rendered() == cells.rendered())
        #expect(strings.rendered() == expected)
    }
}
