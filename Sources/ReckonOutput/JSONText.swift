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
        var out = ByteWriter()
        write(value, into: &out, lines: lines)
        return out.text
    }

    /// Writes `value` as compact JSON, or with one array element per line when `lines` is set.
    public static func write(_ value: Value, into out: inout ByteWriter, lines: Bool = false) {
        switch value {
        case .string(let s): out.append(jsonString: s)
        case .number(let d): if d.isFinite { out.append(number: d) } else { out.append("null") }
        case .int(let i): out.append(integer: Int64(i))
        case .bool(let b): out.append(b ? "true" : "false")
        case .null: out.append("null")
        case .array(let items):
            out.append(byte: UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(byte: UInt8(ascii: ",")) }
                if lines { out.append("\n  ") }
                write(item, into: &out, lines: false)
            }
            out.append(lines && !items.isEmpty ? "\n]" : "]")
        case .object(let members):
            out.append(byte: UInt8(ascii: "{"))
            for (i, (key, item)) in members.enumerated() {
                if i > 0 { out.append(byte: UInt8(ascii: ",")) }
                out.append(jsonString: key)
                out.append(byte: UInt8(ascii: ":"))
                write(item, into: &out, lines: false)
            }
            out.append(byte: UInt8(ascii: "}"))
        }
    }

    /// A JSON string literal.
    public static func quoted(_ s: String) -> String {
        var out = ByteWriter()
        out.append(jsonString: s)
        return out.text
    }
}
