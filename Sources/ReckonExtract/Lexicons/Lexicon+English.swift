extension Lexicon {
    /// English.
    static let english: Lexicon = {
        let l = Lexicon()
        l.numberWords = [
            "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
            "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
            "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
        ]
        l.scales = [
            "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "lakhs": 1e5,
            "crore": 1e7, "crores": 1e7, "bn": 1e9, "mn": 1e6,
        ]
        l.vague = [
            (["tens", "of", "thousands"], 20_000, 99_999), (["hundreds", "of", "thousands"], 200_000, 999_999),
            (["several", "dozen"], 24, 99), (["a", "few", "dozen"], 24, 99), (["dozens"], 24, 99),
            (["several", "hundred"], 200, 999), (["a", "few", "hundred"], 200, 999), (["hundreds"], 200, 999),
            (["several", "thousand"], 2_000, 9_999), (["a", "few", "thousand"], 2_000, 9_999),
            (["thousands"], 2_000, 9_999), (["several", "million"], 2e6, 9_999_999), (["millions"], 2e6, 9_999_999),
        ]
        l.about = [
            ["about"], ["around"], ["approximately"], ["roughly"], ["some"], ["an", "estimated"], ["estimated"],
            ["estimated", "at"], ["approx"], ["circa"], ["ca"], ["close", "to"], ["an", "approximate"],
            ["somewhere", "around"], ["~"], ["≈"],
        ]
        l.atLeast = [
            ["at", "least"], ["more", "than"], ["over"], ["exceeded"], ["upwards", "of"], ["in", "excess", "of"],
            ["no", "fewer", "than"], ["no", "less", "than"], ["a", "minimum", "of"], ["surpassed"], ["topped"],
            ["above"], ["exceeding"], ["exceeds"], ["well", "over"],
        ]
        l.atMost = [
            ["up", "to"], ["as", "many", "as"], ["no", "more", "than"], ["at", "most"], ["nearly"], ["almost"],
            ["just", "under"], ["fewer", "than"], ["less", "than"], ["under"], ["a", "maximum", "of"], ["as", "much", "as"],
        ]
        l.atLeastAfter = [["or", "more"], ["and", "more"], ["plus"], ["+"]]
        l.atMostAfter = [["or", "fewer"], ["or", "less"], ["at", "most"]]
        l.rangeOpen = ["between", "from"]
        l.rangeJoin = ["to", "-", "–", "—"]
        l.rangeJoinAfterOpen = ["and", "to", "-", "–"]
        l.notes = [
            "believed": "believed", "preliminary": "preliminary", "unconfirmed": "unconfirmed", "feared": "feared",
            "suspected": "suspected", "expected": "expected",
        ]
        let months = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december",
        ]
        for (i, m) in months.enumerated() { l.months[m] = i + 1 }
        for (i, m) in ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"].enumerated() {
            l.months[m] = [1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12][i]
        }
        l.monthsCapitalized = true
        for (i, d) in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].enumerated() {
            l.weekdays[d] = i + 1
        }
        l.relative = [
            (["yesterday"], .daysBefore(1)), (["today"], .daysBefore(0)), (["this", "morning"], .daysBefore(0)),
            (["tonight"], .daysBefore(0)), (["overnight"], .overnight), (["last", "night"], .overnight),
            (["this", "week"], .thisWeek), (["last", "week"], .lastWeek), (["past", "week"], .lastWeek),
            (["this", "month"], .thisMonth), (["last", "month"], .lastMonth), (["this", "year"], .thisYear),
            (["last", "year"], .lastYear), (["past", "24", "hours"], .daysBefore(0)), (["past", "day"], .daysBefore(0)),
        ]
        l.since = [
            ["since", "the", "start"], ["since", "the", "beginning"], ["since", "the", "outbreak"], ["so", "far"],
            ["to", "date"], ["since"],
        ]
        l.yearWords = [
            "in", "since", "by", "of", "from", "until", "till", "during", "year", "the", "early", "late", "mid", "and", "to",
            "before", "after",
        ]
        l.sourceBefore = [["according", "to"], ["citing"], ["as", "reported", "by"], ["as", "estimated", "by"]]
        l.sayingVerbs = [
            "said", "says", "say", "reported", "reports", "estimated", "estimates", "estimate", "told", "claimed", "claims",
            "announced", "confirmed", "stated", "added", "wrote", "put", "puts", "counted", "tallied", "warned",
        ]
        l.pronouns = ["it", "they", "he", "she"]
        l.articles = ["the", "a", "an"]
        l.stops = [
            "of", "in", "on", "at", "to", "from", "and", "or", "were", "was", "have", "had", "has", "been", "are", "is", "who",
            "that", "which", "the", "a", "an", "by", "with", "for", "since", "as", "said", "between", "into", "across",
            "this", "last", "over", "during", "while", "but", "after", "before", "near", "around", "according", "be",
            "will", "would", "could", "may", "might", "than", "per", "it", "they", "not", "also", "each", "had", "its",
        ]
        l.modifiers = ["more", "additional", "further", "other", "extra", "new", "some", "of", "fresh"]
        l.ofThem = [["of", "them"], ["of", "those"], ["of", "these"], ["of", "which"], ["of", "whom"]]
        l.present = [
            "are", "is", "remain", "remains", "currently", "now", "still", "has", "have", "stands", "stand", "total", "totals",
        ]
        l.percentWords = [["percent"], ["per", "cent"], ["%"]]
        l.changeWords = [
            "rose", "fell", "up", "down", "increase", "increased", "decrease", "decreased", "grew", "dropped", "rise",
            "fall", "gain", "gained", "lost", "cut", "jump", "jumped", "higher", "lower", "more", "less", "by",
        ]
        l.notBefore = [
            "aged", "age", "page", "pages", "no", "number", "route", "room", "platform", "gate", "flight", "chapter",
            "article", "section", "rank", "ranked", "grade", "level", "magnitude", "tel", "phone", "call", "hotline",
            "ext", "fax", "comments", "share", "shares", "step", "phase", "season", "episode", "vol", "version",
        ]
        l.notAfter = [
            "year-old", "years", "yr", "km", "kilometres", "kilometers", "miles", "mile", "metres", "meters", "m", "ft",
            "feet", "o'clock", "am", "pm", "a.m", "p.m", "hours", "hour", "minutes", "minute", "seconds", "mm",
            "magnitude", "cm", "kg", "tonnes", "tons", "degrees", "°c", "°", "min", "mph", "kph", "calibre", "caliber",
            "days", "day", "weeks", "week", "months", "month", "times",
        ]
        l.clauseBreaks = ["while", "whereas", "but", ";"]
        l.measures = [
            "killed": "killed", "dead": "killed", "died": "killed", "deaths": "killed", "injured": "injured",
            "wounded": "injured", "hurt": "injured", "casualties": "casualties", "missing": "missing",
            "displaced": "displaced", "detained": "detained", "arrested": "arrested", "evacuated": "evacuated",
            "downed": "shot down", "intercepted": "shot down", "destroyed": "destroyed", "launched": "launched",
            "fired": "launched", "sent": "sent", "deployed": "deployed", "captured": "captured", "rescued": "rescued",
            "supplied": "supplied", "attended": "attended", "protesters": "attended", "fled": "displaced",
        ]
        l.eventMeasures = [
            "killed", "injured", "shot down", "launched", "sent", "arrested", "detained", "evacuated", "rescued", "attended",
            "destroyed",
        ]
        l.currencies = ["dollars": "USD", "euros": "EUR", "pounds": "GBP", "hryvnias": "UAH", "roubles": "RUB", "rubles": "RUB"]
        return l.indexed()
    }()
}
