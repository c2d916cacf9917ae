extension Array where Element == Token {
    /// Whether the words of `phrase` stand at `i`.
    func matches(_ phrase: [String], at i: Int) -> Bool {
        guard i >= 0, !phrase.isEmpty, i + phrase.count <= count else { return false }
        var k = 0
        while k < phrase.count {
            if self[i + k].lower != phrase[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether the words of `phrase` end just before `i`.
    func matches(_ phrase: [String], endingBefore i: Int) -> Bool { matches(phrase, at: i - phrase.count) }

    /// The longest of `phrases` standing at `i`, as its length.
    func longest(_ phrases: [[String]], at i: Int) -> Int? {
        var best: Int?
        for phrase in phrases where phrase.count > (best ?? 0) && matches(phrase, at: i) { best = phrase.count }
        return best
    }

    /// The longest of `phrases` ending just before `i`, as its length.
    func longest(_ phrases: [[String]], endingBefore i: Int) -> Int? {
        var best: Int?
        for phrase in phrases where phrase.count > (best ?? 0) && matches(phrase, endingBefore: i) { best = phrase.count }
        return best
    }

    /// The token at `i`, or nil outside the array.
    subscript(safe i: Int) -> Token? { i >= 0 && i < count ? self[i] : nil }
}
