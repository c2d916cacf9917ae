import Foundation
import ReckonModel
import Testing

@testable import ReckonAnalysis

/// How competing estimates are reconciled, against an independent implementation of the stated rule in
/// pandas (`Fixtures/make_combine_fixtures.py` wrote `combine.json`): seeded random series with several
/// sources, revisions, ranges, bounds and qualifiers, in each kind, with and without a default source,
/// under every way of combining.
struct CombineOracleTests {
    struct Fixture: Decodable {
        struct Row: Decodable {
            var date: String
            var value: Double?
            var low: Double?
            var high: Double?
            var qualifier: String?
            var source: String?
            var reported: String?
        }
        struct Point: Decodable {
            var date: String
            var value: Double
            var low: Double?
            var high: Double?
            var qualifier: String?
            var sources: [String]
            var rangeOnly: Bool
        }
        struct Case: Decodable {
            var name: String
            var kind: String
            var defaultSource: String?
            var rows: [Row]
            var expected: [String: [Point]]
        }
        var cases: [Case]
    }

    static let fixture: Fixture = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/combine.json")
        return try! JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }()

    static func series(_ c: Fixture.Case) throws -> Series {
        let observations = try c.rows.map { r in
            Observation(
                date: try ObservationDate.parse(r.date), value: r.value, low: r.low, high: r.high,
                qualifier: try r.qualifier.flatMap { try Qualifier.parse($0) }, source: r.source,
                reported: try r.reported.map { try ObservationDate.parseDay($0) })
        }
        let kind = try #require(SeriesKind(rawValue: c.kind))
        return Series(
            id: try SeriesID("oracle"), metadata: SeriesMetadata(kind: kind, source: c.defaultSource), observations: observations)
    }

    static func close(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 1e-9 * max(1, abs(b))
    }

    @Test(arguments: Combine.allCases)
    func reconcilesAsTheRuleSays(_ combine: Combine) throws {
        #expect(Self.fixture.cases.count == 18)
        var groups = 0
        for c in Self.fixture.cases {
            var options = QueryOptions()
            options.combine = combine
            let p = try Selection.points(try Self.series(c), options: options)
            let expected = try #require(c.expected[combine.rawValue])
            try #require(p.count == expected.count, "\(c.name): \(p.count) points, expected \(expected.count)")
            for (i, e) in expected.enumerated() {
                let at = "\(c.name), point \(i) (\(e.date))"
                #expect(p.dates[i].description == e.date, "\(at)")
                #expect(Self.close(p.values[i], e.value), "\(at): value \(p.values[i]), expected \(e.value)")
                #expect(Self.close(p.low(i), e.low) && Self.close(p.high(i), e.high), "\(at): bounds")
                #expect(p.qualifiers.isEmpty ? e.qualifier == nil : p.qualifiers[i]?.rawValue == e.qualifier, "\(at): qualifier")
                #expect(p.sources(i) == e.sources, "\(at): sources \(p.sources(i))")
                #expect(!p.hasValue(i) == e.rangeOnly, "\(at): range only")
                if e.sources.count > 1 { groups += 1 }
            }
        }
        // Many points reconcile several sources: the comparison is not of single rows only.
        #expect(groups > 150)
    }
}
