/// One HTML tag: its lowercased name, attributes, and where it ends.
struct Tag {
    var name: String
    var closing: Bool
    var selfClosing: Bool
    var attributes: [String: String]
    var end: Int

    /// The tag at `i` (a `<`), or nil when the `<` opens no tag (`a < b`). Reads at most 8 KiB of a tag.
    static func parse(_ b: [UInt8], at i: Int) -> Tag? {
        let n = b.count
        var k = i + 1
        var closing = false
        if k < n, b[k] == UInt8(ascii: "/") {
            closing = true
            k += 1
        }
        let nameStart = k
        while k < n, isNameByte(b[k]) { k += 1 }
        guard k > nameStart else { return nil }
        let name = String(decoding: b[nameStart..<k], as: UTF8.self).lowercased()
        var attributes: [String: String] = [:]
        let limit = min(n, i + 8192)
        var selfClosing = false
        while k < limit {
            let c = b[k]
            if c == UInt8(ascii: ">") {
                return Tag(name: name, closing: closing, selfClosing: selfClosing, attributes: attributes, end: k + 1)
            }
            if c == UInt8(ascii: "/") { selfClosing = true; k += 1; continue }
            if isSpace(c) { k += 1; continue }
            let keyStart = k
            while k < limit, !isSpace(b[k]), b[k] != UInt8(ascii: "="), b[k] != UInt8(ascii: ">"), b[k] != UInt8(ascii: "/") {
                k += 1
            }
            let key = String(decoding: b[keyStart..<k], as: UTF8.self).lowercased()
            if k == keyStart { k += 1; continue }
            selfClosing = false
            while k < limit, isSpace(b[k]) { k += 1 }
            guard k < limit, b[k] == UInt8(ascii: "=") else {
                attributes[key] = ""
                continue
            }
            k += 1
            while k < limit, isSpace(b[k]) { k += 1 }
            var value = ""
            if k < limit, b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") {
                let quote = b[k]
                let start = k + 1
                k = start
                while k < limit, b[k] != quote { k += 1 }
                value = String(decoding: b[start..<min(k, limit)], as: UTF8.self)
                k += 1
            } else {
                let start = k
                while k < limit, !isSpace(b[k]), b[k] != UInt8(ascii: ">") { k += 1 }
                value = String(decoding: b[start..<k], as: UTF8.self)
            }
            if attributes[key] == nil { attributes[key] = Entities.decode(value) }
        }
        // An unclosed tag: read on as text past its `<`.
        return nil
    }

    static func isNameByte(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-")
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }
}

/// HTML character references.
enum Entities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "rsquo": "’", "lsquo": "‘",
        "ldquo": "“", "rdquo": "”", "ndash": "–", "mdash": "—", "hellip": "…", "thinsp": "\u{2009}", "laquo": "«",
        "raquo": "»", "euro": "€", "pound": "£", "shy": "", "zwj": "", "zwnj": "",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(12).firstIndex(of: ";") {
                let name = String(after[..<semi])
                var replacement: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if name.hasPrefix("#") {
                    replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    replacement = named[name]
                }
                if let replacement, !replacement.unicodeScalars.contains(where: { $0.value == 0 }) {
                    out += replacement
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        out += rest
        return out
    }
}
