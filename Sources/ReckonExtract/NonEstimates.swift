/// Tells the figures that are no estimate: years, dates, ages, times, calibres and model numbers,
/// measurements and distances, ordinals, phone numbers, changes in percent and page furniture.
struct NonEstimates {
    let lexicon: Lexicon
    let tokens: [Token]

    /// Why `figure` is not an estimate, or nil when it may be one.
    func reason(_ figure: Figure) -> String? {
        let a = figure.first
        let b = figure.last
        let first = tokens[a]
        let before = tokens[safe: a - 1]
        let after = tokens[safe: b + 1]
        if figure.vague != nil { return nil }
        // Glued to letters: `M777`, `F-16`, `240mm`, `3rd`, `45-year-old`.
        if first.kind == .number, first.glued, let before, before.kind == .word { return "model number" }
        if first.kind == .number, first.glued, let before, before.text == "-", before.kind == .mark,
            let word = tokens[safe: a - 2], word.kind == .word, before.glued
        {
            return "model number"
        }
        if first.kind == .number, first.glued, let before, before.text == "+" { return "phone number" }
        if let after, after.glued, after.kind == .word {
            if Lexicon.ordinalSuffixes.contains(after.lower) { return "ordinal" }
            if lexicon.scales[after.lower] == nil && Lexicon.scaleSuffixes[after.lower] == nil { return "calibre or model" }
        }
        if let after, after.glued, after.text == "-", let word = tokens[safe: b + 2], word.glued, word.kind == .word {
            return "compound adjective"
        }
        if let after, after.glued, after.text == ".", lexicon.decimalComma, let word = tokens[safe: b + 2], word.kind == .word,
            !word.capitalized || lexicon.months[word.lower] != nil, figure.value.map({ $0 < 100 }) ?? false
        {
            return "ordinal"
        }
        if isDatePart(figure) { return "date" }
        if isHyphenChain(a) || isHyphenChain(b) { return "date or phone number" }
        if let value = figure.value, isYear(figure, value) { return "year" }
        if isPhoneRun(a) { return "phone number" }
        for k in max(0, a - 4)..<a
        where ["magnitude", "magnitud", "magnitudo", "магнітуда", "магнитуда", "stärke", "richter"].contains(tokens[k].lower) {
            return "magnitude"
        }
        // Words before and after.
        for k in max(0, a - 3)..<a
        where ["tel", "phone", "telephone", "hotline", "telefon", "téléphone", "teléfono", "телефон", "тел"].contains(
            tokens[k].lower)
        {
            return "phone number"
        }
        if let before, before.kind == .word, lexicon.notBefore.contains(before.lower) { return "not a quantity" }
        if let before, before.text == "№" || before.text == "#" { return "number" }
        if let after, after.kind == .word, lexicon.notAfter.contains(after.lower) { return "measurement, age or time" }
        if let after, ["a", "p"].contains(after.lower), let dot = tokens[safe: b + 2], dot.text == "." { return "time" }
        if let before, before.text == "(", let after, after.text == ")" { return "page furniture" }
        if let before, ["·", "|", "•"].contains(before.text) { return "page furniture" }
        if figure.percent {
            for k in max(0, a - 3)..<a where lexicon.changeWords.contains(tokens[k].lower) { return "change in percent" }
            if let next = tokens[safe: b + 1], lexicon.changeWords.contains(next.lower) && next.lower != "de" {
                return "change in percent"
            }
            if let next = tokens[safe: b + 1], ["higher", "lower", "more", "less", "up", "down"].contains(next.lower) {
                return "change in percent"
            }
        }
        // Long runs of digits without grouping and leading zeros are identifiers.
        if first.kind == .number, first.text.hasPrefix("0"), first.text.count > 1,
            !first.text.contains(".") && !first.text.contains(",")
        {
            return "identifier"
        }
        return nil
    }

    /// Whether the figure is the day or year of a date (`27 March`, `March 27, 2025`, `27 de marzo`).
    private func isDatePart(_ figure: Figure) -> Bool {
        guard let value = figure.value, figure.first == figure.last, tokens[figure.first].kind == .number else { return false }
        func isMonth(_ t: Token?) -> Bool {
            guard let t, t.kind == .word, lexicon.months[t.lower] != nil else { return false }
            return !lexicon.monthsCapitalized || t.capitalized
        }
        let a = figure.first
        if isMonth(tokens[safe: a - 1]) || isMonth(tokens[safe: a + 1]) { return true }
        if tokens[safe: a + 1]?.text == ".", isMonth(tokens[safe: a + 2]) { return true }
        if ["de", "of"].contains(tokens[safe: a + 1]?.lower ?? ""), isMonth(tokens[safe: a + 2]) { return true }
        if tokens[safe: a - 1]?.text == ",", isMonth(tokens[safe: a - 3]) { return true }
        if ["de"].contains(tokens[safe: a - 1]?.lower ?? ""), isMonth(tokens[safe: a - 2]) { return true }
        if value >= 1 && value <= 31, let w = tokens[safe: a - 1], lexicon.weekdays[w.lower] != nil { return true }
        if case .notANumber = NumberReading.read(tokens[a].text, decimalComma: lexicon.decimalComma) { return true }
        return false
    }

    /// Whether the number at `i` is one group of a phone number: a run of digit groups that starts
    /// with `+` or follows a word for a telephone (`+380 44 200 1234`).
    private func isPhoneRun(_ i: Int) -> Bool {
        var k = i
        var steps = 0
        while steps < 6, k > 0, tokens[k - 1].kind == .number || ["(", ")", "-"].contains(tokens[k - 1].text) {
            k -= 1
            steps += 1
        }
        guard let before = tokens[safe: k - 1] else { return false }
        if before.text == "+" { return true }
        let phoneWords: Set = ["tel", "phone", "telephone", "hotline", "telefon", "téléphone", "teléfono", "телефон", "тел"]
        return phoneWords.contains(before.lower)
    }

    /// Whether the token is one of three or more numbers joined by hyphens without spaces (an ISO date, a phone number).
    private func isHyphenChain(_ i: Int) -> Bool {
        var start = i
        while start >= 2, tokens[start - 1].text == "-", tokens[start - 1].glued, tokens[start].glued,
            tokens[start - 2].kind == .number
        {
            start -= 2
        }
        var count = 1
        var k = start
        while k + 2 < tokens.count, tokens[k + 1].text == "-", tokens[k + 1].glued, tokens[k + 2].glued,
            tokens[k + 2].kind == .number
        {
            count += 1
            k += 2
        }
        return count >= 3
    }

    /// Whether a four-digit number from 1800 to 2100, written without separators, is a year.
    private func isYear(_ figure: Figure, _ value: Double) -> Bool {
        let t = tokens[figure.first]
        guard figure.first == figure.last, t.kind == .number, !figure.percent, figure.currency == nil,
            t.text.unicodeScalars.count == 4, value >= 1800, value <= 2100
        else { return false }
        if let before = tokens[safe: figure.first - 1],
            lexicon.yearWords.contains(before.lower) || lexicon.months[before.lower] != nil || before.text == "("
                || before.text == ","
        {
            return true
        }
        guard let after = tokens[safe: figure.last + 1], after.kind == .word else { return true }
        return lexicon.stops.contains(after.lower) || lexicon.months[after.lower] != nil
            || after.capitalized && !lexicon.decimalComma
    }
}
