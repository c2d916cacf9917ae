import ReckonAnalysis
import ReckonModel
import Testing

@testable import ReckonOutput

/// Points written straight into bytes are the JSON and CSV that the value tree and plain strings give.
struct PointsListingTests {
    static let series = Series(
        id: try! SeriesID("s"), metadata: SeriesMetadata(title: "S", unit: "u", kind: .level),
        observations: [
            Observation(
                date: ObservationDate(Day(year: 2025, month: 1, day: 1)!), value: 10, qualifier: .about, source: "A \"quoted\""),
            Observation(date: ObservationDate(Day(year: 2025, month: 1, day: 1)!), value: 12, source: "B, comma"),
            Observation(date: try! .parse("2025-02"), low: 2500, high: 3500, source: "A \"quoted\""),
            Observation(date: ObservationDate(Day(year: 2025, month: 3, day: 9)!), value: 0.1, low: 0.05, source: "Київ"),
        ])

    /// The JSON the value tree gives, as the listing wrote it before it wrote bytes.
    static func tree(_ groups: [(source: String?, points: Points)]) -> String {
        var rows: [(x: Double, g: Int, i: Int)] = []
        for (g, group) in groups.enumerated() {
            for i in 0..<group.points.count { rows.append((group.points.position(i), g, i)) }
        }
        if groups.count > 1 { rows.sort { ($0.x, $0.g, $0.i) < ($1.x, $1.g, $1.i) } }
        let items: [JSONText.Value] = rows.map { _, g, i in
            let (source, p) = groups[g]
            var members: [(String, JSONText.Value)] = [
                ("date", .string(p.dates[i].description)), ("first", .string(p.dates[i].first.description)),
                ("last", .string(p.dates[i].last.description)),
            ]
            if let source { members.append(("source", .string(source))) }
            if let value = p.value(i) { members.append(("value", .number(value))) }
            if let low = p.low(i) { members.append(("low", .number(low))) }
            if let high = p.high(i) { members.append(("high", .number(high))) }
            if !p.qualifiers.isEmpty, let q = p.qualifiers[i] { members.append(("qualifier", .string(q.rawValue))) }
            members.append(("sources", .array(p.sources(i).map(JSONText.Value.string))))
            members.append(("observed", .bool(p.isObserved(i))))
            if !p.isComplete(i) { members.append(("complete", .bool(false))) }
            return .object(members)
        }
        return JSONText.encode(.array(items), lines: true) + "\n"
    }

    @Test func jsonIsTheValueTreesJSON() throws {
        let plain = try Query.run(Self.series, QueryOptions()).points
        #expect(PointsListing(plain).rendered(.json) == Self.tree([(nil, plain)]))
        var monthly = QueryOptions()
        monthly.every = .month
        monthly.stat = .mean
        let months = try Query.run(Self.series, monthly).points
        #expect(PointsListing(months).rendered(.json) == Self.tree([(nil, months)]))
        let bySource = try BySource.run(Self.series, QueryOptions()).map { (BySource.label($0.source), $0.result.points) }
        #expect(
            PointsListing(bySource: try BySource.run(Self.series, QueryOptions()).map { ($0.source, $0.result.points) })
                .rendered(.json) == Self.tree(bySource.map { ($0.0, $0.1) }))
        #expect(PointsListing(Points(kind: .level)).rendered(.json) == "[]\n")
    }

    /// A listing's CSV rows, a thousand or so put together at a time, are each row spelled alone from
    /// the descriptions of its date and `NumberText.format` of its numbers: across the blocks' seams,
    /// with days, spans, months and years, whole and fractional numbers, ranges and bounds.
    @Test(arguments: [false, true])
    func csvRowsAreEachRowSpelledAlone(_ bounded: Bool) {
        var b = Points.Builder(kind: .count)
        var day = Day(year: 1999, month: 12, day: 20)!
        for i in 0..<5_000 {
            let date: ObservationDate
            switch i % 89 {
            case 7: date = ObservationDate(from: Period(day), to: Period(day + 2))!
            case 11: date = ObservationDate(Period(unit: .month, first: Day(year: 2001, month: 1 + i % 12, day: 1)!))
            case 13: date = ObservationDate(Period(unit: .year, first: Day(year: 1990 + i % 30, month: 1, day: 1)!))
            default: date = ObservationDate(day)
            }
            let value = i % 3 == 0 ? Double(i) / 7 : Double(i * 1_000_003 % 100_000_000)
            let withBounds = bounded && i % 5 == 0
            b.append(date: date, value: value, low: withBounds ? value - 1.5 : nil, high: withBounds ? value + 2 : nil)
            day = day + (i % 89 == 7 ? 3 : 1)
        }
        let p = b.build()
        var expected = p.hasBounds ? "date,value,low,high\n" : "date,value\n"
        for i in 0..<p.count {
            expected += p.dates[i].description + "," + (p.value(i).map(NumberText.format) ?? "")
            if p.hasBounds {
                expected += "," + (p.low(i).map(NumberText.format) ?? "") + "," + (p.high(i).map(NumberText.format) ?? "")
            }
            expected += "\n"
        }
        #expect(p.hasBounds == bounded)
        #expect(PointsListing(p).rendered(.csv) == expected)
    }

    /// A long listing by source, of one source, keeps its source column when it may use two threads:
    /// such a listing is written on one.
    @Test func aListingByOneSourceKeepsItsSourceOnTwoThreads() {
        var b = Points.Builder(kind: .count)
        for i in 0..<(TwoThreads.indicesForTwoThreads + 1) { b.append(date: ObservationDate(Day(ordinal: Int32(i))), value: 1) }
        let listing = PointsListing(bySource: [("A", b.build())])
        var one = ByteWriter(), two = ByteWriter()
        listing.write(.csv, into: &one)
        listing.write(.csv, into: &two, onTwoThreads: true)
        #expect(two.text.hasPrefix("date,source,value\n1970-01-01,A,1\n"))
        #expect(two.bytes == one.bytes)
    }

    /// A long listing written in two halves at once is the bytes of one written on one thread: days,
    /// spans and months across the halves' seam, whole and fractional numbers, ranges and bounds.
    @Test(arguments: [TwoThreads.indicesForTwoThreads, TwoThreads.indicesForTwoThreads + 1, 250_001])
    func csvOnTwoThreadsIsTheBytesOfOne(_ count: Int) {
        var b = Points.Builder(kind: .count)
        var day = Day(year: 1990, month: 1, day: 30)!
        for i in 0..<count {
            let date = i % 97 == 5 ? ObservationDate(from: Period(day), to: Period(day + 2))! : ObservationDate(day)
            let value = i % 3 == 0 ? Double(i) / 7 : Double(i % 1000)
            b.append(date: date, value: value, low: i % 11 == 0 ? value - 1 : nil, high: i % 13 == 0 ? value + 1 : nil)
            day = day + (i % 97 == 5 ? 3 : 1)
        }
        let listing = PointsListing(b.build())
        var one = ByteWriter(), two = ByteWriter()
        listing.write(.csv, into: &one)
        listing.write(.csv, into: &two, onTwoThreads: true)
        #expect(one.bytes.count > count * 10)
        #expect(one.bytes == two.bytes)
    }

    @Test func csvQuotesSourcesAndLeavesMissingNumbersEmpty() throws {
        let groups = try BySource.run(Self.series, QueryOptions()).map { ($0.source, $0.result.points) }
        let csv = PointsListing(bySource: groups).rendered(.csv)
        let expected = [
            "date,source,value,low,high", #"2025-01-01,"A ""quoted""",10,,"#, #"2025-01-01,"B, comma",12,,"#,
            #"2025-02,"A ""quoted""",,2500,3500"#, "2025-03-09,Київ,0.1,0.05,",
        ]
        #expect(csv == expected.joined(separator: "\n") + "\n")
    }
}
