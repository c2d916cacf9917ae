import ReckonTestSupport
import Testing

@testable import ReckonModel

/// `Observations` keeps observations in columns and behaves, operation for operation, as an array of
/// them would: checked against a plain `[Observation]` under random appends, writes, inserts and
/// removals.
struct ObservationsTests {
    /// A random observation; each optional field is often absent, as in real files.
    static func random(_ g: inout SeededGenerator) -> Observation {
        let day = Day(ordinal: Int32.random(in: 18_000...20_000, using: &g))
        func maybe<T>(_ make: () -> T) -> T? { Int.random(in: 0..<3, using: &g) == 0 ? make() : nil }
        let value = maybe { Double(Int.random(in: -5...5, using: &g)) } ?? 1
        return Observation(
            date: ObservationDate(day), value: Bool.random(using: &g) ? value : nil, low: maybe { -10 }, high: maybe { 10 },
            qualifier: maybe { Qualifier.allCases.randomElement(using: &g)! },
            source: maybe { ["A", "B", "C"].randomElement(using: &g)! }, url: maybe { "https://example.org" },
            reported: maybe { day + 3 }, note: maybe { "note \(Int.random(in: 0..<4, using: &g))" })
    }

    @Test func behavesAsAnArrayOfObservations() {
        var g = SeededGenerator()
        for _ in 0..<200 {
            var model: [Observation] = []
            var columns = Observations()
            for _ in 0..<Int.random(in: 0..<40, using: &g) {
                let o = Self.random(&g)
                switch Int.random(in: 0..<5, using: &g) {
                case 0 where !model.isEmpty:
                    let i = Int.random(in: model.indices, using: &g)
                    model[i] = o
                    columns[i] = o
                case 1:
                    let i = Int.random(in: 0...model.count, using: &g)
                    model.insert(o, at: i)
                    columns.insert(o, at: i)
                case 2 where !model.isEmpty:
                    let i = Int.random(in: model.indices, using: &g)
                    model.remove(at: i)
                    columns.remove(at: i)
                default:
                    model.append(o)
                    columns.append(o)
                }
                #expect(Array(columns) == model)
            }
            #expect(columns == Observations(model))
            #expect(columns.hashValue == Observations(model).hashValue)
            #expect(columns.count == model.count)
            if !model.isEmpty {
                var changed = columns
                changed[0].note = "changed"
                #expect(changed != columns)
            }
        }
    }

    /// A column no observation uses takes no room; one becomes full length with its first value.
    @Test func unusedColumnsStayEmpty() {
        let day = ObservationDate(Day(year: 2025, month: 1, day: 1)!)
        var columns: Observations = [
            Observation(date: day, value: 1, source: "A"), Observation(date: day, value: 2, source: "A"),
        ]
        #expect(columns.storedLows.isEmpty && columns.storedHighs.isEmpty && columns.qualifiers.isEmpty)
        #expect(columns.sourceIndex == [0, 0] && columns.sources.strings == ["A"])
        columns.append(Observation(date: day, value: 3, low: 2))
        #expect(columns.storedLows.count == 3 && columns.storedHighs.isEmpty)
        #expect(columns.low(0) == nil && columns.low(2) == 2 && columns.source(2) == nil)
    }

    @Test func aDecodedFileFillsOnlyItsColumns() throws {
        let text = "date,value,qualifier,source,note\n2025-01-01,1,about,A,\n2025-01-02,2,,A,\n2025-01-03,3,,B,\n"
        let file = try #require(SeriesFileDecoder.decode(Array(text.utf8), path: "x.csv").file)
        let obs = file.observations
        #expect(obs.qualifiers == [.about, nil, nil])
        #expect(obs.sourceIndex == [0, 0, 1] && obs.sources.strings == ["A", "B"])
        #expect(obs.storedLows.isEmpty && obs.storedHighs.isEmpty && !obs.hasReported)
        #expect(obs.map(\.note) == [nil, nil, nil])
    }
}

/// The decoder remembers the last few strings of a column: sources that take turns, more of them than
/// it remembers, each read back as written and stored once.
struct RecentStringsTests {
    @Test func sourcesThatTakeTurnsReadBackAsWritten() throws {
        let names = (0..<11).map { "Source \($0)" }
        var text = "date,value,source,note\n"
        var expected: [String] = []
        for row in 0..<200 {
            let name = names[(row * 7) % names.count]
            expected.append(name)
            text += "2025-01-\(String(format: "%02d", 1 + row % 28)),\(row),\(name),note \(row % 3)\n"
        }
        let file = try #require(SeriesFileDecoder.decode(Array(text.utf8), path: "x.csv").file)
        #expect(file.observations.map(\.source) == expected)
        #expect(file.observations.map(\.note) == (0..<200).map { "note \($0 % 3)" })
        #expect(Set(file.observations.sources.strings) == Set(names) && file.observations.sources.strings.count == names.count)
    }
}

/// Whether observations are single days in order, each with a value (`Observations.daysInOrderWithValues`),
/// noted as they are appended.
struct DaysInOrderTests {
    /// The definition `Observations.daysInOrderWithValues` notes: every observation a single day after
    /// the one before, each with a value.
    static func daysInOrderWithValues(_ o: Observations) -> Bool {
        o.indices.allSatisfy { i in
            o[i].date.isDay && o[i].value != nil && (i == 0 || o[i].date.first > o[i - 1].date.first)
        }
    }

    /// Appending, one by one or a collection at a time, notes exactly whether the rows are days in
    /// order with values; setting an element forgets it.
    @Test func appendsNoteWhetherTheRowsAreDaysInOrder() throws {
        var random = SeededGenerator(seed: 11)
        let month = try ObservationDate.parse("1970-04")
        for _ in 0..<400 {
            var day: Int32 = 100
            let rows = (0..<Int.random(in: 0..<10, using: &random)).map { _ in
                day += [1, 1, 1, 2, 0, -1].randomElement(using: &random)!
                let date = Int.random(in: 0..<10, using: &random) == 0 ? month : ObservationDate(Day(ordinal: day))
                return Int.random(in: 0..<10, using: &random) == 0
                    ? Observation(date: date, value: nil, low: 1, high: 2) : Observation(date: date, value: 5)
            }
            let whole = Observations(rows)
            #expect(whole.daysInOrderWithValues == Self.daysInOrderWithValues(whole), "\(rows.map(\.date))")
            let cut = Int.random(in: 0...rows.count, using: &random)
            var joined = Observations(Array(rows[..<cut]))
            joined.append(contentsOf: Observations(Array(rows[cut...])))
            #expect(joined.daysInOrderWithValues == whole.daysInOrderWithValues, "\(rows.map(\.date)) cut at \(cut)")
        }
        var changed: Observations = [Observation(date: ObservationDate(Day(ordinal: 1)), value: 1)]
        #expect(changed.daysInOrderWithValues)
        changed[0] = Observation(date: ObservationDate(Day(ordinal: 2)), value: 1)
        #expect(!changed.daysInOrderWithValues)
    }
}
