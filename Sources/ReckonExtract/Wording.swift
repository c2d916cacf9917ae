import ReckonModel

/// Reads what the words around a figure say about it: its qualifier, unit, measure and notes.
struct Wording {
    let lexicon: Lexicon
    let tokens: [Token]

    /// The qualifier from the words just before the figure (`about`, `at least`, `up to`) or just
    /// after it (`or more`); the longest wording wins, so `no more than` is at most.
    func qualifier(_ figure: Figure) -> Qualifier? {
        var start = figure.first
        if let t = tokens[safe: start - 1], Lexicon.currencySigns[t.text] != nil { start -= 1 }
        if figure.low != nil, let t = tokens[safe: start - 1], lexicon.rangeOpen.contains(t.lower) { start -= 1 }
        var best: (Int, Qualifier)?
        for (phrases, q) in [(lexicon.about, Qualifier.about), (lexicon.atLeast, .atLeast), (lexicon.atMost, .atMost)] {
            if let n = tokens.longest(phrases, endingBefore: start), n > (best?.0 ?? 0) { best = (n, q) }
        }
        if let best { return best.1 }
        if tokens[safe: figure.last + 1]?.text == "+", tokens[figure.last + 1].glued { return .atLeast }
        let unitEnd = unitRange(figure)?.upperBound ?? figure.last
        for k in (unitEnd + 1)..<min(tokens.count, unitEnd + 4) where lexicon.aboutAfter.contains(tokens[k].lower) {
            return .about
        }
        for position in Set([figure.last + 1, unitEnd + 1]) {
            if tokens.longest(lexicon.atLeastAfter, at: position) != nil { return .atLeast }
            if tokens.longest(lexicon.atMostAfter, at: position) != nil { return .atMost }
        }
        return figure.impliedQualifier
    }

    /// The tokens of the noun phrase after the figure (`North Korean troops`), if any.
    func unitRange(_ figure: Figure) -> ClosedRange<Int>? {
        var k = figure.last + 1
        if figure.vague != nil, let t = tokens[safe: k], ["of", "de", "d'", "von"].contains(t.lower) { k += 1 }
        var skipped = 0
        while skipped < 2, let t = tokens[safe: k], t.kind == .word, lexicon.modifiers.contains(t.lower),
            lexicon.ofThem.allSatisfy({ !tokens.matches($0, at: k) })
        {
            k += 1
            skipped += 1
        }
        // A calibre or model number between the count and its noun: `220 240mm launchers`.
        var models = 0
        while models < 3, let t = tokens[safe: k] {
            models += 1
            if t.kind == .number, let u = tokens[safe: k + 1], u.glued {
                k += 2
                if tokens[safe: k]?.text == "-" { k += 1 }
            } else if t.kind == .word, let dash = tokens[safe: k + 1], dash.text == "-", dash.glued,
                let n = tokens[safe: k + 2], n.kind == .number, n.glued
            {
                k += 3  // `F-16`, `Su-34`
            } else if t.kind == .word, let n = tokens[safe: k + 1], n.kind == .number, n.glued {
                k += 2  // `M777`
            } else {
                break
            }
        }
        let start = k
        var end = k - 1
        while end - start < 3, let t = tokens[safe: end + 1], t.kind == .word, !lexicon.stops.contains(t.lower),
            !lexicon.sayingVerbs.contains(t.lower), lexicon.months[t.lower] == nil, lexicon.weekdays[t.lower] == nil,
            !lexicon.dateStarts.contains(t.lower)
                || !lexicon.relative.contains(where: { tokens.matches($0.phrase, at: end + 1) })
                    && !lexicon.since.contains(where: { tokens.matches($0, at: end + 1) })
        {
            // English past participles and verbs end the phrase: `20,000 people marched`.
            if lexicon.language == .english, end >= start, t.lower.hasSuffix("ed") { break }
            // Ukrainian and Russian past tenses end the phrase: `25 получили ранения`.
            if lexicon.language == .ukrainian || lexicon.language == .russian, t.lower.hasSuffix("ли") { break }
            // German nouns are capitalised: a lowercase word after one ends the phrase (`17 Menschen verletzt`).
            if lexicon.capitalizedNouns, end >= start, !t.capitalized, tokens[end].capitalized { break }
            end += 1
            if lexicon.headFirst { break }
            // Hyphenated words stay whole: `nord-coréens`.
            if let dash = tokens[safe: end + 1], dash.text == "-", dash.glued, let w = tokens[safe: end + 2], w.glued,
                w.kind == .word
            {
                end += 2
            }
        }
        return end >= start ? start...end : nil
    }

    /// The unit: the head noun after the figure (`troops`), `%` for a percentage, a currency code, or
    /// `previous` after `of them`.
    func unit(_ figure: Figure, previous: String?) -> String? {
        if figure.percent { return "%" }
        if let currency = figure.currency { return currency }
        if tokens.longest(lexicon.ofThem, at: figure.last + 1) != nil { return previous }
        guard let range = unitRange(figure) else {
            // `486 milliards de dollars`.
            if let of = tokens[safe: figure.last + 1], ["de", "of", "d'"].contains(of.lower),
                let word = tokens[safe: figure.last + 2],
                let code = lexicon.currencies[word.lower]
            {
                return code
            }
            return nil
        }
        var head = lexicon.headFirst ? tokens[range.lowerBound] : tokens[range.upperBound]
        if lexicon.language == .ukrainian || lexicon.language == .russian {
            // The noun follows the number; adjectives before it share its ending (`північнокорейських військових`).
            head = tokens[range.lowerBound]
            var k = range.lowerBound
            while k < range.upperBound, Self.slavicAdjective(tokens[k].lower), Self.slavicAdjective(tokens[k + 1].lower) {
                k += 1
                head = tokens[k]
            }
        }
        if lexicon.capitalizedNouns, let noun = tokens[range].last(where: { $0.capitalized }) { head = noun }
        if let code = lexicon.currencies[head.lower] { return code }
        // German nouns keep their capital; other languages' units are lowercase.
        return lexicon.capitalizedNouns ? head.text : head.lower
    }

    /// Whether a Ukrainian or Russian word has an adjective's ending.
    static func slavicAdjective(_ word: String) -> Bool {
        ["их", "ых", "ий", "ый", "ой", "ого", "ому", "ім", "ым", "іх", "ої", "ая", "ая", "ські", "ские"].contains {
            word.hasSuffix($0)
        }
    }

    /// What the figure counts, from a word of its clause (`killed`, `shot down`).
    func measure(_ figure: Figure, clause: Range<Int>) -> String? {
        let after = (figure.last + 1)..<min(clause.upperBound, figure.last + 12)
        for k in after where k < tokens.count {
            if let m = lexicon.measures[tokens[k].lower] { return m }
            if tokens[k].lower == "shot", tokens[safe: k + 1]?.lower == "down" { return "shot down" }
        }
        let before = max(clause.lowerBound, figure.first - 10)..<figure.first
        for k in before.reversed() {
            if let m = lexicon.measures[tokens[k].lower] { return m }
            if tokens[k].lower == "shot", tokens[safe: k + 1]?.lower == "down" { return "shot down" }
        }
        return nil
    }

    /// The words of the clause to keep in the note (`believed`, `preliminary`).
    func notes(clause: Range<Int>) -> [String] {
        var out: [String] = []
        for k in clause where k < tokens.count {
            if let note = lexicon.notes[tokens[k].lower], !out.contains(note) { out.append(note) }
        }
        return out
    }

    /// The clauses of the sentence, each with its own source: split at `while`, `;` and their kind.
    func clauses() -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for (k, t) in tokens.enumerated() where k > start && lexicon.clauseBreaks.contains(t.lower) {
            // A break word counts after a comma or as `;`.
            if t.text == ";" || tokens[safe: k - 1]?.text == "," {
                out.append(start..<k)
                start = k
            }
        }
        out.append(start..<tokens.count)
        return out
    }
}
