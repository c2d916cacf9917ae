extension Points {
    /// The rules the columns keep, each broken one described; empty when the points are sound.
    ///
    /// Every column but ``sourceSets`` is empty or has one entry per point; ``lows`` and ``highs`` are
    /// both empty or both full, and not all `.nan`; ``qualifiers`` is not all nil; ``observed`` and
    /// ``complete`` are not all true; ``rangeOnly`` is not all false; each ``sourceIndex`` entry
    /// numbers an entry of ``sourceSets``.
    ///
    /// - Complexity: O(n).
    package var invariantViolations: [String] {
        var problems: [String] = []
        let n = values.count
        func check(_ name: String, _ count: Int, mayBeEmpty: Bool = true) {
            if count != n, !(mayBeEmpty && count == 0) { problems.append("\(name) has \(count) entries for \(n) points") }
        }
        check("dates", dates.count, mayBeEmpty: false)
        check("lows", lows.count)
        check("highs", highs.count)
        check("qualifiers", qualifiers.count)
        check("sourceIndex", sourceIndex.count)
        check("observed", observed.count)
        check("rangeOnly", rangeOnly.count)
        check("complete", complete.count)
        if lows.isEmpty != highs.isEmpty { problems.append("lows and highs are not both empty or both full") }
        if !lows.isEmpty, lows.allSatisfy(\.isNaN), highs.allSatisfy(\.isNaN) { problems.append("no point has a bound") }
        if !qualifiers.isEmpty, qualifiers.allSatisfy({ $0 == nil }) { problems.append("no point has a qualifier") }
        if !observed.isEmpty, !observed.contains(false) { problems.append("every point is observed") }
        if !complete.isEmpty, !complete.contains(false) { problems.append("every point is complete") }
        if !rangeOnly.isEmpty, !rangeOnly.contains(true) { problems.append("no point is range-only") }
        if let bad = sourceIndex.first(where: { $0 < 0 || Int($0) >= sourceSets.count }) {
            problems.append("source set \(bad) is not one of \(sourceSets.count)")
        }
        return problems
    }

    /// Stops a debug build when the columns break a rule of ``invariantViolations``; does nothing in
    /// a release build.
    ///
    /// - Complexity: O(n) in debug builds, O(1) in release builds.
    @inline(__always)
    func checkInvariants() {
        assert(invariantViolations.isEmpty, "Points break their rules: \(invariantViolations.joined(separator: "; "))")
    }
}
