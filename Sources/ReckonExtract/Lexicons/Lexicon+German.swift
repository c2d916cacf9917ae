extension Lexicon {
    /// German.
    static let german: Lexicon = {
        let l = Lexicon()
        l.language = .german
        l.decimalComma = true
        l.spaceGrouping = true
        l.capitalizedNouns = true
        l.numberWords = [
            "ein": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
            "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
            "hundert": 100, "dutzend": 12,
        ]
        l.scales = [
            "tausend": 1e3, "tsd": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6, "milliarde": 1e9,
            "milliarden": 1e9, "mrd": 1e9, "billion": 1e12, "billionen": 1e12,
        ]
        l.vague = [
            (["zehntausende"], 20_000, 99_999), (["hunderttausende"], 200_000, 999_999),
            (["mehrere", "dutzend"], 24, 99), (["einige", "dutzend"], 24, 99), (["dutzende"], 24, 99),
            (["mehrere", "hundert"], 200, 999), (["einige", "hundert"], 200, 999), (["hunderte"], 200, 999),
            (["mehrere", "tausend"], 2_000, 9_999), (["einige", "tausend"], 2_000, 9_999), (["tausende"], 2_000, 9_999),
            (["millionen"], 2e6, 9_999_999),
        ]
        l.about = [
            ["etwa"], ["rund"], ["ungefähr"], ["circa"], ["ca"], ["zirka"], ["schätzungsweise"], ["geschätzte"],
            ["geschätzt"], ["an", "die"], ["um", "die"], ["gegen"],
        ]
        l.atLeast = [["mindestens"], ["mehr", "als"], ["über"], ["wenigstens"], ["gut"], ["weit", "über"], ["knapp", "über"]]
        l.atMost = [
            ["bis", "zu"], ["höchstens"], ["weniger", "als"], ["knapp"], ["fast"], ["beinahe"], ["nahezu"], ["unter"],
            ["maximal"],
        ]
        l.atLeastAfter = [["oder", "mehr"], ["und", "mehr"], ["+"]]
        l.atMostAfter = [["oder", "weniger"]]
        l.aboutAfter = ["geschätzt"]
        l.rangeOpen = ["zwischen"]
        l.rangeJoin = ["bis", "-", "–"]
        l.rangeJoinAfterOpen = ["und"]
        l.notes = [
            "vermutlich": "believed", "mutmaßlich": "believed", "vorläufig": "preliminary", "vorläufigen": "preliminary",
            "vorläufige": "preliminary",
        ]
        let months = [
            "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
        ]
        for (i, m) in months.enumerated() { l.months[m] = i + 1 }
        l.months["jänner"] = 1
        l.monthsCapitalized = true
        for (i, d) in ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"].enumerated() {
            l.weekdays[d] = i + 1
        }
        l.weekdays["sonnabend"] = 6
        l.relative = [
            (["gestern"], .daysBefore(1)), (["heute"], .daysBefore(0)), (["vorgestern"], .daysBefore(2)),
            (["in", "der", "nacht"], .overnight), (["über", "nacht"], .overnight), (["vergangene", "nacht"], .overnight),
            (["diese", "woche"], .thisWeek), (["dieser", "woche"], .thisWeek), (["vergangene", "woche"], .lastWeek),
            (["vergangenen", "woche"], .lastWeek), (["letzte", "woche"], .lastWeek), (["letzten", "woche"], .lastWeek),
            (["vergangenen", "monat"], .lastMonth), (["letzten", "monat"], .lastMonth), (["diesen", "monat"], .thisMonth),
            (["dieses", "jahr"], .thisYear), (["diesem", "jahr"], .thisYear), (["vergangenen", "jahr"], .lastYear),
            (["vergangenes", "jahr"], .lastYear), (["letzten", "jahr"], .lastYear),
        ]
        l.since = [["seit", "beginn"], ["seit", "kriegsbeginn"], ["seit", "anfang"], ["bisher"], ["seit"]]
        l.yearWords = [
            "im", "in", "seit", "bis", "von", "jahr", "jahres", "anfang", "ende", "mitte", "und", "vor", "nach", "des", "der",
            "das",
        ]
        l.sourceBefore = [
            ["laut"], ["nach", "angaben", "der"], ["nach", "angaben", "des"], ["nach", "angaben", "von"],
            ["nach", "angaben"], ["zufolge"], ["so"], ["wie"], ["nach", "schätzungen", "der"], ["nach", "schätzungen", "des"],
        ]
        l.sayingVerbs = [
            "sagte", "sagten", "sprachen", "teilte", "teilten", "berichtete", "berichteten", "erklärte", "erklärten", "meldete",
            "meldeten", "schätzt", "schätzte", "schätzen", "gab", "gaben", "bestätigte", "sprach", "mitteilte",
        ]
        l.sourceClosers = ["mit", "an", "bekannt"]
        l.pronouns = ["sie", "er", "es"]
        l.articles = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "eines"]
        l.stops = [
            "von", "in", "im", "am", "an", "auf", "aus", "bei", "nach", "und", "oder", "wurden", "wurde", "waren", "war",
            "sind", "ist", "haben", "hat", "seien", "sei", "die", "der", "das", "den", "dem", "des", "mit", "für", "seit",
            "als", "zwischen", "in", "über", "während", "aber", "laut", "zu", "zum", "zur", "so", "sollen", "soll",
            "bis", "um", "gegen", "nicht", "auch", "ums",
        ]
        l.modifiers = ["weitere", "weiteren", "zusätzliche", "zusätzlichen", "neue", "neuen", "mehr"]
        l.ofThem = [["von", "ihnen"], ["davon"]]
        l.present = [
            "sind", "ist", "seien", "sei", "befänden", "befinden", "befindet", "derzeit", "aktuell", "inzwischen", "mittlerweile",
            "haben", "hat",
        ]
        l.percentWords = [["prozent"], ["%"]]
        l.changeWords = [
            "um", "gestiegen", "gesunken", "stieg", "sank", "zuwachs", "anstieg", "rückgang", "mehr", "weniger", "plus", "minus",
        ]
        l.notBefore = [
            "alter", "seite", "nummer", "nr", "platz", "stufe", "tel", "telefon", "hotline", "stärke", "kapitel", "linie",
            "gleis",
        ]
        l.notAfter = [
            "jahre", "jahren", "jährige", "jährigen", "jähriger", "km", "kilometer", "meter", "m", "uhr", "stunden",
            "minuten", "mm", "cm", "kg", "tonnen", "grad", "°", "tage", "tagen", "wochen", "monate", "monaten", "kaliber", "mal",
        ]
        l.clauseBreaks = ["während", "wohingegen", "aber", "doch", ";"]
        l.measures = [
            "getötet": "killed", "tote": "killed", "toten": "killed", "verletzt": "injured", "verletzte": "injured",
            "verletzten": "injured", "vermisst": "missing", "festgenommen": "arrested", "evakuiert": "evacuated",
            "abgeschossen": "shot down", "zerstört": "destroyed", "geschickt": "sent", "entsandt": "sent",
            "teilnehmer": "attended", "demonstranten": "attended", "abgefangen": "shot down",
        ]
        l.eventMeasures = ["killed", "injured", "shot down", "sent", "arrested", "evacuated", "attended", "destroyed"]
        l.currencies = ["euro": "EUR", "dollar": "USD", "us-dollar": "USD", "franken": "CHF", "pfund": "GBP"]
        return l.indexed()
    }()
}
