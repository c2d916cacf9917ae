import ReckonModel
import Testing

struct CSVWriterTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"), ("+1", "'+1"), ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ])
    func formulasAreNeutralised(_ text: String, _ expected: String) {
        #expect(CSVWriter.neutralised(text) == expected)
    }

    @Test(arguments: ["Ministry of Defence", "a=b", "", "'quoted", " =x"])
    func otherTextIsKept(_ text: String) {
        #expect(CSVWriter.neutralised(text) == text)
    }

    @Test func fieldsAreQuotedOnlyWhenNeeded() {
        #expect(
            CSVWriter.record(["a", "b,c", "say \"hi\"", " x", "line\nbreak"])
                == "a,\"b,c\",\"say \"\"hi\"\"\",\" x\",\"line\nbreak\"")
    }
}
