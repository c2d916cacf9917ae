import Testing

@testable import ReckonModel

/// Lines and columns of byte offsets, asked in any order; one long line costs no more than its length.
struct LineIndexTests {
    @Test func locatesOffsetsInAnyOrder() {
        let text = Array("ab\né€x\n\nlast".utf8)
        var index = LineIndex(text)
        let offsets = [0, 1, 3, 5, 8, 9, 10, 11, 14, 3, 0, 15]
        let expected = [(1, 1), (1, 2), (2, 1), (2, 2), (2, 3), (2, 4), (3, 1), (4, 1), (4, 4), (2, 1), (1, 1), (4, 5)]
        for (offset, (line, column)) in zip(offsets, expected) {
            let found = index.location(offset)
            #expect(found.line == line && found.column == column, "offset \(offset)")
        }
    }

    @Test func aMinifiedJSONFileIsReadInLinearTime() {
        // 20,000 records on one line: counted from the line's start for each, this takes seconds.
        let records = (0..<20_000).map { #"{"date":"2020-01-01","value":\#($0)}"# }
        let bytes = Array(("[" + records.joined(separator: ",") + "]").utf8)
        let clock = ContinuousClock()
        var result = ImportReader.Result()
        let elapsed = clock.measure { result = ImportReader.read(bytes, path: "x.json", options: ImportOptions()) }
        #expect(result.rows.count == 20_000)
        #expect(result.rows.last?.column == bytes.count - records.last!.utf8.count)
        #expect(elapsed < .seconds(5))
    }
}
