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

    /// `text` made safe for a spreadsheet, as OWASP recommends for CSV files offered for download: a
    /// text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return, which a spreadsheet
    /// would run as a formula, gets a `'` in front. Only text fields pass through it; numbers are
    /// written as numbers, so `-5` stays `-5`. Series files are never neutralised: they keep what
    /// the source said.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.utf8.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// The first bytes that make a spreadsheet read a cell as a formula.
    private static let formulaStarts: Set<UInt8> = [
        UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D,
    ]

    /// Fields joined into one record, without a line ending.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }
}
