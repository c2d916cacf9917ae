import ReckonModel

/// The visible text of an HTML page in reading order, with its title, publication day, canonical
/// address and language. One forward pass over the bytes; never builds a tree.
enum HTMLReader {
    /// Elements whose content is not read: code, styles, navigation and other page furniture.
    static let hidden: Set<String> = [
        "script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form", "button", "iframe",
        "select", "option", "figcaption", "menu", "dialog", "canvas", "object",
    ]
    /// Elements that break paragraphs.
    static let blocks: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "section", "article", "header", "main",
        "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "title", "dd", "dt", "figure", "hr", "pre",
    ]

    static func read(_ b: [UInt8]) -> Document {
        var text: [UInt8] = []
        var title: [UInt8] = []
        var inTitle = false
        var hiddenDepth = 0
        var hiddenName = ""
        var published: Day?
        var timeDay: Day?
        var canonical: String?
        var ogURL: String?
        var language: Language?
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c != UInt8(ascii: "<") {
                if hiddenDepth == 0 || inTitle {
                    if inTitle { title.append(c) } else { text.append(c) }
                }
                i += 1
                continue
            }
            // Comments, doctype, CDATA.
            if starts(b, i, "<!--") {
                i = find(b, from: i + 4, "-->").map { $0 + 3 } ?? n
                continue
            }
            if i + 1 < n, b[i + 1] == UInt8(ascii: "!") || b[i + 1] == UInt8(ascii: "?") {
                i = (b[i...].firstIndex(of: UInt8(ascii: ">")) ?? n - 1) + 1
                continue
            }
            guard let tag = Tag.parse(b, at: i) else {
                if hiddenDepth == 0 { text.append(c) }
                i += 1
                continue
            }
            i = tag.end
            let name = tag.name
            if hiddenDepth > 0 {
                if name == "script" && !tag.closing, let end = find(b, from: i, "</script") {
                    i = end
                }
                if tag.closing && name == hiddenName {
                    hiddenDepth -= 1
                } else if !tag.closing && name == hiddenName && !tag.selfClosing {
                    hiddenDepth += 1
                }
                if name == "title" { inTitle = !tag.closing }
                continue
            }
            switch name {
            case "html" where !tag.closing:
                if let lang = tag.attributes["lang"] { language = Language(rawValue: String(lang.prefix(2)).lowercased()) }
            case "title":
                inTitle = !tag.closing && title.isEmpty
                if tag.closing { inTitle = false }
            case "meta":
                let key = (tag.attributes["property"] ?? tag.attributes["name"] ?? tag.attributes["itemprop"] ?? "").lowercased()
                let content = tag.attributes["content"] ?? ""
                if ["article:published_time", "datepublished", "date", "pubdate", "publish-date", "dc.date"].contains(key),
                    published == nil
                {
                    published = day(content)
                }
                if key == "og:url" { ogURL = content }
            case "link":
                if tag.attributes["rel"]?.lowercased() == "canonical", let href = tag.attributes["href"] { canonical = href }
            case "time" where !tag.closing:
                if timeDay == nil, let dt = tag.attributes["datetime"] { timeDay = day(dt) }
            case "script" where !tag.closing:
                let end = find(b, from: i, "</script") ?? n
                if (tag.attributes["type"] ?? "").contains("ld+json"), published == nil {
                    published = jsonDatePublished(b[i..<end])
                }
                i = end
                continue
            default: break
            }
            if hidden.contains(name) && name != "script" && !tag.closing && !tag.selfClosing {
                hiddenDepth = 1
                hiddenName = name
                continue
            }
            if blocks.contains(name) {
                text.append(contentsOf: Array("\n\n".utf8))
                if !tag.closing, name.count == 2, name.hasPrefix("h"), name != "hr", name != "th" {
                    text.append(contentsOf: Array("# ".utf8))
                }
            }
        }
        let body = Entities.decode(String(decoding: text, as: UTF8.self))
        let heading = Entities.decode(String(decoding: title, as: UTF8.self)).split(whereSeparator: \.isWhitespace).joined(
            separator: " ")
        return Document(
            text: collapse(body), title: heading.isEmpty ? nil : heading, published: published ?? timeDay,
            url: canonical ?? ogURL, language: language)
    }

    /// Spaces and line breaks within a paragraph become one space; paragraphs stay apart.
    static func collapse(_ text: String) -> String {
        var out = ""
        for paragraph in text.components(separatedBy: "\n\n") {
            let words = paragraph.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
            guard !words.isEmpty else { continue }
            out += words.joined(separator: " ") + "\n\n"
        }
        return out
    }

    /// The day at the start of an ISO 8601 date or date-time.
    static func day(_ text: String) -> Day? {
        let trimmed = text.trimmingPrefix(while: \.isWhitespace)
        return try? ObservationDate.parseDay(String(trimmed.prefix(10)))
    }

    /// `"datePublished": "2025-03-27T…"` in JSON-LD.
    static func jsonDatePublished(_ bytes: ArraySlice<UInt8>) -> Day? {
        let json = String(decoding: bytes.prefix(200_000), as: UTF8.self)
        guard let key = json.range(of: "\"datePublished\"") else { return nil }
        let rest = json[key.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "\"" || $0 == "\n" }
        return day(String(rest.prefix(10)))
    }

    static func starts(_ b: [UInt8], _ i: Int, _ s: String) -> Bool {
        let u = Array(s.utf8)
        guard i + u.count <= b.count else { return false }
        for k in 0..<u.count where b[i + k] | 0x20 != u[k] | 0x20 { return false }
        return true
    }

    /// The offset of `s` (ASCII, any case) from `from`, or nil.
    static func find(_ b: [UInt8], from: Int, _ s: String) -> Int? {
        guard let first = s.utf8.first else { return nil }
        var i = from
        while i < b.count {
            if b[i] | 0x20 == first | 0x20, starts(b, i, s) { return i }
            i += 1
        }
        return nil
    }
}
