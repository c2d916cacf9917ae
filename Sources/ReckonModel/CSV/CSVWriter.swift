/// Writes RFC 4180 fields: quoted only when they hold a comma, a quote, a line break, or spaces at
/// either end (which readers might trim).
public enum CSVWriter {
    /// One field, quoted when needed.
    public static func field(_ text: String) -> String {
        var needsQuotes = false
        for b in text.utf8
        where b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
            needsQuotes = true
            break
        }
        if let f = text.unicodeScalars.first, let l = text.unicodeScalars.last, isWhitespace(f) || isWhitespace(l) {
            needsQuotes = true
        }
        guard needsQuotes else { return text }
        var out = "\""
        for c in text.unicodeScalars {
            if c == "\"" { out += "\"\"" } else { out.unicodeScalars.append(c) }
        }
        return out + "\""
    }

    /// Whether `c` is white space, asking Unicode's tables only outside ASCII.
    @inline(__always)
    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? c == " " || (0x09...0x0D).contains(c.value) : c.properties.isWhitespace
    }

    /// Fields joined into one record, without a line ending.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }
}
