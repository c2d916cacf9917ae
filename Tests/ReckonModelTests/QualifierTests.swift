import ReckonTestSupport
import Testing

@testable import ReckonModel

struct QualifierTests {
    @Test func parsesTheThreeWordings() throws {
        #expect(try Qualifier.parse("about") == .about)
        #expect(try Qualifier.parse("at least") == .atLeast)
        #expect(try Qualifier.parse("at most") == .atMost)
        #expect(try Qualifier.parse("") == nil)
    }

    @Test func suggestsTheSpellingItKnows() {
        #expect(throws: FieldError("unknown qualifier 'At  Least'; did you mean 'at least'?")) {
            try Qualifier.parse("At  Least")
        }
        #expect(throws: FieldError("unknown qualifier 'roughly' (expected 'about', 'at least', 'at most' or nothing)")) {
            try Qualifier.parse("roughly")
        }
    }

    @Test(arguments: [
        ("more", Qualifier.atLeast), ("More than", .atLeast), (">", .atLeast), ("fewer than", .atMost),
        ("under", .atMost), ("approx.", .about), ("~", .about), ("at  least", .atLeast), ("ABOUT", .about),
    ])
    func importsReadPublishersWordings(_ text: String, _ q: Qualifier) throws {
        #expect(try Qualifier.parseWording(text) == q)
    }

    @Test func importsStillRefuseUnknownWordings() {
        #expect(throws: FieldError("unknown qualifier 'maybe' (expected a wording of 'about', 'at least' or 'at most')")) {
            try Qualifier.parseWording("maybe")
        }
    }

    @Test func kindsParse() throws {
        #expect(try SeriesKind.parse("cumulative") == .cumulative)
        #expect(throws: FieldError("unknown kind 'total' (expected 'level', 'count' or 'cumulative')")) {
            try SeriesKind.parse("total")
        }
    }

    /// A column of qualifiers in runs of 1 to 19 points (and, one round in fifty, of up to 30,000, long
    /// enough for two halves): every qualifier found, none made up, on one thread and on two.
    @Test func qualifiersInRunsAreFound() {
        var g = SeededGenerator(seed: 5)
        for round in 0..<400 {
            let column = Self.runs(long: round % 50 == 0, kinds: round % 4 == 0 ? 2 : 4, &g)
            let expected = Set(column.compactMap { $0 })
            #expect(Qualifier.found(in: column) == expected)
            if TwoThreads.available { #expect(Qualifier.found(in: column, onTwoThreads: true) == expected) }
        }
    }

    /// Where a run ends, from its start, from within it and from just before and after a word of eight:
    /// the first point with another qualifier, or the end.
    @Test func firstDifferentIsWhereTheRunEnds() {
        var g = SeededGenerator(seed: 6)
        for round in 0..<400 {
            let column = Self.runs(long: false, kinds: round % 4 == 0 ? 2 : 4, &g)
            for start in [0, 1, 7, 8, 9, 15, 16, 17] where start < column.count {
                for end in [column.count, column.count - 1, start + 9] where start < end && end <= column.count {
                    let found = column.withUnsafeBufferPointer { Qualifier.firstDifferent($0, from: start, before: end) }
                    let expected = column[start..<end].firstIndex { $0 != column[start] } ?? end
                    #expect(found == expected, "\(column), from \(start) before \(end)")
                }
            }
        }
    }

    /// Runs of qualifiers (nil and `.about` only, with `kinds` 2) of 1 to 19 points, to 40 or more; with
    /// `long`, of up to 30,000, to 200,000 or more.
    static func runs(long: Bool, kinds: Int, _ g: inout SeededGenerator) -> [Qualifier?] {
        let choices: [Qualifier?] = [nil, .about, .atLeast, .atMost]
        var column: [Qualifier?] = []
        while column.count < (long ? 2 * TwoThreads.indicesForTwoThreads : 40) {
            let q = choices[Int.random(in: 0..<kinds, using: &g)]
            column += Array(repeating: q, count: Int.random(in: 1...(long ? 30_000 : 19), using: &g))
        }
        return column
    }
}
