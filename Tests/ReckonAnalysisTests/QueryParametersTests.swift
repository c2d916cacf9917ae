import ReckonAnalysis
import ReckonModel
import Testing

/// Named parameters (a URL's, or the command line's options) become the same query options.
struct QueryParametersTests {
    @Test func everyParameterSetsItsOption() throws {
        let o = try QueryOptions(parameters: [
            ("from", "2025-01-01"), ("to", "2025-06-30"), ("as-of", "2025-07-01"), ("source", "General Staff"),
            ("combine", "max"), ("diff", ""), ("rolling", "7"), ("every", "month"), ("stat", "mean"),
            ("at", "2025-02-01, 2025-03-01"), ("interpolate", "linear"), ("extrapolate", "true"), ("max-gap", "30"),
        ])
        #expect(o.from == Day(year: 2025, month: 1, day: 1) && o.to == Day(year: 2025, month: 6, day: 30))
        #expect(o.asOf == Day(year: 2025, month: 7, day: 1) && o.source == "General Staff")
        #expect(o.combine == .max && o.diff && !o.cumulative && o.rolling == 7 && o.every == .month && o.stat == .mean)
        #expect(o.at == [Day(year: 2025, month: 2, day: 1)!, Day(year: 2025, month: 3, day: 1)!])
        #expect(o.interpolate == .linear && o.extrapolate && o.maxGap == 30)
        #expect(try QueryOptions(parameters: [("diff", "false")]) == QueryOptions())
    }

    @Test(arguments: [
        ("colour", "red", "unknown parameter 'colour'"),
        ("rolling", "0", "rolling must be 1 to 3660 days"),
        ("rolling", "seven", "rolling must be 1 to 3660 days"),
        ("max-gap", "100001", "max-gap must be 1 to 100000 days"),
        ("every", "fortnight", "every: unknown value 'fortnight' (expected day, week, month, quarter, year)"),
        ("diff", "yes", "diff: 'yes' is not true or false"),
        ("from", "2025-02-30", "from: "),
        ("at", ",", "at: give one or more days"),
    ])
    func aBadParameterIsAUsageErrorNamingIt(_ name: String, _ value: String, _ message: String) {
        #expect {
            _ = try QueryOptions(parameters: [(name, value)])
        } throws: { error in
            let e = error as? AnalysisError
            return e?.kind == .usage && e?.message.hasPrefix(message) == true
        }
    }

    @Test func aRepeatedParameterAndAnEndBeforeTheStartAreErrors() {
        #expect {
            try QueryOptions(parameters: [("diff", ""), ("diff", "false")])
        } throws: { ($0 as? AnalysisError)?.message(.option) == "--diff is given twice" }
        #expect {
            try QueryOptions(parameters: [("from", "2025-02-01"), ("to", "2025-01-01")])
        } throws: { ($0 as? AnalysisError)?.message == "to 2025-01-01 is before from 2025-02-01" }
    }
}
