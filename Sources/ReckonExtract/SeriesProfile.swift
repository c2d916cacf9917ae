public import ReckonModel

/// What the extractor knows of a tracked series to match figures to it: the phrases its sidecar
/// lists under `match:` and its unit.
public struct SeriesProfile: Sendable, Hashable {
    /// The series.
    public var id: SeriesID
    /// Phrases whose words, found in a figure's sentence, point to the series (`North Korean troops`).
    public var phrases: [String]
    /// The series' unit; a figure matched to the series takes it (`soldiers` becomes `troops`).
    public var unit: String?

    /// A profile of series `id`.
    public init(id: SeriesID, phrases: [String], unit: String? = nil) {
        self.id = id
        self.phrases = phrases
        self.unit = unit
    }
}

/// Scores how well a sentence and a figure's unit fit each profile.
struct SeriesMatcher {
    let profiles: [SeriesProfile]

    /// The best profile for a figure in `sentence` (lowercase words) with `unit`, and the score from 0
    /// to 1; a phrase word found only in `context` (the sentence before, in the same paragraph) counts half.
    func best(sentence: [String], context: [String], unit: String?) -> (SeriesProfile, Double)? {
        var best: (SeriesProfile, Double)?
        for profile in profiles {
            var score = 0.0
            for phrase in profile.phrases {
                let words = phrase.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" }).map(
                    String.init)
                guard !words.isEmpty else { continue }
                var found = 0.0
                for w in words {
                    if sentence.contains(where: { Self.sameStem($0, w) }) {
                        found += 1
                    } else if context.contains(where: { Self.sameStem($0, w) }) {
                        found += 0.5
                    }
                }
                var s = found / Double(words.count)
                // The phrase names the noun it counts: finding it as the figure's unit weighs most.
                if let unit, words.contains(where: { Self.sameStem(unit, $0) }) { s += 0.3 }
                score = max(score, s)
            }
            if let unit, let pu = profile.unit, Self.sameStem(unit, pu.lowercased()) { score += 0.2 }
            if score > (best?.1 ?? 0) { best = (profile, score) }
        }
        guard let best, best.1 >= 0.6 else { return nil }
        return (best.0, min(1, best.1))
    }

    /// Words alike up to their endings: the first five letters, or the whole of a shorter word.
    static func sameStem(_ a: String, _ b: String) -> Bool {
        let n = min(5, max(a.count, b.count))
        return a.prefix(n) == b.prefix(n) && min(a.count, b.count) >= min(n, 3)
    }
}
