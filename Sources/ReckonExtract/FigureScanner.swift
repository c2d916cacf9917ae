/// Finds the quantities of a sentence: digits with scales, numbers in words, vague quantities and
/// ranges. Each step reads forward from a token and every loop is bounded by the sentence's tokens.
struct FigureScanner {
    let lexicon: Lexicon
    let tokens: [Token]

    /// The figures of the sentence, in order, not yet judged.
    func figures() -> [Figure] {
        var result: [Figure] = []
        var i = 0
        while i < tokens.count {
            if let figure = vague(at: i) ?? quantity(at: i) {
                result.append(figure)
                i = max(figure.last + 1, i + 1)
            } else if tokens[i].kind == .number {
                // Digits that are no number (a time, a date): step over the whole glued run.
                i += 1
            } else {
                i += 1
            }
        }
        return result
    }

    /// A vague quantity at `i` (`dozens`, `tens of thousands`) as its conventional range.
    func vague(at i: Int) -> Figure? {
        guard lexicon.vagueStarts.contains(tokens[i].lower) else { return nil }
        var best: (phrase: [String], low: Double, high: Double)?
        for entry in lexicon.vague where tokens.matches(entry.phrase, at: i) {
            if best == nil || entry.phrase.count > best!.phrase.count { best = entry }
        }
        guard let best else { return nil }
        let last = i + best.phrase.count - 1
        // `hundreds` right after a number is its scale, not a vague quantity (`3 hundreds` is rare).
        if let before = tokens[safe: i - 1], before.kind == .number { return nil }
        let words = tokens[i...last].map(\.text).joined(separator: " ")
        return Figure(low: best.low, high: best.high, first: i, last: last, vague: words, inWords: true)
    }

    /// A number, or a range of two, at `i`, with its percent sign or currency.
    func quantity(at i: Int) -> Figure? {
        guard let a = number(at: i) else { return nil }
        var figure = Figure(value: a.value, first: i, last: a.end, inWords: a.inWords)
        if a.approximate { figure.impliedQualifier = .about }
        // A range: `11,000 to 12,000`, `11,000-12,000`, `between 10,000 and 12,000`.
        let opened = tokens[safe: i - 1].map { lexicon.rangeOpen.contains($0.lower) } ?? false
        if let join = tokens[safe: a.end + 1],
            lexicon.rangeJoin.contains(join.lower) || (opened && lexicon.rangeJoinAfterOpen.contains(join.lower)),
            let b = number(at: a.end + 2)
        {
            var low = a.value
            if b.scaled, !a.scaled, !a.inWords {
                let scale = b.value / max(1, unscaled(at: a.end + 2) ?? b.value)
                if scale > 1 { low = a.value * scale }
            }
            if low < b.value {
                figure.value = nil
                figure.low = low
                figure.high = b.value
                figure.last = b.end
            }
        }
        if let n = tokens.longest(lexicon.percentWords, at: figure.last + 1) {
            figure.percent = true
            figure.last += n
        }
        if let sign = tokens[safe: i - 1], let code = Lexicon.currencySigns[sign.text] {
            figure.currency = code
        } else if let sign = tokens[safe: figure.last + 1], let code = Lexicon.currencySigns[sign.text] {
            figure.currency = code
            figure.last += 1
        }
        return figure
    }

    /// The value of the digits at `i` before their scale, for ranges that share the second end's scale.
    private func unscaled(at i: Int) -> Double? {
        guard let t = tokens[safe: i], t.kind == .number,
            case .number(let v, _, _) = NumberReading.read(t.text, decimalComma: lexicon.decimalComma)
        else { return nil }
        return v
    }

    /// A number at `i`: digits with separators and scale words, or number words.
    func number(at i: Int) -> ReadNumber? {
        guard let t = tokens[safe: i] else { return nil }
        if t.kind == .number { return digits(at: i) }
        if t.kind == .word { return words(at: i) }
        return nil
    }

    private func digits(at i: Int) -> ReadNumber? {
        let t = tokens[i]
        guard case .number(var value, let grouped, let decimals) = NumberReading.read(t.text, decimalComma: lexicon.decimalComma)
        else { return nil }
        var end = i
        var scaled = false
        // Scales: `3m`, `1.7bn`, `1,7 Mrd.`, `11 тис.`, `mil millones`.
        var k = 0
        while k < 3, let next = tokens[safe: end + 1], next.kind == .word {
            let scale = lexicon.scales[next.lower] ?? (next.glued ? Lexicon.scaleSuffixes[next.lower] : nil)
            guard let scale else { break }
            // `mil` after a number is Spanish for thousand; `a million` in English must not join `5 a`.
            value *= scale
            scaled = true
            end += 1
            if let dot = tokens[safe: end + 1], dot.text == ".", dot.glued,
                Lexicon.abbreviations.contains(next.lower) || Lexicon.scaleSuffixes[next.lower] != nil
            {
                end += 1
            }
            k += 1
        }
        guard value.isFinite, value <= 1e15 else { return nil }
        let digitCount = t.text.unicodeScalars.filter { $0.value >= 48 && $0.value <= 57 }.count
        return ReadNumber(
            value: value, end: end, grouped: grouped, decimals: decimals, inWords: false, scaled: scaled,
            digits: digitCount, approximate: false)
    }

    /// Number words: `three thousand`, `a dozen`, `twenty-five`, `два мільйони`.
    private func words(at i: Int) -> ReadNumber? {
        var total = 0.0
        var current = 0.0
        var end = i - 1
        var sawScale = false
        var sawDozen = false
        var count = 0
        var k = i
        while k < tokens.count, count < 8 {
            let t = tokens[k]
            if t.kind == .mark, t.text == "-", t.glued, k > i, let next = tokens[safe: k + 1], next.glued,
                lexicon.numberWords[next.lower] != nil
            {
                k += 1
                continue
            }
            if let v = lexicon.numberWords[t.lower] {
                if t.lower == "dozen" || t.lower == "dutzend" || t.lower == "douzaine" || t.lower == "docena" {
                    current = max(current, 1) * 12
                    sawDozen = true
                } else if v == 100 {
                    current = max(current, 1) * 100
                } else {
                    current += v
                }
            } else if let scale = lexicon.scales[t.lower], scale >= 1000 {
                total += max(current, 1) * scale
                current = 0
                sawScale = true
            } else if k > i, ["and", "und", "et", "y"].contains(t.lower), let next = tokens[safe: k + 1],
                lexicon.numberWords[next.lower] != nil, !sawScale || current == 0
            {
                k += 1
                continue
            } else {
                break
            }
            end = k
            count += 1
            k += 1
        }
        guard end >= i else { return nil }
        let value = total + current
        let first = tokens[i].lower
        let one = lexicon.numberWords[first] == 1
        // `a`, `one`, `un` count only as a multiplier: `a dozen`, `one million`.
        if one && !sawScale && !sawDozen && value < 100 { return nil }
        guard value >= 2, value <= 1e15 else { return nil }
        return ReadNumber(
            value: value, end: end, grouped: false, decimals: false, inWords: true, scaled: sawScale, digits: 0,
            approximate: sawDozen && one)
    }
}
