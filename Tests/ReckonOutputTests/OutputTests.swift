import Testing

@testable import ReckonOutput

struct TextTableTests {
    @Test func alignsColumns() {
        var t = TextTable(["id", "n"], rightAligned: [1])
        t.append(["nk-troops", "2"])
        t.append(["x", "1,626"])
        #expect(t.rendered() == "id             n\nnk-troops      2\nx          1,626\n")
    }
}

struct JSONTextTests {
    @Test func writesStableCompactJSON() {
        let v = JSONText.Value.object([
            ("a", .number(0.1)), ("b", .string("say \"hi\"\n\u{1}")), ("c", .array([.int(1), .null, .bool(true)])),
        ])
        #expect(JSONText.encode(v) == #"{"a":0.1,"b":"say \"hi\"\n\u0001","c":[1,null,true]}"#)
        #expect(JSONText.encode(.array([.int(1), .int(2)]), lines: true) == "[\n  1,\n  2\n]")
        #expect(JSONText.encode(.array([]), lines: true) == "[]")
    }
}
