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
        if let f = text.unicodeScalars.first, let l = text.unicodeScalars.last,
            f.properties.isWhitespace || l.properties.isWhitespace
        {
            needsQuotes = true
        }
        guard needsQuotes else { return text }
        var out = "\""
        for c in text.unicodeScalars {
            if c == "\"" { out += "\"\"" } else { out.unicodeScalars.append(c) }
        }
        return out + "\""
    }

    /// Fields joined into one record, without a line ending.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }
}
