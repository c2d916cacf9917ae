import ReckonTestSupport
import Testing

@testable import ReckonModel

struct CSVReaderTests {
    /// The records of `text`, each as its fields' strings with the record's line.
    func records(_ text: String) throws -> [(line: Int, fields: [String])] {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            var reader = CSVReader(buffer)
            var fields: [CSVField] = []
            var out: [(Int, [String])] = []
            while let span = try reader.next(into: &fields) {
                out.append((span.line, fields.map { reader.string($0) }))
            }
            return out
        }
    }

    @Test func readsPlainAndQuotedFields() throws {
        let r = try records("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n")
        #expect(r.map(\.fields) == [["a", "b", "c"], ["1", "x, y", "say \"hi\""]])
        #expect(r.map(\.line) == [1, 2])
    }

    @Test func acceptsCRLFAndBOMAndNoFinalNewline() throws {
        let r = try records("\u{FEFF}date,value\r\n2025-01,3\r\n2025-02,4")
        #expect(r.map(\.fields) == [["date", "value"], ["2025-01", "3"], ["2025-02", "4"]])
    }

    @Test func keepsLineNumbersAcrossQuotedLineBreaksAndBlankLines() throws {
        let r = try records("a,b\n1,\"two\nlines\"\n\n3,x\n")
        #expect(r.map(\.fields) == [["a", "b"], ["1", "two\nlines"], ["3", "x"]])
        #expect(r.map(\.line) == [1, 2, 5])
    }

    @Test func treatsALoneCarriageReturnAsText() throws {
        #expect(try records("a\rb,c\r\nd,e\r").map(\.fields) == [["a\rb", "c"], ["d", "e"]])
    }

    /// Lines without quotes take a fast path; lines with quotes the general one. Both must agree with a
    /// plain reference splitter on random quote-free text, and keep line numbers when they alternate.
    @Test func fastAndGeneralPathsAgree() throws {
        var generator = SeededGenerator()
        let alphabet = Array("ab1,. -Ж\n")
        // Long enough lines that commas and line feeds fall at every place in the 16-byte blocks the
        // fast path reads, and in the bytes after the last whole block.
        for _ in 0..<2000 {
            let text = String(
                (0..<Int.random(in: 0...120, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                .filter { !$0.isEmpty }.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            #expect(try records(text).map(\.fields) == expected, "\(text.debugDescription)")
        }
        let mixed = try records("a,b\n\"q\",1\nplain,2\n\"multi\nline\",3\nlast,4\n")
        #expect(mixed.map(\.line) == [1, 2, 3, 4, 6])
        #expect(mixed.map(\.fields) == [["a", "b"], ["q", "1"], ["plain", "2"], ["multi\nline", "3"], ["last", "4"]])
    }

    /// A comma or line feed at every offset from where the fast path starts looking, up to past two
    /// of its 16-byte blocks, with every number of bytes after it (so in a block or in the tail).
    @Test func findsASeparatorAtEveryOffsetOfABlock() throws {
        for before in 0..<36 {
            for after in 0..<20 {
                let (a, b) = (String(repeating: "x", count: before), String(repeating: "y", count: after))
                #expect(try records(a + "," + b).map(\.fields) == [[a, b]], "\(before), \(after)")
                let lines = try records(a + "\n" + b).map(\.fields)
                #expect(lines == [[a], [b]].filter { $0 != [""] }, "\(before), \(after)")
            }
        }
    }

    @Test func keepsEmptyFields() throws {
        #expect(try records(",\n,,\n").map(\.fields) == [["", ""], ["", "", ""]])
    }

    @Test func takesAQuoteInsideAnUnquotedFieldLiterally() throws {
        #expect(try records("5\" gun,x\n").map(\.fields) == [["5\" gun", "x"]])
    }

    @Test func reportsAnUnterminatedQuoteWhereItOpens() throws {
        let bytes = Array("a,b\n1,\"open\n2,3\n".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var reader = CSVReader(buffer)
            var fields: [CSVField] = []
            _ = try? reader.next(into: &fields)
            do throws(CSVReader.Failure) {
                _ = try reader.next(into: &fields)
                Issue.record("expected a failure")
            } catch {
                guard case .unterminatedQuote(let f) = error else { Issue.record("wrong failure \(error)"); return }
                #expect(f.line == 2)
                #expect(reader.column(of: f) == 3)
            }
        }
    }

    @Test func columnsCountUnicodeScalars() throws {
        let bytes = Array("Курськ,x\n".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let reader = CSVReader(buffer)
            #expect(reader.column(of: 13, lineStart: 0) == 8)
        }
    }

    @Test func writerQuotesOnlyWhenNeeded() {
        #expect(
            CSVWriter.record(["plain", "a,b", "say \"hi\"", " padded", "two\nlines", ""])
                == "plain,\"a,b\",\"say \"\"hi\"\"\",\" padded\",\"two\nlines\",")
    }
}
