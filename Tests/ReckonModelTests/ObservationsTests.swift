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
