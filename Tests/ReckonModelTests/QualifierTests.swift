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
}
