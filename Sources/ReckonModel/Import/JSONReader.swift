/// A JSON value with the byte offset where it starts, so import errors can name a line and column.
indirect enum JSONValue {
    case object([(key: String, value: JSONValue)], at: Int)
    case array([JSONValue], at: Int)
    case string(String, at: Int)
    /// A number, kept as its text so it is converted by the store's own number rules.
    case number(String, at: Int)
    case bool(Bool, at: Int)
    case null(at: Int)

    var offset: Int {
        switch self {
        case .object(_, let at), .array(_, let at), .string(_, let at), .number(_, let at), .bool(_, let at),
            .null(let at):
            at
        }
    }
}

/// A small RFC 8259 parser that keeps positions. Import files are at most a few megabytes, so a
/// tree is fine here.
///
/// Bounded for any input: nesting deeper than ``maximumDepth`` is an error rather than a deep
/// recursion, escapes are checked (a lone surrogate is an error, not a trap), control characters in
/// strings and duplicate keys in an object are refused.
struct JSONReader {
    /// The deepest nesting of arrays and objects accepted; import files need three levels.
    static let maximumDepth = 64

    struct Failure: Error {
        var message: String
        var offset: Int
    }

    private let b: [UInt8]
    private var i = 0
    private var depth = 0

    /// Parses a whole document.
    static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
        var reader = JSONReader(b: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.i = 3 }
        let value = try reader.value()
        reader.skipSpace()
        guard reader.i == bytes.count else { throw Failure(message: "unexpected text after the JSON value", offset: reader.i) }
        return value
    }

    private init(b: [UInt8]) { self.b = b }

    private mutating func skipSpace() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
    }

    private mutating func value() throws(Failure) -> JSONValue {
        skipSpace()
        guard i < b.count else { throw Failure(message: "unexpected end of the file", offset: i) }
        let start = i
        switch b[i] {
        case UInt8(ascii: "{"):
            return try object(at: start)
        case UInt8(ascii: "["):
            return try array(at: start)
        case UInt8(ascii: "\""):
            return .string(try string(), at: start)
        case UInt8(ascii: "t") where b[i...].starts(with: Array("true".utf8)):
            i += 4
            return .bool(true, at: start)
        case UInt8(ascii: "f") where b[i...].starts(with: Array("false".utf8)):
            i += 5
            return .bool(false, at: start)
        case UInt8(ascii: "n") where b[i...].starts(with: Array("null".utf8)):
            i += 4
            return .null(at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return number(at: start)
        default:
            throw Failure(message: "unexpected character", offset: i)
        }
    }

    /// The object whose `{` is at `start` (and at ``i``).
    private mutating func object(at start: Int) throws(Failure) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        i += 1
        var members: [(key: String, value: JSONValue)] = []
        skipSpace()
        if i < b.count, b[i] == UInt8(ascii: "}") {
            i += 1
            return .object(members, at: start)
        }
        while true {
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw Failure(message: "expected a quoted key", offset: i) }
            let keyAt = i
            let key = try string()
            if members.contains(where: { $0.key == key }) {
                throw Failure(message: "the key '\(Escaping.visible(key))' appears twice in this object", offset: keyAt)
            }
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: ":") else {
                throw Failure(message: "expected ':' after a key", offset: i)
            }
            i += 1
            members.append((key, try value()))
            skipSpace()
            guard i < b.count else { throw Failure(message: "unexpected end of the file in an object", offset: i) }
            if b[i] == UInt8(ascii: ",") { i += 1; continue }
            if b[i] == UInt8(ascii: "}") { i += 1; return .object(members, at: start) }
            throw Failure(message: "expected ',' or '}' in an object", offset: i)
        }
    }

    /// The array whose `[` is at `start` (and at ``i``).
    private mutating func array(at start: Int) throws(Failure) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if i < b.count, b[i] == UInt8(ascii: "]") {
            i += 1
            return .array(items, at: start)
        }
        while true {
            items.append(try value())
            skipSpace()
            guard i < b.count else { throw Failure(message: "unexpected end of the file in an array", offset: i) }
            if b[i] == UInt8(ascii: ",") { i += 1; continue }
            if b[i] == UInt8(ascii: "]") { i += 1; return .array(items, at: start) }
            throw Failure(message: "expected ',' or ']' in an array", offset: i)
        }
    }

    /// The number starting at `start` (and at ``i``), kept as its text: the characters a number may hold.
    private mutating func number(at start: Int) -> JSONValue {
        while i < b.count,
            b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: ".")
                || b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E")
                || (b[i] >= UInt8(ascii: "0") && b[i] <= UInt8(ascii: "9"))
        {
            i += 1
        }
        return .number(String(decoding: b[start..<i], as: UTF8.self), at: start)
    }

    /// Counts one more level of nesting, refusing to go past ``maximumDepth``.
    private mutating func enter() throws(Failure) {
        depth += 1
        guard depth <= JSONReader.maximumDepth else {
            throw Failure(message: "arrays and objects nest more than \(JSONReader.maximumDepth) deep", offset: i)
        }
    }

    /// A quoted string starting at `i`.
    private mutating func string() throws(Failure) -> String {
        let start = i
        i += 1
        var out: [UInt8] = []
        while true {
            guard i < b.count else { throw Failure(message: "unterminated string", offset: start) }
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c == UInt8(ascii: "\\") {
                guard i + 1 < b.count else { throw Failure(message: "unterminated string", offset: start) }
                let e = b[i + 1]
                let escapeAt = i
                i += 2
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xDC00..<0xE000).contains(scalar) {
                        throw Failure(message: "a \\u escape of a lone low surrogate", offset: escapeAt)
                    }
                    if (0xD800..<0xDC00).contains(scalar) {
                        guard b[i...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) else {
                            throw Failure(message: "a \\u escape of a high surrogate without its low half", offset: escapeAt)
                        }
                        i += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else {
                            throw Failure(message: "a \\u escape of a high surrogate without its low half", offset: escapeAt)
                        }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else {
                        throw Failure(message: "invalid \\u escape", offset: escapeAt)
                    }
                    out += Array(String(unicode).utf8)
                default:
                    throw Failure(message: "invalid escape in a string", offset: escapeAt)
                }
                continue
            }
            guard c >= 0x20 else {
                throw Failure(message: "a control character in a string (write it as an escape such as \\n)", offset: i)
            }
            out.append(c)
            i += 1
        }
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard i + 4 <= b.count else { throw Failure(message: "invalid \\u escape", offset: i) }
        var v: UInt32 = 0
        for k in i..<(i + 4) {
            let c = b[k] | 0x20
            let digit: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c - UInt8(ascii: "a") + 10
            default: throw Failure(message: "invalid \\u escape", offset: i)
            }
            v = v << 4 | UInt32(digit)
        }
        i += 4
        return v
    }
}
