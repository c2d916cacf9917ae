import Testing

@testable import ReckonModel

struct PeriodTests {
    @Test(arguments: [
        ("2025-03-27", PeriodUnit.day, "2025-03-27", "2025-03-27"),
        ("2025-03", .month, "2025-03-01", "2025-03-31"),
        ("2024-02", .month, "2024-02-01", "2024-02-29"),
        ("2025-Q1", .quarter, "2025-01-01", "2025-03-31"),
        ("2025-Q4", .quarter, "2025-10-01", "2025-12-31"),
        ("2025", .year, "2025-01-01", "2025-12-31"),
        ("2025-W13", .week, "2025-03-24", "2025-03-30"),
        ("2025-W01", .week, "2024-12-30", "2025-01-05"),
        ("2020-W53", .week, "2020-12-28", "2021-01-03"),
    ])
    func parsesEachForm(_ text: String, _ unit: PeriodUnit, _ first: String, _ last: String) throws {
        let date = try ObservationDate.parse(text)
        #expect(date.end == nil)
        #expect(date.start.unit == unit)
        #expect(date.first.description == first)
        #expect(date.last.description == last)
        #expect(date.description == text)
    }

    @Test func containingAgreesWithParsing() throws {
        let day = try #require(Day(year: 2025, month: 3, day: 27))
        for (unit, text) in [
            (PeriodUnit.day, "2025-03-27"), (.week, "2025-W13"), (.month, "2025-03"), (.quarter, "2025-Q1"), (.year, "2025"),
        ] {
            let p = Period.containing(day, unit: unit)
            #expect(p.description == text)
            #expect(p.first <= day && day <= p.last)
        }
    }

    @Test func dayCounts() throws {
        #expect(try ObservationDate.parse("2024").dayCount == 366)
        #expect(try ObservationDate.parse("2025-Q1").dayCount == 90)
        #expect(try ObservationDate.parse("2025-W13").dayCount == 7)
    }
}
