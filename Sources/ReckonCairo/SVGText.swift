import ReckonModel

/// Finishing touches on Cairo's SVG: stable, prefixed ids, and a title and description.
///
/// Works on the bytes: every delimiter it looks for is ASCII, which in UTF-8 never occurs inside
/// another character, so no text needs decoding.
enum SVGText {
    /// The SVG with every `id="…"` renamed `<prefix>-<n>` in order of first appearance (and every
    /// reference to it), and `<title>` and `<desc>` added as the first children of `<svg>`.
    static func finish(_ bytes: [UInt8], prefix: String, title: String, description: String) -> [UInt8] {
        let numbers = ids(bytes)
        var out = rename(bytes, numbers, prefix: Array(prefix.utf8))
        let header = "\n<title>\(Escaping.html(title))</title>\n<desc>\(Escaping.html(description))</desc>\n"
        if let open = firstIndex(of: Array("<svg".utf8), in: out, from: 0),
            let close = out[(open + 4)...].firstIndex(of: UInt8(ascii: ">"))
        {
            out.insert(contentsOf: header.utf8, at: close + 1)
        }
        return out
    }

    /// Each id of an `id="…"` attribute, numbered from 1 in order of first appearance.
    static func ids(_ bytes: [UInt8]) -> [[UInt8]: Int] {
        let attribute = Array(" id=\"".utf8)
        var numbers: [[UInt8]: Int] = [:]
        var from = 0
        while let at = firstIndex(of: attribute, in: bytes, from: from) {
            let start = at + attribute.count
            guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            let id = Array(bytes[start..<end])
            if numbers[id] == nil { numbers[id] = numbers.count + 1 }
            from = end
        }
        return numbers
    }

    /// Replaces `id="a"`, `#a"` and `#a)` for every numbered id, in one pass over the bytes.
    static func rename(_ bytes: [UInt8], _ numbers: [[UInt8]: Int], prefix: [UInt8]) -> [UInt8] {
        let quote = UInt8(ascii: "\""), hash = UInt8(ascii: "#"), close = UInt8(ascii: ")")
        let attribute = Array(" id=".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + numbers.count * 8)
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            // An id starts after `id="` or after `#`; it ends at `"` or `)`.
            if c == hash || (c == quote && i >= attribute.count && bytes[(i - attribute.count)..<i].elementsEqual(attribute)) {
                let start = i + 1
                if let end = bytes[start...].firstIndex(where: { $0 == quote || $0 == close }),
                    let number = numbers[Array(bytes[start..<end])]
                {
                    out.append(c)
                    out += prefix
                    out.append(UInt8(ascii: "-"))
                    out += String(number).utf8
                    i = end
                    continue
                }
            }
            out.append(c)
            i += 1
        }
        return out
    }

    /// The first place at or after `from` where `needle` occurs in `bytes`.
    static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var i = from
        while i + needle.count <= bytes.count {
            guard let at = bytes[i...(bytes.count - needle.count)].firstIndex(of: first) else { return nil }
            if bytes[at..<(at + needle.count)].elementsEqual(needle) { return at }
            i = at + 1
        }
        return nil
    }
}
