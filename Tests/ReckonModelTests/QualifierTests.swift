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
        #expect(throws: FieldError("unknown qualifier 'At  Least'; did you mean 'at least'?")) { try Qualifier.parse("At  Least") }
        #expect(throws: FieldError("unknown qualifier 'roughly' (expected 'about', 'at least', 'at most' or nothing)")) {
            try Qualifier.parse("roughly")
        }
    }

    @Test func kindsParse() throws {
        #expect(try SeriesKind.parse("cumulative") == .cumulative)
        #expect(throws: FieldError("unknown kind 'total' (expected 'level', 'count' or 'cumulative')")) { try SeriesKind.parse("total") }
    }
}
