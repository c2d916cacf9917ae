import Testing

@testable import ReckonModel

/// An observation is small, since a million are read at once, and says exactly what it was given.
struct ObservationStorageTests {
    @Test func anObservationTakesSeventyTwoBytes() {
        #expect(MemoryLayout<Observation>.stride <= 72)
    }

    @Test func everyFieldReadsBackAsGiven() {
        let day = ObservationDate(Day(year: 2025, month: 3, day: 27)!)
        var o = Observation(date: day)
        #expect(o.value == nil && o.low == nil && o.high == nil && o.url == nil && o.reported == nil && o.note == nil)
        for number in [0.0, -0.0, 1e-9, -3, 1e15, .infinity, .nan] {
            o.value = number
            o.low = number
            o.high = number
            #expect(o.value?.bitPattern == number.bitPattern && o.low?.bitPattern == number.bitPattern)
            #expect(o.high?.bitPattern == number.bitPattern)
        }
        o.value = nil
        #expect(o.value == nil)
        o.url = "https://example.org"
        o.note = "a note"
        o.reported = Day(year: 2025, month: 3, day: 28)
        #expect(o.url == "https://example.org" && o.note == "a note" && o.reported == Day(year: 2025, month: 3, day: 28))
        // A copy shares nothing it can change: setting its note leaves the original's.
        var copy = o
        copy.note = nil
        #expect(o.note == "a note" && copy.note == nil && copy.url == "https://example.org")
        copy.url = nil
        copy.reported = nil
        #expect(copy.url == nil && copy.reported == nil && copy.note == nil && o.url == "https://example.org")
    }

    @Test func equalityAndHashingFollowTheFields() {
        let day = ObservationDate(Day(year: 2025, month: 1, day: 1)!)
        let a = Observation(date: day, value: 10, source: "A", note: "n")
        let b = Observation(date: day, value: 10, source: "A", note: "n")
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(a != Observation(date: day, value: 10, source: "A"))
        #expect(a != Observation(date: day, value: 11, source: "A", note: "n"))
        #expect(Observation(date: day, value: 1) != Observation(date: day, low: 1))
        #expect(Set([a, b, Observation(date: day, low: 1)]).count == 2)
    }
}
