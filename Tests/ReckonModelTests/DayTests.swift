import Testing

@testable import ReckonModel

struct DayTests {
    /// Every row of the fixture made with Python's datetime (see Fixtures/make_calendar_fixture.py).
    @Test func agreesWithPythonDatetime() throws {
        let rows = try Fixtures.text("calendar.csv").split(separator: "\n").dropFirst()
        #expect(rows.count > 9000)
        for row in rows {
            let f = row.split(separator: ",").map(String.init)
            let parts = f[0].split(separator: "-").map { Int($0)! }
            let day = try #require(Day(year: parts[0], month: parts[1], day: parts[2]))
            #expect(day.ordinal == Int32(f[1]), "\(f[0])")
            #expect(day.description == f[0])
            #expect(day.isoWeekday == Int(f[2]), "\(f[0])")
            let (isoYear, isoWeek) = ISOWeek.weekOf(day)
            #expect(isoYear == Int(f[3]) && isoWeek == Int(f[4]), "\(f[0])")
            let civil = Day(ordinal: day.ordinal).civil
            #expect(civil.year == parts[0] && civil.month == parts[1] && civil.day == parts[2])
        }
    }

    @Test(arguments: [
        (2025, 2, 29), (2024, 2, 30), (2025, 4, 31), (2025, 13, 1), (2025, 0, 1), (0, 1, 1), (10000, 1, 1), (2025, 1, 0),
    ])
    func refusesDaysThatDoNotExist(_ y: Int, _ m: Int, _ d: Int) {
        #expect(Day(year: y, month: m, day: d) == nil)
    }

    @Test func leapYears() {
        #expect(Day.isLeap(2024) && Day.isLeap(2000) && !Day.isLeap(1900) && !Day.isLeap(2025))
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
    }

    @Test func arithmetic() throws {
        let a = try #require(Day(year: 2025, month: 3, day: 27))
        #expect((a + 5).description == "2025-04-01")
        #expect((a - 27).description == "2025-02-28")
        #expect(a - Day(year: 2024, month: 10, day: 31)! == 147)
    }
}

struct DayShiftTests {
    /// Shifts by amounts read from input stop at the calendar's ends instead of overflowing.
    @Test func shiftsSaturateAtTheCalendarsEnds() {
        let day = Day(year: 2025, month: 3, day: 27)!
        #expect(day.shifted(by: 7) == Day(year: 2025, month: 4, day: 3)!)
        #expect(day.shifted(by: -27) == Day(year: 2025, month: 2, day: 28)!)
        #expect(day.shifted(by: 99_999_999_999) == Day.latest)
        #expect(day.shifted(by: -99_999_999_999) == Day.earliest)
        #expect(day.shifted(by: .max) == Day.latest)
        #expect(day.shifted(by: .min) == Day.earliest)
    }
}
