/// What text fields (sources, citations, notes, titles) may hold: valid UTF-8 without control
/// characters or noncharacters, so that every output — terminal tables, SVG, HTML, Markdown, JSON,
/// PDF — stays well-formed and shows what the file says (XML, and so SVG, forbids U+FFFE and U+FFFF).
package enum TextRules {
    /// Whether `c` is a control character: C0 (U+0000–U+001F), DEL or C1 (U+0080–U+009F).
    @inlinable public static func isControl(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x20 || (0x7F...0x9F).contains(c.value)
    }

    /// Whether `c` is one of Unicode's 66 noncharacters: U+FDD0–U+FDEF and the last two code points
    /// of every plane (U+FFFE, U+FFFF, U+1FFFE …), which are never text.
    @inlinable public static func isNoncharacter(_ c: Unicode.Scalar) -> Bool {
        (0xFDD0...0xFDEF).contains(c.value) || c.value & 0xFFFE == 0xFFFE
    }

    /// Why `text` cannot be a text field, or nil when it can. `lineBreaks` allows line feeds, for
    /// multi-line descriptions.
    public static func problem(_ text: String, lineBreaks: Bool = false) -> String? {
        guard let c = text.unicodeScalars.first(where: { isRefused($0) && !(lineBreaks && $0 == "\n") }) else { return nil }
        return message(c)
    }

    /// Whether a text field may not hold `c`.
    static func isRefused(_ c: Unicode.Scalar) -> Bool { isControl(c) || isNoncharacter(c) }

    /// Why the raw bytes of a field cannot be a text field: invalid UTF-8 or a control character,
    /// with the byte offset where the problem starts.
    static func problem(_ raw: UnsafeBufferPointer<UInt8>) -> FieldError? {
        // Fast path: printable ASCII.
        var i = 0
        while i < raw.count, raw[i] >= 0x20, raw[i] < 0x7F { i += 1 }
        if i == raw.count { return nil }
        var iterator = raw.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let c):
                if isRefused(c) { return FieldError(message(c), offset: offset) }
                offset += UTF8.width(c)
            case .emptyInput:
                return nil
            case .error:
                return FieldError("invalid UTF-8 (save the file as UTF-8)", offset: offset)
            }
        }
    }

    /// What is wrong with the refused character `c`.
    static func message(_ c: Unicode.Scalar) -> String {
        let code = String(c.value, radix: 16, uppercase: true)
        let name = "U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code
        return "\(isControl(c) ? "a control character" : "a noncharacter") (\(name)) in text; remove it"
    }
}
