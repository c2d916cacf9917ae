import Testing

@testable import ReckonModel

struct TextRulesTests {
    @Test(arguments: [
        ("South Korea Joint Chiefs of Staff", nil), ("Генштаб ЗСУ", nil), ("합동참모본부 😀", nil),
        ("a\u{1}b", "a control character (U+0001) in text; remove it"),
        ("tab\there", "a control character (U+0009) in text; remove it"),
        ("esc\u{1B}[31m", "a control character (U+001B) in text; remove it"),
        ("del\u{7F}", "a control character (U+007F) in text; remove it"),
        ("c1\u{85}", "a control character (U+0085) in text; remove it"),
    ])
    func refusesControlCharactersAndNoncharacters(_ text: String, _ message: String?) {
        #expect(TextRules.problem(text) == message)
    }

    @Test(arguments: [0xFFFF, 0xFFFE, 0xFDD0, 0xFDEF, 0x1FFFE, 0x10FFFF] as [UInt32])
    func refusesNoncharacters(_ code: UInt32) throws {
        let c = try #require(Unicode.Scalar(code))
        let name = String(code, radix: 16, uppercase: true)
        #expect(TextRules.problem("a" + String(c) + "b") == "a noncharacter (U+\(name)) in text; remove it")
    }

    @Test(arguments: [0xFDCF, 0xFDF0, 0xFFFD, 0x1FFFD, 0xE000] as [UInt32])
    func keepsTheCharactersBesideThem(_ code: UInt32) throws {
        #expect(TextRules.problem("a" + String(try #require(Unicode.Scalar(code))) + "b") == nil)
    }

    @Test func descriptionsMayBreakLines() {
        #expect(TextRules.problem("two\nlines", lineBreaks: true) == nil)
        #expect(TextRules.problem("two\nlines") != nil)
        #expect(TextRules.problem("two\r\nlines", lineBreaks: true) != nil)
    }

    /// Raw field bytes: invalid UTF-8 and control characters, with the offset of the first problem.
    @Test(arguments: [
        ([UInt8]("plain".utf8), nil, 0), ([0x61, 0xC3, 0x28], "invalid UTF-8 (save the file as UTF-8)", 1),
        ([0x61, 0xC3, 0xA9, 0x00], "a control character (U+0000) in text; remove it", 3),
        ([0xFF], "invalid UTF-8 (save the file as UTF-8)", 0),
        ([0x61, 0xEF, 0xBF, 0xBF], "a noncharacter (U+FFFF) in text; remove it", 1),
    ])
    func checksRawBytes(_ bytes: [UInt8], _ message: String?, _ offset: Int) {
        let problem = bytes.withUnsafeBufferPointer { TextRules.problem($0) }
        #expect(problem?.message == message)
        if let problem { #expect(problem.offset == offset) }
    }

    @Test func visibleEscapesOnlyControlCharacters() {
        #expect(Escaping.visible("a\u{1B}[31mred\u{7}") == "a\\u{1b}[31mred\\u{7}")
        #expect(Escaping.visible("Генштаб 😀") == "Генштаб 😀")
    }
}

struct SafeConversionTests {
    @Test(arguments: [
        (Double.nan, 0), (.infinity, Int.max), (-.infinity, Int.min), (1e300, Int.max), (-1e300, Int.min), (3.9, 3),
        (-3.9, -3), (0, 0),
    ])
    func saturatesToInt(_ value: Double, _ expected: Int) {
        #expect(Int(saturating: value) == expected)
    }

    @Test(arguments: [
        (Double.nan, Int32(0)), (.infinity, .max), (-.infinity, .min), (3e9, .max), (-3e9, .min), (2_147_483_647.5, .max),
        (-7.5, -7),
    ])
    func saturatesToInt32(_ value: Double, _ expected: Int32) {
        #expect(Int32(saturating: value) == expected)
    }
}
