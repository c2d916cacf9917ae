import ReckonModel

/// A stated quantity found in a sentence, before it is judged and described.
struct Figure: Sendable {
    var value: Double?
    var low: Double?
    var high: Double?
    /// The first and last tokens of the quantity itself (digits, words, scale, percent sign).
    var first: Int
    var last: Int
    var percent = false
    var currency: String?
    /// The vague words it was read from (`dozens`), if any.
    var vague: String?
    /// A qualifier implied by the words themselves (`a dozen` is about 12).
    var impliedQualifier: Qualifier?
    /// Whether it was written in words.
    var inWords = false
}

/// One number read at a token: its value, where it ends, and how it was written.
struct ReadNumber: Sendable {
    var value: Double
    var end: Int
    var grouped: Bool
    var decimals: Bool
    var inWords: Bool
    var scaled: Bool
    var digits: Int
    var approximate: Bool
}
