import Testing

@testable import ReckonModel

struct SeriesFileTests {
    func file(_ text: String) throws -> SeriesFile {
        try #require(SeriesFileDecoder.decode(Array(text.utf8), path: "x.csv").file)
    }

    func observation(_ date: String, _ value: Double, source: String? = nil) throws -> Observation {
        Observation(date: try ObservationDate.parse(date), value: value, source: source)
    }

    @Test func anUnchangedFileEncodesToTheSameBytes() throws {
        let text = "\u{FEFF}value,date,note\r\n1e3,2025-01-01,\"quoted, kept\"\r\n2,2025-01-02,\r\n"
        #expect(try file(text).encoded() == Array(text.utf8))
    }

    @Test func insertingKeepsOtherRowsByteForByte() throws {
        var f = try file("date,value,note\n2025-01-01,1e3,\"a, b\"\n2025-03-01,3,\n")
        f.insert([try observation("2025-02-01", 2)], defaultSource: nil)
        #expect(
            String(decoding: f.encoded(), as: UTF8.self)
                == "date,value,note\n2025-01-01,1e3,\"a, b\"\n2025-02-01,2,\n2025-03-01,3,\n")
    }

    @Test func keepsCRLFAndBOM() throws {
        var f = try file("\u{FEFF}date,value\r\n2025-01-01,1\r\n")
        f.insert([try observation("2025-01-02", 2)], defaultSource: nil)
        #expect(String(decoding: f.encoded(), as: UTF8.self) == "\u{FEFF}date,value\r\n2025-01-01,1\r\n2025-01-02,2\r\n")
    }

    @Test func ordersByDateThenSourceAndPutsNewRowsAfterEquals() throws {
        var f = try file("date,value,source\n2025-03-27,1,B\n")
        f.insert(
            [
                try observation("2025-03-27", 2, source: "A"), try observation("2025-03", 3, source: "A"),
                try observation("2025-03-27", 4, source: "B"),
            ], defaultSource: nil)
        // The month starts on 1 March, before the day; on the day, source A before B, and the new B after the old.
        #expect(f.observations.map(\.value) == [3, 2, 1, 4])
    }

    @Test func addsMissingColumnsAtTheEnd() throws {
        var f = try file("date,value\n2025-01-01,1\n")
        var o = try observation("2025-01-02", 2, source: "JCS")
        o.qualifier = .about
        f.insert([o], defaultSource: nil)
        #expect(
            String(decoding: f.encoded(), as: UTF8.self)
                == "date,value,qualifier,source\n2025-01-01,1,,\n2025-01-02,2,about,JCS\n")
    }

    @Test func aNewFileHasTheCanonicalColumnsItNeeds() {
        var o = Observation(date: ObservationDate(Day(year: 2025, month: 1, day: 1)!), low: 1, high: 2, note: "n")
        var f = SeriesFile(columnsFor: [o])
        f.insert([o], defaultSource: nil)
        #expect(String(decoding: f.encoded(), as: UTF8.self) == "date,value,low,high,note\n2025-01-01,,1,2,n\n")
        o.note = nil
    }

    @Test func replaceAllDropsColumnsNoLongerUsed() throws {
        var f = try file("date,value,note\n2025-01-01,1,x\n")
        f.replaceAll(with: [try observation("2025-02-01", 5)], defaultSource: nil)
        #expect(String(decoding: f.encoded(), as: UTF8.self) == "date,value\n2025-02-01,5\n")
    }
}
