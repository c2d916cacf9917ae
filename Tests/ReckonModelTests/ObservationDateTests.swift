import Testing

@testable import ReckonModel

struct ObservationDateTests {
    /// A date takes 12 bytes (two day numbers and two units), not two periods' 16: a million-row series
    /// keeps a million of them.
    @Test func aDateTakesTwelveBytes() {
        #expect(MemoryLayout<ObservationDate>.stride == 12)
    }

    @Test func spans() throws {
        let span = try ObservationDate.parse("2025-01/2025-02")
        #expect(span.first.description == "2025-01-01")
        #expect(span.last.description == "2025-02-28")
        #expect(span.dayCount == 59)
        #expect(span.description == "2025-01/2025-02")
        let mixed = try ObservationDate.parse("2024-12-15/2025-Q1")
        #expect(mixed.last.description == "2025-03-31")
    }

    @Test func ordersByFirstThenLastDay() throws {
        let day = try ObservationDate.parse("2025-03-01")
        let month = try ObservationDate.parse("2025-03")
        let span = try ObservationDate.parse("2025-03/2025-04")
        #expect(day < month && month < span)
    }

    @Test(arguments: [
        ("2025-02-30", "'2025-02-30' is not a date: February 2025 has 28 days"),
        ("2025-13", "'2025-13' is not a date: month 13 does not exist"),
        ("2025-Q5", "'2025-Q5' is not a date: a quarter is Q1 to Q4"),
        ("2025-W53", "'2025-W53' is not a date: ISO year 2025 has 52 weeks"),
        ("27/03/2025", "'27' is not a date: expected a 4-digit year first (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Wnn)"),
        ("2025-3-27", "'2025-3-27' is not a date: expected YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Wnn"),
        ("2025-02/2025-01", "span '2025-02/2025-01' is reversed: 2025-01 starts before 2025-02"),
        ("2025-01/", "'' is not a date: expected a day, week, month, quarter or year"),
        ("0000", "'0000' is not a date: year 0000 does not exist"),
        ("", "a date is required (e.g. 2025-03-27, 2025-03, 2025-Q1, 2025-W13, 2025)"),
    ])
    func explainsBadDates(_ text: String, _ message: String) {
        #expect(throws: FieldError.self) { try ObservationDate.parse(text) }
        do {
            _ = try ObservationDate.parse(text)
        } catch {
            #expect(error.message == message)
        }
    }

    @Test func reportedMustBeADay() throws {
        #expect(try ObservationDate.parseDay("2025-03-27").description == "2025-03-27")
        #expect(throws: FieldError("'2025-03' is not a day (YYYY-MM-DD)")) { try ObservationDate.parseDay("2025-03") }
    }

    @Test func errorOffsetPointsIntoTheSecondHalfOfASpan() {
        do {
            _ = try ObservationDate.parse("2025-01/2025-13")
            Issue.record("expected an error")
        } catch {
            #expect(error.offset == 8)
        }
    }
}
