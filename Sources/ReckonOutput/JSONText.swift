import ReckonModel

/// Writes JSON by hand so key order and number spelling are fixed: the same data always gives the
/// same bytes, and numbers keep full precision (`NumberText.format(_:)`).
public enum JSONText {
    /// A JSON value to write.
    public enum Value: Sendable, Equatable {
        /// A string, escaped as JSON needs.
        case string(String)
        /// A number, spelled as `NumberText.format(_:)` spells it.
        case number(Double)
        /// An integer.
        case int(Int)
        /// `true` or `false`.
        case bool(Bool)
        /// `null`.
        case null
        /// An array of values.
        case array([Value])
        /// An object with its keys in the order given.
        case object([(String, Value)])

        /// Whether the two values are written as the same JSON.
        public static func == (a: Value, b: Value) -> Bool { JSONText.encode(a) == JSONText.encode(b) }
    }

    /// `value` as compact JSON, or with one array element per line when `lines` is set.
    public static func encode(_ value: Value, lines: Bool = false) -> String {
        var out = ""
        write(value, into: &out, lines: lines)
        return out
    }

    private static func write(_ value: Value, into out: inout String, lines: Bool) {
        switch value {
        case .string(let s): out += quoted(s)
        case .number(let d): out += d.isFinite ? NumberText.format(d) : "null"
        case .int(let i): out += String(i)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                if lines { out += "\n  " }
                write(item, into: &out, lines: false)
            }
            out += lines && !items.isEmpty ? "\n]" : "]"
        case .object(let members):
            out += "{"
            for (i, (key, item)) in members.enumerated() {
                if i > 0 { out += "," }
                out += quoted(key) + ":"
                write(item, into: &out, lines: false)
            }
            out += "}"
        }
    }

    /// A JSON string literal.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 {
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }
}
