extension Lexicon {
    /// French.
    static let french: Lexicon = {
        let l = Lexicon()
        l.language = .french
        l.decimalComma = true
        l.spaceGrouping = true
        l.headFirst = true
        l.numberWords = [
            "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
            "dix": 10, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "cent": 100,
            "douzaine": 12,
        ]
        l.scales = ["mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "md": 1e9, "mds": 1e9]
        l.vague = [
            (["des", "dizaines", "de", "milliers"], 20_000, 99_999), (["des", "centaines", "de", "milliers"], 200_000, 999_999),
            (["plusieurs", "dizaines"], 20, 99), (["des", "dizaines"], 20, 99), (["plusieurs", "centaines"], 200, 999),
            (["des", "centaines"], 200, 999), (["quelques", "centaines"], 200, 999), (["plusieurs", "milliers"], 2_000, 9_999),
            (["des", "milliers"], 2_000, 9_999), (["quelques", "milliers"], 2_000, 9_999), (["des", "millions"], 2e6, 9_999_999),
        ]
        l.about = [
            ["environ"], ["quelque"], ["autour", "de"], ["approximativement"], ["à", "peu", "près"], ["une", "estimation", "de"],
            ["estimé", "à"], ["estimés", "à"], ["estimée", "à"], ["estimées", "à"], ["quelques"], ["près", "de"],
        ]
        l.atLeast = [["au", "moins"], ["plus", "de"], ["au-delà", "de"], ["pas", "moins", "de"], ["dépassé"], ["minimum"]]
        l.atMost = [
            ["jusqu'à"], ["pas", "plus", "de"], ["moins", "de"], ["presque"], ["au", "plus"], ["au", "maximum"], ["quasiment"],
        ]
        l.atLeastAfter = [["ou", "plus"], ["et", "plus"], ["+"]]
        l.atMostAfter = [["ou", "moins"]]
        l.aboutAfter = ["environ"]
        l.rangeOpen = ["entre", "de"]
        l.rangeJoin = ["à", "-", "–"]
        l.rangeJoinAfterOpen = ["et", "à"]
        l.notes = [
            "provisoire": "preliminary", "préliminaire": "preliminary", "présumés": "believed", "probablement": "believed",
        ]
        let months = [
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
            "décembre",
        ]
        for (i, m) in months.enumerated() { l.months[m] = i + 1 }
        for (i, d) in ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"].enumerated() {
            l.weekdays[d] = i + 1
        }
        l.relative = [
            (["hier"], .daysBefore(1)), (["aujourd'hui"], .daysBefore(0)), (["avant-hier"], .daysBefore(2)),
            (["dans", "la", "nuit"], .overnight), (["cette", "nuit"], .overnight), (["la", "nuit", "dernière"], .overnight),
            (["cette", "semaine"], .thisWeek), (["la", "semaine", "dernière"], .lastWeek),
            (["le", "mois", "dernier"], .lastMonth),
            (["ce", "mois-ci"], .thisMonth), (["cette", "année"], .thisYear), (["l'an", "dernier"], .lastYear),
            (["l'année", "dernière"], .lastYear),
        ]
        l.since = [["depuis", "le", "début"], ["depuis", "le", "déclenchement"], ["jusqu'à", "présent"], ["depuis"]]
        l.yearWords = [
            "en", "depuis", "de", "jusqu'en", "année", "début", "fin", "mi", "et", "à", "avant", "après", "le", "l'an",
        ]
        l.sourceBefore = [["selon"], ["d'après"], ["de", "source"]]
        l.sayingVerbs = [
            "déclaré", "indiqué", "annoncé", "affirmé", "précisé", "estimé", "rapporté", "dit", "estiment", "estime", "affirment",
            "affirme", "indique", "indiquent", "comptent", "compte", "recensé", "fait", "état",
        ]
        l.pronouns = ["il", "elle", "ils", "elles"]
        l.articles = ["le", "la", "les", "l'", "un", "une", "des", "du"]
        l.stops = [
            "de", "des", "du", "à", "au", "aux", "en", "et", "ou", "ont", "a", "été", "sont", "est", "qui", "que", "le", "la",
            "les", "par", "avec", "pour", "depuis", "selon", "dans", "sur", "entre", "mais", "alors", "tandis", "contre",
            "vers", "pendant", "lors", "auraient", "aurait", "seraient", "serait", "ne", "se", "sans",
        ]
        l.modifiers = ["supplémentaires", "autres", "nouveaux", "nouvelles"]
        l.ofThem = [["d'entre", "eux"], ["d'entre", "elles"], ["dont"]]
        l.present = [
            "sont", "est", "auraient", "aurait", "atteint", "atteignent", "seraient", "serait", "actuellement", "désormais",
            "toujours", "se", "trouvent",
        ]
        l.percentWords = [["pour", "cent"], ["%"]]
        l.changeWords = ["hausse", "baisse", "augmenté", "diminué", "progressé", "reculé"]
        l.notBefore = [
            "âgé", "âgée", "âgés", "âgées", "page", "numéro", "n°", "tél", "téléphone", "magnitude", "ligne", "article",
            "chapitre",
        ]
        l.notAfter = [
            "ans", "km", "kilomètres", "mètres", "m", "h", "heures", "minutes", "mm", "cm", "kg", "tonnes", "degrés", "°",
            "jours", "semaines", "mois", "calibre", "fois",
        ]
        l.clauseBreaks = ["tandis", "alors", "mais", ";"]
        l.measures = [
            "tués": "killed", "morts": "killed", "tuées": "killed", "blessés": "injured", "blessées": "injured",
            "disparus": "missing", "déplacés": "displaced", "interpellés": "arrested", "arrêtés": "arrested",
            "évacués": "evacuated", "abattus": "shot down", "détruits": "destroyed", "manifestants": "attended",
            "envoyé": "sent", "envoyés": "sent", "interceptés": "shot down",
        ]
        l.eventMeasures = ["killed", "injured", "shot down", "sent", "arrested", "evacuated", "attended", "destroyed"]
        l.currencies = ["euros": "EUR", "dollars": "USD", "francs": "CHF"]
        return l.indexed()
    }()
}
