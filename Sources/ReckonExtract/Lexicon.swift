/// A language's words for what the extractor looks for: numbers, scales, vague quantities, qualifiers,
/// dates, attribution. Words are lowercase; a phrase is a list of words as the tokenizer splits them.
///
/// A class, so that the many steps reading it share one copy; each language's is filled in once, by its
/// static initialiser, and never changed after (hence `@unchecked Sendable`).
final class Lexicon: @unchecked Sendable {
    /// The language these are the words of.
    var language = Language.english
    /// Whether `1,5` is one and a half (and `1.500` fifteen hundred).
    var decimalComma = false
    /// Whether a plain space groups thousands (`11 000`).
    var spaceGrouping = false
    /// Whether the head noun of a noun phrase comes first (`soldats nord-coréens`) rather than last.
    var headFirst = false
    /// Whether nouns are capitalised (German), which tells where a noun phrase ends.
    var capitalizedNouns = false
    /// Number words and their values; `1` only counts before a scale word or a dozen.
    var numberWords: [String: Double] = [:]
    /// Scale words and abbreviations (`thousand`, `mio`, `тис`).
    var scales: [String: Double] = [:]
    /// Vague quantities and the range each stands for.
    var vague: [(phrase: [String], low: Double, high: Double)] = []
    /// Words before a number meaning about, at least, at most.
    var about: [[String]] = []
    var atLeast: [[String]] = []
    var atMost: [[String]] = []
    /// Words after a number meaning at least (`or more`) or at most (`or fewer`).
    var atLeastAfter: [[String]] = []
    var atMostAfter: [[String]] = []
    /// Words after a figure and its noun meaning about (`auf 1,7 Mrd. Euro geschätzt`).
    var aboutAfter: Set<String> = []
    /// Words that open a range (`between`) and join its ends (`and`, `to`).
    var rangeOpen: [String] = []
    var rangeJoin: [String] = []
    var rangeJoinAfterOpen: [String] = []
    /// Words kept in the note (`believed`, `preliminary`) and how the note says them.
    var notes: [String: String] = [:]
    /// Month names (and their inflected forms) and their numbers.
    var months: [String: Int] = [:]
    /// Whether month names are written with a capital (English, German), which tells the month May from the verb.
    var monthsCapitalized = false
    /// Weekday names (and forms) and their ISO numbers, Monday 1.
    var weekdays: [String: Int] = [:]
    /// Relative days and periods.
    var relative: [(phrase: [String], date: RelativeDate)] = []
    /// Phrases that make a figure cumulative since an event (`since the start of the war`).
    var since: [[String]] = []
    /// Words before a year (`in 2024`).
    var yearWords: Set<String> = []
    /// Phrases that introduce a source before it (`according to`, `laut`).
    var sourceBefore: [[String]] = []
    /// Verbs of saying (`said`, `reported`); a source stands before or after them.
    var sayingVerbs: Set<String> = []
    /// Phrases that close a source introduced by a verb before it (German `teilte … mit`).
    var sourceClosers: Set<String> = []
    /// Pronouns standing for the last named source (`it said`).
    var pronouns: Set<String> = []
    /// Articles dropped from the start of a source or unit.
    var articles: Set<String> = []
    /// Words that end a noun phrase (prepositions, conjunctions, auxiliaries).
    var stops: Set<String> = []
    /// Modifiers skipped before a unit (`additional`, `more`).
    var modifiers: Set<String> = []
    /// Phrases after a number meaning `of them`, whose unit is the previous figure's.
    var ofThem: [[String]] = []
    /// Words telling the sentence is about the present (its figures are as of the publication day).
    var present: Set<String> = []
    /// Words for a percentage.
    var percentWords: [[String]] = []
    /// Words near a percentage that make it a change rather than a measure.
    var changeWords: Set<String> = []
    /// Words before a number that make it an age, a time, a page or a rank.
    var notBefore: Set<String> = []
    /// Words after a number that make it not an estimate (`years old`, `km`, `o'clock`).
    var notAfter: Set<String> = []
    /// Words that split a sentence into clauses, each with its own source (`while`).
    var clauseBreaks: Set<String> = []
    /// What figures measure, by verb or noun form (`killed` → `killed`).
    var measures: [String: String] = [:]
    /// Measures that count events in a period rather than a level.
    var eventMeasures: Set<String> = []
    /// The first words of the vague quantities, of the date phrases (relative and `since`), and of
    /// the phrases introducing a source: a word that is none of them is passed over at once.
    private(set) var vagueStarts: Set<String> = []
    private(set) var dateStarts: Set<String> = []
    private(set) var sourceStarts: Set<String> = []

    /// Fills the sets of first words; each language's initialiser calls it last.
    func indexed() -> Lexicon {
        vagueStarts = Set(vague.compactMap(\.phrase.first))
        dateStarts = Set(relative.compactMap(\.phrase.first) + since.compactMap(\.first))
        sourceStarts = Set(sourceBefore.compactMap(\.first))
        return self
    }

    /// Currency words after a number, and their codes.
    var currencies: [String: String] = [:]
}

/// A day or period named relative to the publication day.
enum RelativeDate: Sendable, Equatable {
    case daysBefore(Int)
    case overnight
    case thisWeek, lastWeek, thisMonth, lastMonth, thisYear, lastYear
}

extension Lexicon {
    /// Words every language treats alike: currency signs and ordinal suffixes.
    static let currencySigns: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "₴": "UAH", "₽": "RUB"]
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th", "e", "er", "ème", "eme", "º", "ª", "o", "a"]
    /// Letters glued to a number that scale it (`1.7bn`, `3m`, `5k`).
    static let scaleSuffixes: [String: Double] = [
        "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "mio": 1e6, "mrd": 1e9, "md": 1e9,
        "млн": 1e6, "млрд": 1e9, "тис": 1e3, "тыс": 1e3,
    ]
    /// Abbreviations whose dot does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "no", "gen", "col", "lt", "sgt", "capt", "maj", "jan", "feb", "mar", "apr", "aug",
        "sep", "sept", "oct", "nov", "dec", "approx", "est", "ca", "mio", "mrd", "tsd", "bzw", "etc", "vs", "u", "s", "z",
        "b", "mme", "m", "env", "av", "sr", "sra", "aprox", "тис", "тыс", "млн", "млрд", "ст", "р", "г", "вул", "ул", "див",
        "см", "прибл", "bn", "mln", "mds", "md", "inc", "corp", "co", "jr", "approx", "pp", "p", "fig",
    ]
}
