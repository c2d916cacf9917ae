/// One word, number or mark of a sentence.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, mark }
    var kind: Kind
    /// The token's text, with typographic apostrophes made plain.
    var text: String
    /// `text` in lower case.
    var lower: String
    /// Where it starts and ends in the text, in Unicode scalars.
    var start: Int
    var end: Int
    /// Whether it follows the token before without a space (`240` and `mm` in `240mm`).
    var glued: Bool
    /// Whether it starts with a capital letter.
    var capitalized: Bool
}

/// One sentence: its tokens and where it lies in the text.
struct Sentence: Sendable {
    var tokens: [Token]
    var start: Int
    var end: Int
    /// Whether it is a heading (a Markdown `#` line, a title, a short line without a final stop).
    var isHeading: Bool
    /// Its paragraph's number, counted from 0.
    var paragraph: Int
}

/// Splits text into paragraphs, sentences and tokens in one pass; every loop moves forward, so the
/// time is linear in the text's length.
enum Tokenizer {
    /// Sentences longer than this many tokens are cut, so no later step meets an unbounded sentence.
    static let maximumTokens = 240

    static func sentences(_ scalars: [Unicode.Scalar], lexicon: Lexicon) -> [Sentence] {
        var result: [Sentence] = []
        var paragraph = 0
        var lineStart = 0
        var i = 0
        // Paragraphs: runs of lines up to a blank line; a Markdown heading line stands alone.
        var paragraphStart = 0
        func flush(upTo end: Int) {
            if end > paragraphStart {
                split(scalars, from: paragraphStart, to: end, lexicon: lexicon, paragraph: paragraph, into: &result)
                paragraph += 1
            }
        }
        while i < scalars.count {
            if scalars[i] == "\n" {
                var j = i + 1
                while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" || scalars[j] == "\r" { j += 1 }
                let heading = j < scalars.count && scalars[j] == "#"
                let lineWasHeading = lineStart < scalars.count && scalars[lineStart] == "#"
                if (j < scalars.count && scalars[j] == "\n") || heading || lineWasHeading {
                    flush(upTo: i)
                    paragraphStart = j
                }
                lineStart = j
                i = j
                continue
            }
            i += 1
        }
        flush(upTo: scalars.count)
        return result
    }

    /// Tokenizes one paragraph and cuts it into sentences.
    private static func split(
        _ s: [Unicode.Scalar], from: Int, to: Int, lexicon: Lexicon, paragraph: Int, into result: inout [Sentence]
    ) {
        let tokens = tokenize(s, from: from, to: to, lexicon: lexicon)
        guard !tokens.isEmpty else { return }
        let heading =
            s[from] == "#" || (tokens.count < 20 && !(tokens.last.map { [".", "!", "?", ":", "\""].contains($0.text) } ?? false))
        var current: [Token] = []
        for (k, token) in tokens.enumerated() {
            current.append(token)
            let next = k + 1 < tokens.count ? tokens[k + 1] : nil
            if current.count >= maximumTokens || ends(at: k, tokens, next: next, lexicon: lexicon) {
                result.append(
                    Sentence(tokens: current, start: current[0].start, end: token.end, isHeading: heading, paragraph: paragraph))
                current = []
            }
        }
        if !current.isEmpty {
            result.append(
                Sentence(
                    tokens: current, start: current[0].start, end: current[current.count - 1].end, isHeading: heading,
                    paragraph: paragraph))
        }
    }

    /// Whether the sentence ends with token `k`.
    private static func ends(at k: Int, _ tokens: [Token], next: Token?, lexicon: Lexicon) -> Bool {
        let t = tokens[k]
        guard t.kind == .mark, [".", "!", "?", "…"].contains(t.text), let next, !next.glued || next.kind == .mark else {
            return false
        }
        guard next.capitalized || next.kind == .number || ["\"", "“", "«", "„", "("].contains(next.text) else { return false }
        guard t.text == ".", k > 0 else { return true }
        let before = tokens[k - 1]
        if before.kind == .word, before.glued == false || true {
            if Lexicon.abbreviations.contains(before.lower) || before.lower.unicodeScalars.count == 1 { return false }
        }
        // German ordinals: `am 27. März`.
        if lexicon.decimalComma, before.kind == .number, before.text.unicodeScalars.count <= 2, next.kind == .word,
            lexicon.months[next.lower] != nil
        {
            return false
        }
        return true
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || c == "'" }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    static func isSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }
    static let groupSpaces: Set<Unicode.Scalar> = ["\u{00A0}", "\u{202F}", "\u{2009}", "\u{2007}"]

    /// The tokens of `s[from..<to]`.
    static func tokenize(_ s: [Unicode.Scalar], from: Int, to: Int, lexicon: Lexicon) -> [Token] {
        var tokens: [Token] = []
        var i = from
        var glued = false
        func plain(_ c: Unicode.Scalar) -> Unicode.Scalar { c == "’" || c == "ʼ" || c == "`" ? "'" : c }
        while i < to {
            let c = plain(s[i])
            if isSpace(c) {
                glued = false
                i += 1
                continue
            }
            let start = i
            var kind = Token.Kind.mark
            if isDigit(c) {
                kind = .number
                i += 1
                var group = 1
                while i < to {
                    let d = s[i]
                    if isDigit(d) {
                        i += 1
                        group += 1
                        continue
                    }
                    // A separator joins digits: `,` `.` `:` `/` and the grouping spaces.
                    if i + 1 < to, isDigit(s[i + 1]) {
                        if d == "," || d == "." || d == ":" || d == "/" || d == "'" || groupSpaces.contains(d) {
                            i += 1
                            group = 0
                            continue
                        }
                        if d == " ", lexicon.spaceGrouping, group <= 3, i + 3 < to || i + 3 == to {
                            // A plain space groups exactly three digits after it.
                            var n = 0
                            while i + 1 + n < to, isDigit(s[i + 1 + n]) { n += 1 }
                            let letterAfter = i + 4 < to && isLetter(s[i + 4])
                            if n == 3 && !letterAfter {
                                i += 1
                                group = 0
                                continue
                            }
                        }
                    }
                    break
                }
            } else if isLetter(c) && c != "'" {
                kind = .word
                i += 1
                while i < to {
                    let d = plain(s[i])
                    if isLetter(d) && !isDigit(d) {
                        if d == "'" && !(i + 1 < to && isLetter(s[i + 1])) { break }
                        i += 1
                    } else {
                        break
                    }
                }
            } else {
                i += 1
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: s[start..<i].lazy.map(plain))
            let first = s[start]
            tokens.append(
                Token(
                    kind: kind, text: text, lower: kind == .word ? text.lowercased() : text, start: start, end: i,
                    glued: glued && !tokens.isEmpty, capitalized: first.properties.isUppercase))
            glued = true
        }
        return tokens
    }
}
