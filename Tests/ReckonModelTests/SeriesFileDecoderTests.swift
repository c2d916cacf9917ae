import Testing

@testable import ReckonModel

struct SeriesFileDecoderTests {
    func decode(_ text: String) -> SeriesFileDecoder.Result {
        SeriesFileDecoder.decode(Array(text.utf8), path: "Series/x.csv")
    }

    @Test func readsEveryColumnInAnyOrder() throws {
        let result = decode(
            """
            note,source,date,high,low,value,qualifier,url,reported
            "JCS, via Yonhap",South Korea Joint Chiefs of Staff,2025-03-27,12000,10000,11000,about,https://example.org/a,2025-03-28

            """)
        #expect(result.diagnostics.isEmpty)
        let o = try #require(result.file?.observations.first)
        #expect(o.date.description == "2025-03-27")
        #expect(o.value == 11000 && o.low == 10000 && o.high == 12000)
        #expect(o.qualifier == .about)
        #expect(o.source == "South Korea Joint Chiefs of Staff")
        #expect(o.url == "https://example.org/a")
        #expect(o.reported?.description == "2025-03-28")
        #expect(o.note == "JCS, via Yonhap")
        #expect(result.file?.lines == [2])
    }

    /// A quoted source with a doubled quote and the same bytes unquoted (where a quote is literal) are
    /// two sources, whichever comes first.
    @Test func doubledQuotesMakeAnotherSourceThanTheSameBytesUnquoted() throws {
        for (first, second) in [("\"a\"\"b\"", "a\"\"b"), ("a\"\"b", "\"a\"\"b\"")] {
            let result = decode("date,value,source\n2025-01-01,1,\(first)\n2025-01-02,1,\(second)\n2025-01-03,1,\(first)\n")
            #expect(result.diagnostics.isEmpty)
            let sources = try #require(result.file?.observations.map(\.source))
            let (quoted, unquoted) = ("a\"b", "a\"\"b")
            #expect(sources == (first.hasPrefix("\"") ? [quoted, unquoted, quoted] : [unquoted, quoted, unquoted]))
        }
    }

    @Test func aHeaderOnlyFileIsAnEmptySeries() throws {
        let result = decode("date,value\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.file?.observations == [])
    }

    @Test func aRowMayGiveOnlyBounds() throws {
        let result = decode("date,value,low,high\n2025-01/2025-02,,2500,3500\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.file?.observations.first?.value == nil)
        #expect(result.file?.observations.first?.date.dayCount == 59)
    }

    /// The bad-input table: each file, and the one diagnostic it must produce.
    @Test(arguments: [
        ("date,value\n2025-02-30,5\n", "Series/x.csv:2:1: error: '2025-02-30' is not a date: February 2025 has 28 days"),
        (
            "date,value\n2025-03/2025-01,5\n",
            "Series/x.csv:2:1: error: span '2025-03/2025-01' is reversed: 2025-01 starts before 2025-03"
        ),
        ("date,value\n2025-01/2025-13,5\n", "Series/x.csv:2:9: error: '2025-13' is not a date: month 13 does not exist"),
        ("date,value\n2025-01/,5\n", "Series/x.csv:2:9: error: '' is not a date: expected a day, week, month, quarter or year"),
        (
            "date,valeu\n2025-01-01,5\n",
            "Series/x.csv:1:6: error: unknown column 'valeu'; did you mean 'value'? (columns: date, value, low, high, qualifier, source, url, reported, note)"
        ),
        ("date,value,value\n", "Series/x.csv:1:12: error: column 'value' appears twice"),
        ("value,source\n5,x\n", "Series/x.csv:1:1: error: the header has no 'date' column"),
        (
            "date,value,source\n2025-03-27,11,000,JCS\n",
            "Series/x.csv:2:12: error: expected 3 fields (date,value,source), found 4; a number with a thousands separator ('11,000') splits the row: write 11000"
        ),
        (
            "date,value\n2025-03-27,\"11,000\"\n",
            "Series/x.csv:2:12: error: '11,000' is not a number (write it without thousands separators, e.g. 11000)"
        ),
        (
            "date,value\n2025-03-27,about 11k\n",
            "Series/x.csv:2:12: error: 'about 11k' is not a number (put words such as 'about' in the qualifier column and write the number in full)"
        ),
        (
            "date,value\n2025-03-27,NaN\n",
            "Series/x.csv:2:12: error: 'NaN' is not a number (leave the value empty when it is unknown)"
        ),
        ("date,value,low,high\n2025-03-27,11000,12000,10000\n", "Series/x.csv:2:18: error: low 12000 is greater than high 10000"),
        (
            "date,value,low,high\n2025-03-27,13000,10000,12000\n",
            "Series/x.csv:2:12: error: value 13000 is above its high bound 12000"
        ),
        ("date,value,low\n2025-03-27,9000,10000\n", "Series/x.csv:2:12: error: value 9000 is below its low bound 10000"),
        (
            "date,value,qualifier\n2025-03-27,5,roughly\n",
            "Series/x.csv:2:14: error: unknown qualifier 'roughly' (expected 'about', 'at least', 'at most' or nothing)"
        ),
        ("date,value\n2025-03-27\n", "Series/x.csv:2:11: error: expected 2 fields (date,value), found 1"),
        (
            "date,value,note\n2025-03-27,5,\"unclosed\n",
            "Series/x.csv:2:14: error: unterminated quoted field: the quote opened here is never closed"
        ),
        (
            "date,value,note\n2025-03-27,5,\"a\"b\n",
            "Series/x.csv:2:17: error: unexpected text after a closing quote (a quote inside a quoted field is written \"\")"
        ),
        ("date,value\n2025-03-27,\n", "Series/x.csv:2:12: error: a row needs a value or at least one of low and high"),
        ("date,value,reported\n2025-03-27,5,2025-03\n", "Series/x.csv:2:14: error: '2025-03' is not a day (YYYY-MM-DD)"),
        ("", "Series/x.csv:1:1: error: empty file: expected a header row such as 'date,value,source'"),
        ("\u{FEFF}\n\n", "Series/x.csv:1:1: error: empty file: expected a header row such as 'date,value,source'"),
        (
            "date,value\n\"Курськ\",1\n",
            "Series/x.csv:2:1: error: 'Курськ' is not a date: expected a 4-digit year first (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Wnn)"
        ),
    ])
    func badInput(_ text: String, _ expected: String) {
        let result = decode(text)
        #expect(result.diagnostics.map(\.description) == [expected])
        #expect(result.hasErrors)
    }

    @Test func reportsEveryBadRowNotJustTheFirst() {
        let result = decode("date,value\n2025-02-30,5\n2025-03-01,6\n2025-13,7\nx,y\n")
        #expect(result.diagnostics.map(\.line) == [2, 4, 5, 5])
        #expect(result.file?.observations.count == 1)
    }

    @Test func columnsCountCharactersNotBytes() {
        let result = decode("date,note,value\n2025-03-27,Курськ,x\n")
        #expect(result.diagnostics.map(\.description) == ["Series/x.csv:2:19: error: 'x' is not a number"])
    }

    @Test func repeatedSourcesShareOneString() throws {
        let result = decode(
            "date,value,source\n2025-01-01,1,General Staff of the Armed Forces of Ukraine\n2025-01-02,2,General Staff of the Armed Forces of Ukraine\n2025-01-03,3,Other\n"
        )
        let sources = try #require(result.file?.observations.map(\.source))
        #expect(
            sources == ["General Staff of the Armed Forces of Ukraine", "General Staff of the Armed Forces of Ukraine", "Other"])
    }
}
