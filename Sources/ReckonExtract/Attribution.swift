/// Who a clause says gave its figures: `according to X`, `X said`, `said X`, `laut X`, `selon X`.
struct Attribution {
    let lexicon: Lexicon
    let tokens: [Token]

    /// What was found in a clause: a named source, or a pronoun standing for the last one (`it said`).
    enum Found: Equatable {
        case named(String)
        case pronoun
    }

    static let auxiliaries: Set<String> = ["a", "ont", "hat", "haben", "has", "have", "had", "ha", "han"]
    static let pronounWords: Set<String> = ["it", "they", "he", "she", "we"]
    static let connectors: Set<String> = [
        "of", "for", "für", "des", "der", "de", "du", "la", "l'", "del", "з", "у", "в", "по", "і", "and", "und", "et", "y",
        "with",
    ]

    /// The source of the clause `range`, if it names one.
    func source(in range: Range<Int>) -> Found? { anchors(in: range).first?.found }

    /// Every source the clause `range` names, with the token where its name stands.
    func anchors(in range: Range<Int>) -> [(position: Int, found: Found)] {
        var out: [(Int, Found)] = []
        var k = range.lowerBound
        while k < range.upperBound {
            if lexicon.sourceStarts.contains(tokens[k].lower), let n = tokens.longest(lexicon.sourceBefore, at: k),
                let found = forward(from: k + n, limit: range.upperBound)
            {
                out.append((k + n, found))
                k += n
                continue
            }
            if tokens[k].kind == .word && lexicon.sayingVerbs.contains(tokens[k].lower) {
                if let found = backward(from: k - 1, limit: range.lowerBound) {
                    out.append((k - 1, found))
                } else if let found = forward(from: k + 1, limit: range.upperBound) {
                    out.append((k + 1, found))
                }
            }
            k += 1
        }
        return out
    }

    /// A source named from `k` onward: words up to a mark, a number, a verb or a date word.
    private func forward(from start: Int, limit: Int) -> Found? {
        var k = start
        // Skip a date between the verb and its subject: `said on Thursday the JCS`.
        while k < limit, let t = tokens[safe: k], t.kind == .word,
            lexicon.articles.contains(t.lower) && k == start
                || ["on", "am", "le", "el", "в", "у"].contains(t.lower)
                    && lexicon.weekdays[tokens[safe: k + 1]?.lower ?? ""] != nil
        {
            k += lexicon.articles.contains(t.lower) ? 1 : 2
        }
        var words: [Token] = []
        while k < limit, let t = tokens[safe: k], words.count < 10 {
            if t.kind == .number { break }
            if t.kind == .mark {
                if (t.text == "'" || t.text == "-") && t.glued && !words.isEmpty {
                    words.append(t)
                    k += 1
                    continue
                }
                break
            }
            // German capitalises nouns: a lowercase word not before a noun ends the name (`Polizei nahmen`).
            if lexicon.capitalizedNouns, !words.isEmpty, !t.capitalized, !(tokens[safe: k + 1]?.capitalized ?? false) { break }
            if lexicon.weekdays[t.lower] != nil
                || lexicon.dateStarts.contains(t.lower)
                    && lexicon.relative.contains(where: { $0.phrase.first == t.lower && tokens.matches($0.phrase, at: k) })
            {
                break
            }
            if lexicon.sourceClosers.contains(t.lower) && !words.isEmpty { break }
            if lexicon.stops.contains(t.lower) && !Self.connectors.contains(t.lower)
                && !(words.isEmpty && lexicon.articles.contains(t.lower))
            {
                break
            }
            if lexicon.sayingVerbs.contains(t.lower) { break }
            words.append(t)
            k += 1
        }
        return found(words)
    }

    /// A source named just before a verb of saying: `South Korea's Joint Chiefs of Staff said`.
    private func backward(from start: Int, limit: Int) -> Found? {
        var k = start
        if let t = tokens[safe: k], Self.auxiliaries.contains(t.lower) { k -= 1 }
        var words: [Token] = []
        while k >= limit, let t = tokens[safe: k], words.count < 10 {
            if t.kind != .word { break }
            if words.isEmpty, lexicon.pronouns.contains(t.lower) || Self.pronounWords.contains(t.lower) { return .pronoun }
            if lexicon.stops.contains(t.lower) && !Self.connectors.contains(t.lower) {
                if lexicon.articles.contains(t.lower) { words.insert(t, at: 0) }
                break
            }
            if lexicon.weekdays[t.lower] != nil || lexicon.clauseBreaks.contains(t.lower) { break }
            words.insert(t, at: 0)
            k -= 1
        }
        return found(words)
    }

    private func found(_ tokens: [Token]) -> Found? {
        var words = tokens
        // `l'état-major`, `d'après`: the elided article goes.
        if var first = words.first, first.lower.hasPrefix("l'") || first.lower.hasPrefix("d'"), first.text.count > 2 {
            first.text.removeFirst(2)
            first.lower.removeFirst(2)
            words[0] = first
        }
        while let first = words.first, lexicon.articles.contains(first.lower) || Self.connectors.contains(first.lower) {
            words.removeFirst()
        }
        while let last = words.last, Self.connectors.contains(last.lower) || lexicon.articles.contains(last.lower) {
            words.removeLast()
        }
        guard !words.isEmpty else { return nil }
        if words.count == 1, lexicon.pronouns.contains(words[0].lower) { return .pronoun }
        if words.count == 1, ["it", "they", "he", "she", "we", "i", "who", "which", "that"].contains(words[0].lower) {
            return .pronoun
        }
        // Spelled as in the text, with one space between words.
        var text = ""
        for (i, w) in words.enumerated() {
            if i > 0 && !w.glued { text += " " }
            text += w.text
        }
        return .named(text)
    }
}
