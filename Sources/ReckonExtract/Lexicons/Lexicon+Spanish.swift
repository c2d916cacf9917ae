extension Lexicon {
    /// Spanish.
    static let spanish: Lexicon = {
        let l = Lexicon()
        l.language = .spanish
        l.decimalComma = true
        l.spaceGrouping = true
        l.headFirst = true
        l.numberWords = [
            "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
            "diez": 10, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "cien": 100,
            "docena": 12,
        ]
        l.scales = ["mil": 1e3, "millón": 1e6, "millones": 1e6, "millardo": 1e9, "millardos": 1e9, "billón": 1e12]
        l.vague = [
            (["decenas", "de", "miles"], 20_000, 99_999), (["cientos", "de", "miles"], 200_000, 999_999),
            (["decenas"], 20, 99), (["docenas"], 24, 99), (["varios", "cientos"], 200, 999), (["cientos"], 200, 999),
            (["centenares"], 200, 999), (["varios", "miles"], 2_000, 9_999), (["miles"], 2_000, 9_999),
            (["millones"], 2e6, 9_999_999),
        ]
        l.about = [
            ["unos"], ["unas"], ["alrededor", "de"], ["aproximadamente"], ["cerca", "de"], ["en", "torno", "a"],
            ["un", "estimado", "de"], ["aprox"],
        ]
        l.atLeast = [["al", "menos"], ["por", "lo", "menos"], ["más", "de"], ["como", "mínimo"], ["superó"], ["supera"]]
        l.atMost = [["hasta"], ["menos", "de"], ["casi"], ["como", "máximo"], ["no", "más", "de"]]
        l.atLeastAfter = [["o", "más"], ["+"]]
        l.atMostAfter = [["o", "menos"]]
        l.aboutAfter = ["aproximadamente"]
        l.rangeOpen = ["entre", "de"]
        l.rangeJoin = ["a", "-", "–"]
        l.rangeJoinAfterOpen = ["y", "a"]
        l.notes = [
            "preliminar": "preliminary", "preliminares": "preliminary", "provisional": "preliminary", "presuntamente": "believed",
        ]
        let months = [
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
            "diciembre",
        ]
        for (i, m) in months.enumerated() { l.months[m] = i + 1 }
        l.months["setiembre"] = 9
        for (i, d) in ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"].enumerated() {
            l.weekdays[d] = i + 1
        }
        l.relative = [
            (["ayer"], .daysBefore(1)), (["hoy"], .daysBefore(0)), (["anteayer"], .daysBefore(2)),
            (["durante", "la", "noche"], .overnight), (["esta", "madrugada"], .daysBefore(0)), (["anoche"], .overnight),
            (["esta", "semana"], .thisWeek), (["la", "semana", "pasada"], .lastWeek), (["el", "mes", "pasado"], .lastMonth),
            (["este", "mes"], .thisMonth), (["este", "año"], .thisYear), (["el", "año", "pasado"], .lastYear),
        ]
        l.since = [
            ["desde", "el", "inicio"], ["desde", "el", "comienzo"], ["desde", "el", "principio"], ["hasta", "ahora"], ["desde"],
        ]
        l.yearWords = ["en", "desde", "de", "hasta", "año", "inicios", "finales", "mediados", "y", "a", "antes", "después", "el"]
        l.sourceBefore = [["según"], ["de", "acuerdo", "con"]]
        l.sayingVerbs = [
            "dijo", "dijeron", "informó", "informaron", "afirmó", "señaló", "indicó", "aseguró", "estimó", "estiman", "estima",
            "calculan", "calcula", "reportó", "cifró", "cifran", "cifraron", "habló", "hablaron", "advirtió", "advirtieron",
            "añadió",
        ]
        l.pronouns = ["él", "ella", "ellos", "ellas"]
        l.articles = ["el", "la", "los", "las", "un", "una"]
        l.stops = [
            "de", "del", "a", "al", "en", "y", "o", "fueron", "han", "ha", "sido", "son", "es", "que", "el", "la", "los", "las",
            "por", "con", "para", "desde", "según", "entre", "pero", "mientras", "contra", "hacia", "durante", "se", "sin",
        ]
        l.modifiers = ["más", "adicionales", "nuevos", "otros"]
        l.ofThem = [["de", "ellos"], ["de", "ellas"], ["de", "los", "cuales"]]
        l.present = [
            "son", "es", "habría", "habrían", "sería", "están", "hay", "actualmente", "ya", "siguen", "permanecen", "se",
            "encuentran",
        ]
        l.percentWords = [["por", "ciento"], ["%"]]
        l.changeWords = ["subió", "bajó", "aumentó", "cayó", "aumento", "caída", "subieron", "bajaron", "aumentaron", "cayeron"]
        l.notBefore = ["edad", "página", "número", "núm", "tel", "teléfono", "magnitud", "línea", "artículo", "capítulo"]
        l.notAfter = [
            "años", "km", "kilómetros", "metros", "m", "horas", "minutos", "mm", "cm", "kg", "toneladas", "grados", "°", "días",
            "semanas", "meses", "calibre", "veces",
        ]
        l.clauseBreaks = ["mientras", "pero", ";"]
        l.measures = [
            "muertos": "killed", "fallecidos": "killed", "heridos": "injured", "desaparecidos": "missing",
            "desplazados": "displaced", "detenidos": "arrested", "evacuados": "evacuated", "derribados": "shot down",
            "destruidos": "destroyed", "manifestantes": "attended", "envió": "sent", "interceptados": "shot down",
        ]
        l.eventMeasures = ["killed", "injured", "shot down", "sent", "arrested", "evacuated", "attended", "destroyed"]
        l.currencies = ["euros": "EUR", "dólares": "USD", "pesos": "MXN"]
        return l.indexed()
    }()
}
