/// A language the extractor reads, with its own number format, qualifier words and date words.
public enum Language: String, Sendable, CaseIterable, Hashable {
    case english = "en"
    case german = "de"
    case french = "fr"
    case spanish = "es"
    case ukrainian = "uk"
    case russian = "ru"

    /// Guesses the language of `text` from its letters and its commonest short words; English when
    /// nothing else is more likely. Looks at the first 20,000 characters at most.
    public static func detect(_ text: String) -> Language {
        var scores: [Language: Int] = [:]
        var word = ""
        var seen = 0
        func finish() {
            if let language = markers[word] { scores[language, default: 0] += 1 }
            word = ""
        }
        for scalar in text.unicodeScalars {
            seen += 1
            if seen > 20_000 { break }
            switch scalar {
            case "ї", "є", "ґ", "і", "Ї", "Є", "Ґ", "І": scores[.ukrainian, default: 0] += 3
            case "ы", "э", "ъ", "ё", "Ы", "Э": scores[.russian, default: 0] += 3
            case "ß", "ä", "ü", "Ä", "Ü": scores[.german, default: 0] += 2
            case "ñ", "¿", "¡": scores[.spanish, default: 0] += 3
            case "ç", "è", "ê", "à", "œ": scores[.french, default: 0] += 1
            default: break
            }
            if scalar.properties.isAlphabetic {
                if word.unicodeScalars.count < 12 {
                    word.unicodeScalars.append(scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar)
                }
            } else {
                finish()
            }
        }
        finish()
        var best = Language.english
        var bestScore = scores[.english, default: 0]
        for language in Language.allCases where scores[language, default: 0] > bestScore {
            best = language
            bestScore = scores[language, default: 0]
        }
        return best
    }

    /// Short words frequent in one language and rare in the others.
    private static let markers: [String: Language] = {
        var m: [String: Language] = [:]
        for w in ["the", "and", "said", "of", "were", "was", "has", "have", "according", "with"] { m[w] = .english }
        for w in ["der", "die", "und", "das", "nicht", "mit", "laut", "sich", "wurden", "ist", "auf"] { m[w] = .german }
        for w in ["le", "les", "et", "des", "selon", "est", "dans", "une", "ont", "été", "du"] { m[w] = .french }
        for w in ["el", "los", "las", "y", "según", "del", "fueron", "una", "por", "con", "han"] { m[w] = .spanish }
        for w in ["і", "та", "що", "це", "було", "також", "україни", "від", "під", "його"] { m[w] = .ukrainian }
        for w in ["и", "что", "это", "было", "также", "россии", "от", "под", "его", "были"] { m[w] = .russian }
        return m
    }()

    /// The lexicon of this language.
    var lexicon: Lexicon {
        switch self {
        case .english: Lexicon.english
        case .german: Lexicon.german
        case .french: Lexicon.french
        case .spanish: Lexicon.spanish
        case .ukrainian: Lexicon.ukrainian
        case .russian: Lexicon.russian
        }
    }
}
