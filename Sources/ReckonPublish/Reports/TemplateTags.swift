/// The tags of a Mustache template, found in its text with their positions, so that every name a
/// report quotes can be checked, and every problem located, before anything is rendered.
struct TemplateTag: Equatable {
    /// How the tag uses its name.
    enum Kind: Equatable {
        /// `{{name}}`: the text, escaped for the report's format.
        case variable
        /// `{{{name}}}` or `{{&name}}`: the text as it is (charts' figures).
        case unescaped
        /// `{{#name}}`: a section shown when the fact has a value.
        case section
        /// `{{^name}}`: a section shown when the fact has none.
        case invertedSection
        /// `{{/name}}`: the end of a section.
        case close
        /// `{{=<% %>=}}`: new delimiters, which reports do not allow (their tags could not be checked).
        case setDelimiters
        /// `{{>partial}}`, `{{<parent}}` or `{{$block}}`: another template, which reports do not
        /// read (a report is one file, whose every tag is checked).
        case partial
        /// `{{!comment}}`, `{{%pragma}}` and the like: no fact to check.
        case other
    }

    var kind: Kind
    /// The name, trimmed.
    var name: String
    /// Where the tag starts, counting from 1.
    var line: Int
    var column: Int

    /// The tags of `text` with the default delimiters, up to the first tag that sets others.
    static func scan(_ text: String) -> [TemplateTag] {
        var tags: [TemplateTag] = []
        let chars = Array(text.unicodeScalars)
        var i = 0, line = 1, column = 1
        func advance() {
            if chars[i] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            i += 1
        }
        while i + 1 < chars.count {
            guard chars[i] == "{", chars[i + 1] == "{" else {
                advance()
                continue
            }
            let (tagLine, tagColumn) = (line, column)
            advance()
            advance()
            var triple = false
            if i < chars.count, chars[i] == "{" {
                triple = true
                advance()
            }
            var body = ""
            while i + 1 < chars.count, !(chars[i] == "}" && chars[i + 1] == "}") {
                body.unicodeScalars.append(chars[i])
                advance()
            }
            if i + 1 < chars.count {
                advance()
                advance()
            }
            if triple, i < chars.count, chars[i] == "}" { advance() }
            guard let tag = tag(body.trimmingWhitespace(), triple: triple, line: tagLine, column: tagColumn) else {
                continue
            }
            tags.append(tag)
            if tag.kind == .setDelimiters { break }
        }
        return tags
    }

    /// The tag whose trimmed body is `trimmed`, starting at `line` and `column` (`triple` when it opened
    /// with three braces): its kind from its sigil, and its name; nil for an empty tag.
    static func tag(_ trimmed: String, triple: Bool, line: Int, column: Int) -> TemplateTag? {
        guard let sigil = trimmed.unicodeScalars.first else { return nil }
        if sigil == "=" { return TemplateTag(kind: .setDelimiters, name: trimmed, line: line, column: column) }
        let kind: Kind
        var name = trimmed
        switch sigil {
        case "#", "^", "/":
            kind = sigil == "#" ? .section : sigil == "^" ? .invertedSection : .close
            name = String(trimmed.dropFirst())
        case "&":
            kind = .unescaped
            name = String(trimmed.dropFirst())
        case ">", "<", "$":
            kind = .partial
            name = String(trimmed.dropFirst())
        case "!", "%": kind = .other
        default: kind = triple ? .unescaped : .variable
        }
        return TemplateTag(kind: kind, name: name.trimmingWhitespace(), line: line, column: column)
    }
}

extension String {
    /// The string without spaces, tabs and line breaks at either end.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
