import ReckonModel

/// A date or period named in a sentence, resolved against the publication day.
struct DateMention: Sendable {
    /// The token it starts at.
    var index: Int
    /// The day or period, or nil when it needs a publication day that is not known.
    var date: ObservationDate?
    /// What the note says of it (`overnight`, `since the start of the war`).
    var note: String?
    /// Whether it makes the figure cumulative (`since …`).
    var cumulative = false
}

/// Finds the dates and periods of a sentence: explicit days and months, weekdays, relative phrases
/// (`yesterday`, `last week`, `this year`), spans of two months and `since …`.
struct DateFinder {
    let lexicon: Lexicon
    let tokens: [Token]
    let published: Day?

    func mentions() -> [DateMention] {
        var out: [DateMention] = []
        var k = 0
        while k < tokens.count {
            if let (mention, next) = mention(at: k) {
                // `between January and February`: two months joined make a span.
                if let previous = out.last, let a = previous.date, let b = mention.date, a.end == nil, b.end == nil,
                    a.start.unit == .month, b.start.unit == .month, previous.index >= k - 4,
                    let join = tokens[safe: k - 1],
                    (lexicon.rangeJoinAfterOpen + lexicon.rangeJoin + ["and", "to", "и", "і", "та"]).contains(join.lower),
                    let span = ObservationDate(from: a.start, to: b.start)
                {
                    out[out.count - 1].date = span
                } else {
                    out.append(mention)
                }
                k = max(next, k + 1)
            } else {
                k += 1
            }
        }
        return out
    }

    /// A date mention starting at `k`, and the token after it.
    private func mention(at k: Int) -> (DateMention, Int)? {
        let t = tokens[k]
        let starts = lexicon.dateStarts.contains(t.lower)
        for entry in lexicon.since where starts && tokens.matches(entry, at: k) {
            // `since February 2022`: a named date after `since` still makes the figure cumulative.
            let end = min(tokens.count, k + entry.count + 6)
            var words: [String] = []
            for j in k..<end {
                if tokens[j].kind == .mark { break }
                words.append(tokens[j].text)
            }
            return (
                DateMention(
                    index: k, date: published.map { ObservationDate($0) }, note: "cumulative " + words.joined(separator: " "),
                    cumulative: true), k + max(words.count, 1)
            )
        }
        for entry in lexicon.relative where starts && tokens.matches(entry.phrase, at: k) {
            let (date, note) = resolve(entry.date)
            return (DateMention(index: k, date: date, note: note), k + entry.phrase.count)
        }
        let bare = t.lower.hasSuffix("'s") ? String(t.lower.dropLast(2)) : t.lower
        if let weekday = lexicon.weekdays[bare], t.kind == .word, !lexicon.monthsCapitalized || t.capitalized {
            var date: ObservationDate?
            if let p = published {
                let back = (p.isoWeekday - weekday + 7) % 7
                date = ObservationDate(p - back)
            }
            return (DateMention(index: k, date: date, note: date == nil ? "weekday without a publication day" : nil), k + 1)
        }
        if let month = monthAt(k) { return monthMention(month, at: k) }
        if t.kind == .number, let day = numericDate(t.text) {
            return (DateMention(index: k, date: ObservationDate(day)), k + 1)
        }
        // `in 2024`.
        if t.kind == .number, t.text.unicodeScalars.count == 4, let year = Int(t.text), year >= 1900, year <= 2100,
            let before = tokens[safe: k - 1], ["in", "im", "en", "у", "в"].contains(before.lower),
            let first = Day(year: year, month: 1, day: 1)
        {
            return (DateMention(index: k, date: ObservationDate(Period(unit: .year, first: first))), k + 1)
        }
        return nil
    }

    private func monthAt(_ k: Int) -> Int? {
        guard let t = tokens[safe: k], t.kind == .word, let m = lexicon.months[t.lower] else { return nil }
        if lexicon.monthsCapitalized && !t.capitalized { return nil }
        // English `May` and `March` are also words: take them only beside a number or after `in`, `since`, `between`.
        if t.lower == "may" || t.lower == "march" {
            let near = [tokens[safe: k - 1], tokens[safe: k + 1]].contains { $0?.kind == .number }
            let after = ["in", "since", "between", "and", "of", "early", "late", "mid", "from", "to", "until"].contains(
                tokens[safe: k - 1]?.lower ?? "")
            if !near && !after { return nil }
        }
        return m
    }

    /// A month, with a day before or after it and a year after it when the text gives them.
    private func monthMention(_ month: Int, at k: Int) -> (DateMention, Int)? {
        var day: Int?
        var year: Int?
        var start = k
        var next = k + 1
        func small(_ t: Token?) -> Int? {
            guard let t, t.kind == .number, t.text.unicodeScalars.count <= 2, let v = Int(t.text), v >= 1, v <= 31 else {
                return nil
            }
            return v
        }
        if let d = small(tokens[safe: k - 1]) {
            day = d
            start = k - 1
        } else if tokens[safe: k - 1]?.text == ".", let d = small(tokens[safe: k - 2]) {
            day = d
            start = k - 2
        } else if tokens[safe: k - 1]?.lower == "de", let d = small(tokens[safe: k - 2]) {
            day = d
            start = k - 2
        } else if let d = small(tokens[safe: k + 1]) {
            day = d
            next = k + 2
            if let suffix = tokens[safe: next], suffix.glued, Lexicon.ordinalSuffixes.contains(suffix.lower) { next += 1 }
        }
        var y = next
        if tokens[safe: y]?.text == "," || tokens[safe: y]?.lower == "de" { y += 1 }
        if let t = tokens[safe: y], t.kind == .number, t.text.unicodeScalars.count == 4, let v = Int(t.text), v >= 1900, v <= 2100
        {
            year = v
            next = y + 1
        }
        let resolvedYear: Int?
        if let year {
            resolvedYear = year
        } else if let p = published {
            // The latest such month or day on or before the publication day.
            let (py, pm, pd) = p.civil
            resolvedYear = (month > pm || (month == pm && (day ?? 1) > pd)) ? py - 1 : py
        } else {
            resolvedYear = nil
        }
        guard let ry = resolvedYear else {
            return (DateMention(index: start, date: nil, note: "month without a year or publication day"), next)
        }
        if let day {
            guard let d = Day(year: ry, month: month, day: day) else { return nil }
            return (DateMention(index: start, date: ObservationDate(d)), next)
        }
        guard let first = Day(year: ry, month: month, day: 1) else { return nil }
        return (DateMention(index: start, date: ObservationDate(Period(unit: .month, first: first))), next)
    }

    /// `2025-03-27` or `27.03.2025` as a day.
    private func numericDate(_ text: String) -> Day? {
        let parts = text.split(whereSeparator: { $0 == "." || $0 == "/" }).map(String.init)
        guard parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else {
            return nil
        }
        return Day(year: y, month: m, day: d)
    }

    private func resolve(_ relative: RelativeDate) -> (ObservationDate?, String?) {
        guard let p = published else { return (nil, "relative date without a publication day") }
        let (y, m, _) = p.civil
        switch relative {
        case .daysBefore(let n): return (ObservationDate(p - n), nil)
        case .overnight: return (ObservationDate(p), "overnight")
        case .thisWeek: return (ObservationDate(Period.containing(p, unit: .week)), nil)
        case .lastWeek: return (ObservationDate(Period.containing(p - 7, unit: .week)), nil)
        case .thisMonth: return (ObservationDate(Period.containing(p, unit: .month)), nil)
        case .lastMonth:
            let first = Day(year: m == 1 ? y - 1 : y, month: m == 1 ? 12 : m - 1, day: 1)
            return (first.map { ObservationDate(Period(unit: .month, first: $0)) }, nil)
        case .thisYear: return (ObservationDate(Period.containing(p, unit: .year)), "so far this year")
        case .lastYear: return (Day(year: y - 1, month: 1, day: 1).map { ObservationDate(Period(unit: .year, first: $0)) }, nil)
        }
    }
}
