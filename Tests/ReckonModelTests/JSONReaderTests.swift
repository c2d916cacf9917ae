import Testing

@testable import ReckonModel

struct JSONReaderTests {
    @Test func parsesValuesWithOffsets() throws {
        let value = try JSONReader.parse(
            Array(#"[{"date": "2022-02-25", "drone": 0, "x": [true, false, null], "s": "a\"\u00e9\ud83d\ude00"}]"#.utf8))
        guard case .array(let items, _) = value, case .object(let members, let at) = items.first else {
            Issue.record("not an array of objects")
            return
        }
        #expect(at == 1)
        #expect(members.map(\.key) == ["date", "drone", "x", "s"])
        guard case .number(let n, let offset) = members[1].value else { Issue.record("not a number"); return }
        #expect(n == "0" && offset == 33)
        guard case .string(let s, _) = members[3].value else { Issue.record("not a string"); return }
        #expect(s == "a\"é😀")
    }

    @Test(arguments: [
        ("[1,", "unexpected end of the file", 3), ("{\"a\" 1}", "expected ':' after a key", 5),
        ("[1] x", "unexpected text after the JSON value", 4), ("\"abc", "unterminated string", 0),
        ("[@]", "unexpected character", 1),
    ])
    func reportsWhereItFailed(_ text: String, _ message: String, _ offset: Int) {
        do {
            _ = try JSONReader.parse(Array(text.utf8))
            Issue.record("expected a failure")
        } catch {
            #expect(error.message == message)
            #expect(error.offset == offset)
        }
    }

    /// Hostile input is an error at its place, never a deep recursion or a trap.
    @Test(arguments: [
        (String(repeating: "[", count: 65) + String(repeating: "]", count: 65), "arrays and objects nest more than 64 deep", 64),
        (#"["\uD800\u0041"]"#, "a \\u escape of a high surrogate without its low half", 2),
        (#"["\uDC00"]"#, "a \\u escape of a lone low surrogate", 2),
        (#"["\x"]"#, "invalid escape in a string", 2),
        (#"["\u+123"]"#, "invalid \\u escape", 4),
        ("[\"a\u{1}\"]", "a control character in a string (write it as an escape such as \\n)", 3),
        (#"{"a": 1, "a": 2}"#, "the key 'a' appears twice in this object", 9),
    ])
    func refusesHostileInput(_ text: String, _ message: String, _ offset: Int) {
        #expect(throws: JSONReader.Failure.self) { try JSONReader.parse(Array(text.utf8)) }
        do {
            _ = try JSONReader.parse(Array(text.utf8))
        } catch {
            #expect(error.message == message && error.offset == offset, "\(error)")
        }
    }

    @Test func nestingUpToTheLimitIsRead() throws {
        let text = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(throws: Never.self) { try JSONReader.parse(Array(text.utf8)) }
    }
}
