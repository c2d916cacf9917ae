/// Text from series files and specs, made safe where it lands.
package enum Escaping {
    /// For HTML text and attribute values: `&`, `<`, `>`, `"` and `'` as entities.
    public static func html(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// For Markdown text: characters with a meaning in Markdown (and HTML, which Markdown passes
    /// through) are backslash-escaped or written as entities; line breaks become spaces.
    public static func markdown(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r": out += " "
            case "\\", "`", "*", "_", "[", "]", "(", ")", "#", "!", "|", "{", "}": out += "\\" + String(c)
            default: out.append(c)
            }
        }
        return out
    }

    /// For a URL path in Markdown or HTML: spaces and parentheses percent-encoded.
    public static func path(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case " ": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            case "\"": out += "%22"
            case "<": out += "%3C"
            case ">": out += "%3E"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

extension Escaping {
    /// Text with every control character shown as an escape (`a\u{1}b`), for terminals and messages:
    /// a control character read from a file never reaches a terminal as itself.
    public static func visible(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: TextRules.isControl) else { return s }
        var out = ""
        for c in s.unicodeScalars {
            if TextRules.isControl(c) {
                out += "\\u{" + String(c.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
