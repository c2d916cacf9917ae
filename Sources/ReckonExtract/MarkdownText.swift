/// Markdown reduced to its reading text: links and emphasis become their words, images and code
/// fences are dropped; headings keep their `#` so the extractor knows them.
enum MarkdownText {
    static func plain(_ markdown: String) -> String {
        var out = ""
        var inFence = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                out += "\n"
                continue
            }
            if inFence { out += "\n"; continue }
            var text = String(trimmed.hasPrefix(">") ? trimmed.dropFirst().drop { $0 == " " } : trimmed)
            text = inline(text)
            out += text + "\n"
        }
        return out
    }

    /// Links `[words](url)` become their words, images `![alt](url)` nothing, and `*`, `_`, `` ` `` go.
    static func inline(_ line: String) -> String {
        let s = Array(line.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "!" && i + 1 < s.count && s[i + 1] == "[", let close = closing(s, from: i + 1) {
                i = close
                continue
            }
            if c == "[", let (textEnd, close) = link(s, from: i) {
                out.append(contentsOf: s[(i + 1)..<textEnd])
                i = close
                continue
            }
            if c == "*" || c == "`" || (c == "_" && (i == 0 || !s[i - 1].properties.isAlphabetic))
                || (c == "_" && (i + 1 == s.count || !s[i + 1].properties.isAlphabetic))
            {
                i += 1
                continue
            }
            out.append(c)
            i += 1
        }
        return String(out)
    }

    /// For `[text](url)` at `i`: where the text ends and where the whole link ends.
    private static func link(_ s: [Unicode.Scalar], from i: Int) -> (Int, Int)? {
        // Links are short: looking at most 500 characters ahead keeps a line of brackets linear.
        let limit = min(s.count, i + 500)
        var k = i + 1
        while k < limit, s[k] != "]", s[k] != "[" { k += 1 }
        guard k + 1 < limit, s[k] == "]", s[k + 1] == "(" else { return nil }
        let end = min(s.count, k + 2 + 2000)
        var j = k + 2
        while j < end, s[j] != ")" { j += 1 }
        guard j < end else { return nil }
        return (k, j + 1)
    }

    /// Where the image `![alt](url)` starting at `i - 1` ends.
    private static func closing(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        link(s, from: i).map { $0.1 }
    }
}
