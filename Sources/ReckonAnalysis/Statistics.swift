/// Small statistics helpers shared by the steps.
enum Statistics {
    /// The median, averaging the two middle values of an even count; NaN for no values.
    ///
    /// - Complexity: O(n log n).
    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        let s = values.sorted()
        let m = s.count / 2
        return s.count % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2
    }

    /// The median of a slice of `values`, sorting that slice in place.
    static func median(_ values: inout [Double], _ range: Range<Int>) -> Double {
        guard !range.isEmpty else { return .nan }
        values[range].sort()
        let m = range.lowerBound + range.count / 2
        return range.count % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2
    }
}
