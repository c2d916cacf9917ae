import ReckonModel

/// Finishing touches on Cairo's SVG: stable, prefixed ids, and a title and description.
enum SVGText {
    /// The SVG with every `id="…"` renamed `<prefix>-<n>` in order of first appearance (and every
    /// reference to it), and `<title>` and `<desc>` added as the first children of `<svg>`.
    static func finish(_ bytes: [UInt8], prefix: String, title: String, description: String) -> [UInt8] {
        var text = String(decoding: bytes, as: UTF8.self)
        // Collect ids in order of appearance.
        var ids: [String] = []
        var seen: Set<String> = []
        var rest = Substring(text)
        while let r = rest.range(of: " id=\"") {
            let after = rest[r.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            let id = String(after[..<end])
            if seen.insert(id).inserted { ids.append(id) }
            rest = after[end...]
        }
        var mapping: [String: String] = [:]
        for (i, id) in ids.enumerated() { mapping[id] = "\(prefix)-\(i + 1)" }
        text = rename(text, mapping)
        let header = "<title>\(Escaping.html(title))</title>\n<desc>\(Escaping.html(description))</desc>\n"
        if let open = text.range(of: "<svg"), let close = text[open.upperBound...].firstIndex(of: ">") {
            let at = text.index(after: close)
            text.insert(contentsOf: "\n" + header, at: at)
        }
        return Array(text.utf8)
    }

    /// Replaces `id="a"`, `#a"` and `#a)` for every mapped id, in one pass over the text.
    static func rename(_ text: String, _ mapping: [String: String]) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + mapping.count * 8)
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "\"" || c == "#" {
                // An id starts after `id="` or after `#`; it ends at `"` or `)`.
                let isIdAttribute = c == "\"" && text[..<i].hasSuffix(" id=")
                if isIdAttribute || c == "#" {
                    let start = text.index(after: i)
                    if let end = text[start...].firstIndex(where: { $0 == "\"" || $0 == ")" }),
                        let renamed = mapping[String(text[start..<end])]
                    {
                        out.append(c)
                        out += renamed
                        i = end
                        continue
                    }
                }
            }
            out.append(c)
            i = text.index(after: i)
        }
        return out
    }
}
