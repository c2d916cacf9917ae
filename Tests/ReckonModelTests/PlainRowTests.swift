import Foundation
import ReckonTestSupport
import Testing

@testable import ReckonModel

/// The decoder's plain-row path (`SeriesFileDecoder.State.plainRow`) reads every row as the general
/// way does: the same observations, diagnostics, row texts and lines, on rows made to sit on its
/// edges (fields that look like the row before's, numbers and dates it reads itself or hands on, line
/// endings, quotes) and on seeded random files built from them.
struct PlainRowTests {
    /// Compares decoding with the plain-row path and without it.
    func expectSameReading(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = Array(text.utf8)
        let plain = SeriesFileDecoder.decode(bytes, path: "s.csv", plainRows: true)
        let general = SeriesFileDecoder.decode(bytes, path: "s.csv", plainRows: false)
        #expect(plain.diagnostics == general.diagnostics, "\(name)", sourceLocation: sourceLocation)
        #expect(plain.file?.observations == general.file?.observations, "\(name)", sourceLocation: sourceLocation)
        #expect(plain.file?.rowText == general.file?.rowText, "\(name)", sourceLocation: sourceLocation)
        #expect(plain.file?.lines == general.file?.lines, "\(name)", sourceLocation: sourceLocation)
        #expect(
            plain.file?.observations.stringTables == general.file?.observations.stringTables, "\(name)",
            sourceLocation: sourceLocation)
        if let observations = plain.file?.observations {
            #expect(
                observations.daysInOrderWithValues == DaysInOrderTests.daysInOrderWithValues(observations), "\(name)",
                sourceLocation: sourceLocation)
        }
    }

    static let edges: [(String, String)] = [
        ("a source with a comma, then the same bytes unquoted", "date,value,source\n2025-01-01,1,\"A,B\"\n2025-01-02,2,A,B\n"),
        ("a source, then one it begins", "date,value,source\n2025-01-01,1,AB\n2025-01-02,2,A\n2025-01-03,3,ABC\n"),
        ("a repeated last source at the end of the file", "date,value,source\n2025-01-01,1,A\n2025-01-02,2,A"),
        ("a repeated source before more fields", "date,source,value\n2025-01-01,Kyiv,1\n2025-01-02,Kyiv,2\n2025-01-03,Kyiv\n"),
        ("a quote inside an unquoted source", "date,value,source\n2025-01-01,1,Kyiv \"Post\"\n2025-01-02,2,Kyiv \"Post\"\n"),
        ("CRLF and lone CRs", "date,value,note\r\n2025-01-01,1,a\r\n2025-01-02,2,\r\n2025-01-03,3,b\rc\r\n2025-01-04,4\r,x\r\n"),
        ("a CR before a comma", "date,value,source\n2025-01-01,1\r,A\n2025-01-02,2,A\r\n"),
        ("blank lines", "date,value\n\n2025-01-01,1\n\r\n\n2025-01-02,2\n"),
        (
            "numbers on the edges",
            "date,value\n2025-01-01,007\n2025-01-02,123456789012345\n2025-01-03,1234567890123456\n2025-01-04,-5\n"
                + "2025-01-05,+5\n2025-01-06,1.5\n2025-01-07,1e3\n2025-01-08,12a\n2025-01-09,\n2025-01-10,1 \n"
                + "2025-01-11,9999999999999999\n2025-01-12,0\n"
        ),
        (
            "dates on the edges",
            "date,value\n2025-1-01,1\n2025-01,2\n2025-01-01/2025-01-31,3\n2025-02-30,4\n2025-02-28,5\n20250101,6\n"
                + "2025-01-01x,7\n2025-12-31,8\n"
        ),
        (
            "bounds and qualifiers",
            "date,value,low,high,qualifier\n2025-01-01,5,4,6,about\n2025-01-02,,4,6,\n2025-01-03,5,6,4,\n"
                + "2025-01-04,5,,,at least\n2025-01-05,5,,,At Least\n2025-01-06,5,,,at most\n"
        ),
        (
            "every column, repeated strings",
            "date,value,qualifier,source,url,reported,note\n"
                + "2025-01-01,1,about,S,https://example.org/a,2025-01-02,n\n"
                + "2025-01-02,2,about,S,https://example.org/a,2025-01-03,n\n"
                + "2025-01-03,3,about,S,https://example.org/a,,n\n"
                + "2025-01-04,4,about,S,https://example.org/a,2025-13-01,n\n"
        ),
        ("too few and too many fields", "date,value,source\n2025-01-01,1\n2025-01-02,1,A,B\n2025-01-03,1,000,A\n"),
        ("a control character in a repeated-looking source", "date,value,source\n2025-01-01,1,A\n2025-01-02,1,A\u{1}\n"),
        ("quoted fields between plain rows", "date,value,source\n2025-01-01,1,A\n\"2025-01-02\",2,\"A\"\n2025-01-03,3,A\n"),
        (
            "a new source in a row with one field too many, then a string the cache must still know",
            "date,source,value\n2025-01-01,\"q\"\"x\",1\n2025-01-02,a,1\n2025-01-03,b,1\n2025-01-04,c,1\n"
                + "2025-01-05,d,1\n2025-01-06,e,1\n2025-01-07,f,1\n2025-01-08,g,1\n2025-01-09,Z,1,2\n2025-01-10,q\"\"x,1\n"
        ),
        ("a new source in a row whose value is wrong", "date,value,source\n2025-01-01,1,A\n2025-01-02,x,B\n2025-01-03,1,B\n"),
        ("non-ASCII sources", "date,value,source\n2025-01-01,1,Генштаб ЗСУ\n2025-01-02,2,Генштаб ЗСУ\n2025-01-03,3,국방부\n"),
        // The tail after the date and value (`RowTail`), taken from the row before.
        (
            "a repeated tail whose bounds no longer hold the value",
            "date,value,low,high,source\n2025-01-01,5,4,6,A\n2025-01-02,7,4,6,A\n2025-01-03,5,4,6,A\n2025-01-04,,4,6,A\n"
        ),
        (
            "a repeated tail after a quoted row, then after a new string",
            "date,value,source\n2025-01-01,1,A\n2025-01-02,2,\"A\"\n2025-01-03,3,A\n2025-01-04,4,B\n2025-01-05,5,A\n"
        ),
        (
            "a tail longer than is kept",
            "date,value,note\n2025-01-01,1,\(String(repeating: "n", count: 300))\n2025-01-02,2,\(String(repeating: "n", count: 300))\n"
        ),
        ("a tail the same but for its line ending", "date,value,source\r\n2025-01-01,1,A\r\n2025-01-02,2,A\n2025-01-03,3,A\r\n"),
        ("a tail that runs past the end of the file", "date,value,source\n2025-01-01,1,AB\n2025-01-02,2,A"),
        ("a tail of one empty field", "date,value,source\n2025-01-01,1,\n2025-01-02,2,\n2025-01-03,3,A\n"),
        ("no value column", "date,source,qualifier\n2025-01-01,A,about\n2025-01-02,A,about\n2025-01-03,A,abut\n"),
        ("a value after a bound", "date,low,value\n2025-01-01,1,5\n2025-01-02,1,5\n2025-01-03,1,5\n"),
        ("a value after the source", "date,source,value,low,high\n2025-01-01,A,5,1,9\n2025-01-02,A,5,1,9\n"),
        (
            "the same tail after values of other forms",
            "date,value,source\n2025-01-01,1,A\n2025-01-02,2.5,A\n2025-01-03,-3,A\n2025-01-04,,A\n2025-01-05,0012,A\n"
                + "2025-01-06,1234567890123456,A\n2025-01-07,7 ,A\n2025-01-08,8,A\n"
        ),
        (
            "the same tail across months",
            "date,value,source\n2025-01-31,1,A\n2025-02-01,2,A\n2025-02-29,3,A\n2025-02-28,4,A\n2025-02-00,5,A\n2025-02-1x,6,A\n"
        ),
        (
            "the same tail after dates of other forms",
            "date,value,source\n2025-01-01,1,A\n2025-02,2,A\n2025-02-01/2025-02-03,3,A\n2025-02-04,4,A\n2025-02-30,5,A\n"
        ),
    ]

    @Test func rowsOnTheEdgesReadAsTheGeneralWayReadsThem() {
        for (name, text) in Self.edges { expectSameReading(text, name) }
    }

    @Test func seededRandomFilesReadAsTheGeneralWayReadsThem() {
        var random = SeededGenerator(seed: 28)
        let dates = ["2025-01-01", "2025-01-31", "2025-02-29", "2025-03", "2025", "2025-01-01/2025-01-07", "x", ""]
        let values = ["1", "42", "007", "2.5", "-3", "1e3", "", "12a", "1234567890123456", "1,000"]
        let qualifiers = ["", "about", "at least", "at most", "About", "roughly"]
        let sources = ["A", "A", "AB", "\"A,B\"", "A,B", "Kyiv \"Post\"", "\"say \"\"hi\"\"\"", "", "Генштаб"]
        let endings = ["\n", "\n", "\r\n", "\r", "\n\n"]
        for k in 0..<200 {
            var text = ["date,value,qualifier,source", "source,date,value", "date,value,source,note"][k % 3] + "\n"
            for _ in 0..<Int.random(in: 1...30, using: &random) {
                let date = dates.randomElement(using: &random)!, value = values.randomElement(using: &random)!
                let source = sources.randomElement(using: &random)!
                switch k % 3 {
                case 0: text += "\(date),\(value),\(qualifiers.randomElement(using: &random)!),\(source)"
                case 1: text += "\(source),\(date),\(value)"
                default: text += "\(date),\(value),\(source),\(sources.randomElement(using: &random)!)"
                }
                text += endings.randomElement(using: &random)!
            }
            expectSameReading(text, "random file \(k):\n\(text)")
        }
    }

    /// Whole numbers of every length, read eight digits at a time where sixteen bytes follow them and
    /// one by one near the end of the file, followed by every kind of byte that may end them or not:
    /// read as the general way reads them, and the valid ones as Swift's own `Double(_:)` reads them.
    @Test func wholeNumbersOfEveryLengthReadAsTheGeneralWayReadsThem() throws {
        var random = SeededGenerator(seed: 16)
        var mixed = "date,value,source\n", valid = "date,value,source\n"
        var expected: [Double] = []
        for length in 1...17 {
            for after in [",A long enough source\n", ",A\r\n", ".5,A\n", "e3,A\n", "x,A\n", ",A\n"] {
                let digits = String((0..<length).map { _ in "0123456789".randomElement(using: &random)! })
                mixed += "2025-01-01," + digits + after
                if length <= 15, after.hasPrefix(","), let value = Double(digits) {
                    valid += "2025-01-01," + digits + after
                    expected.append(value)
                }
            }
        }
        expectSameReading(mixed, "whole numbers and what may follow them")
        expectSameReading(valid + "2025-01-02,12", "whole numbers, the last at the end of the file")
        let file = try #require(SeriesFileDecoder.decode(Array(valid.utf8), path: "s.csv").file)
        #expect(file.observations.map(\.value) == expected)
        #expect(expected.count == 45)
    }

    /// More plain rows than a batch holds (`RowBatch.capacity`), with rows for the general way among
    /// them (one at the batch's edge), read whole and a piece at a time: the same observations, in
    /// the same order, as the general way.
    @Test func runsLongerThanABatchKeepTheirOrder() throws {
        var text = "date,value,qualifier,source\n"
        let start = Day(year: 2000, month: 1, day: 1)!
        for i in 0..<(2 * RowBatch.capacity + 100) {
            let day = Day(ordinal: start.ordinal + Int32(i))
            let quoted = i % 997 == 0 || i == RowBatch.capacity
            text += "\(day),\(i),\(i % 3 == 0 ? "about" : ""),\(quoted ? "\"S, \(i % 5)\"" : "S\(i % 5)")\n"
        }
        expectSameReading(text, "long runs")
        let bytes = Array(text.utf8)
        let whole = SeriesFileDecoder.decode(bytes, path: "s.csv")
        #expect(whole.file?.observations.map(\.value) == (0..<(2 * RowBatch.capacity + 100)).map(Double.init))
        let pieces = try SeriesFileDecoder.decodeStreaming(
            read: { offset, buffer throws(ReckonError) -> Int in
                let n = max(0, min(buffer.count, bytes.count - offset))
                for i in 0..<n { buffer[i] = bytes[offset + i] }
                return n
            }, sizeHint: bytes.count, path: "s.csv", piece: 1 << 20)
        #expect(pieces.file?.observations == whole.file?.observations)
        #expect(pieces.diagnostics.isEmpty && whole.diagnostics.isEmpty)
    }

    /// A plain row's text ends before its line ending, at offsets counted by hand: a 27-byte header and
    /// CRLF, then two rows of 20 bytes and CRLF each.
    @Test func aPlainRowsTextEndsBeforeItsLineEnding() throws {
        let text = "date,value,qualifier,source\r\n2025-01-01,1,about,A\r\n2025-01-02,2,about,A\r\n"
        let plain = SeriesFileDecoder.decode(Array(text.utf8), path: "s.csv", plainRows: true)
        let file = try #require(plain.file)
        #expect(file.rowText == [.original(29..<49), .original(51..<71)])
        #expect(file.lines == [2, 3])
        #expect(file.observations.map(\.value) == [1, 2])
        expectSameReading(text, "CRLF file")
    }
}
