public import ReckonModel

/// The first steps of every query: what was known when (`asOf`), one source or all, the range, the
/// latest revision of each (date, source), and one value per date from several sources.
public enum Selection {
    /// The series' observations as points, one per date.
    ///
    /// A level or cumulative series groups rows by position (a month's level sits at its middle); a
    /// count groups rows by their exact date, since a day's count and a month's count are different
    /// things. Within a group, each source's latest reported row counts, and the sources' values are
    /// combined with `options.combine`. Several sources combine as follows: the value comes from the
    /// sources that gave a value; the bounds are the envelope of every source's range (a source without
    /// a range counts as its value; a one-sided range leaves that side open); a date where every source
    /// gave only a range stays a range (see ``Points/rangeOnly``).
    ///
    /// - Throws: `.usage` when `options.source` names a source with no rows.
    /// - Complexity: O(n) when the rows are in date order, as the store keeps them; O(n log n) otherwise.
    public static func points(_ series: Series, options: QueryOptions) throws(AnalysisError) -> Points {
        try points(series, options: options, onTwoThreads: false)
    }

    /// The points of ``points(_:options:)``; with `onTwoThreads`, the rows of a long series kept whole
    /// (no `source`, as-of or range filter) are checked for order in two halves at once. The same points.
    package static func points(
        _ series: Series, options: QueryOptions, onTwoThreads: Bool
    ) throws(AnalysisError) -> Points {
        let kind = series.metadata.effectiveKind
        let obs = series.observations
        let defaultSource = series.metadata.source
        let scan = Scan(obs, defaultSource: defaultSource, options: options, kind: kind, onTwoThreads: onTwoThreads)
        if let source = options.source, scan.keptCount == 0, !scan.sourceNamed {
            let known = Set(obs.indices.compactMap { obs.source($0) ?? defaultSource }).sorted()
            throw AnalysisError(
                .usage,
                "no rows from source '\(source)' (sources: \(known.isEmpty ? "none named" : known.joined(separator: "; ")))")
        }
        // Rows in order, one per point, each with a value: the columns as they are.
        if scan.oneRowAPoint {
            return columnPoints(obs, kept: scan.kept, kind: kind, defaultSource: defaultSource)
        }
        return builtPoints(obs, kept: scan.kept, sorted: scan.sorted, kind: kind, options: options, defaultSource: defaultSource)
    }

    /// The points of the kept rows (every row when `kept` is nil) a row at a time: sorted when they are
    /// not, grouped by point, each group's latest revisions combined.
    static func builtPoints(
        _ obs: Observations, kept: [Int]?, sorted: Bool, kind: SeriesKind, options: QueryOptions, defaultSource: String?
    ) -> Points {
        var kept = kept ?? Array(obs.indices)
        var positions = kept.map { Points.position(of: obs.dates[$0], kind: kind) }
        if !sorted {
            let order = kept.indices.sorted { a, b in
                let (i, j) = (kept[a], kept[b])
                if precedes(obs.dates[i], positions[a], obs.dates[j], positions[b]) { return true }
                if precedes(obs.dates[j], positions[b], obs.dates[i], positions[a]) { return false }
                return a < b
            }
            kept = order.map { kept[$0] }
            positions = order.map { positions[$0] }
        }
        var builder = Builder(kind: kind, count: kept.count)
        var start = 0
        while start < kept.count {
            var end = start + 1
            while end < kept.count,
                sameGroup(obs.dates[kept[start]], positions[start], obs.dates[kept[end]], positions[end], kind)
            {
                end += 1
            }
            if end == start + 1 {
                builder.appendSingle(obs, kept[start], defaultSource: defaultSource)
            } else {
                builder.appendGroup(obs, kept[start..<end], defaultSource: defaultSource, combine: options.combine)
            }
            start = end
        }
        return builder.points.build()
    }

    /// Whether a row dated `a` at `xa` sorts before one dated `b` at `xb`: by position, then by first day.
    @inline(__always)
    static func precedes(_ a: ObservationDate, _ xa: Double, _ b: ObservationDate, _ xb: Double) -> Bool {
        if xa != xb { return xa < xb }
        return a.first < b.first
    }

    /// Whether two rows are estimates of the same point.
    @inline(__always)
    static func sameGroup(_ a: ObservationDate, _ xa: Double, _ b: ObservationDate, _ xb: Double, _ kind: SeriesKind) -> Bool {
        kind == .count ? a == b : xa == xb
    }

    /// Accumulates points a group of rows at a time, numbering the sets of sources as it goes.
    struct Builder {
        var points: Points.Builder
        var sourceSetIndex: [[String]: Int32] = [:]
        var lastSourceSet: [String]?
        var lastSourceIndex: Int32 = 0

        init(kind: SeriesKind, count: Int) {
            points = Points.Builder(kind: kind, sourceSets: [], capacity: count)
        }

        mutating func index(of sources: [String]) -> Int32 {
            if let last = lastSourceSet, last == sources { return lastSourceIndex }
            let i: Int32
            if let known = sourceSetIndex[sources] {
                i = known
            } else {
                i = points.addSourceSet(sources)
                sourceSetIndex[sources] = i
            }
            lastSourceSet = sources
            lastSourceIndex = i
            return i
        }

        /// Appends a point whose sources are the set numbered `sourceSet`.
        mutating func append(
            date: ObservationDate, value: Double, low: Double?, high: Double?, qualifier: Qualifier?, sourceSet: Int32,
            rangeOnly: Bool
        ) {
            points.append(
                date: date, value: value, low: low, high: high, qualifier: qualifier, sourceSet: sourceSet,
                rangeOnly: rangeOnly)
        }

        /// The last single source seen and its set's index: rows from one source reuse it without
        /// building an array per row.
        var lastSingle: String?
        var lastSingleIndex: Int32 = 0

        /// Row `i` of `obs` as a point of its own. Reads the row's columns in place, so the common row
        /// (a value from the same source as the row before) builds no observation.
        mutating func appendSingle(_ obs: Observations, _ i: Int, defaultSource: String?) {
            if obs.low(i) == nil, obs.high(i) == nil, let value = obs.value(i), lastSingle != nil,
                (obs.source(i) ?? defaultSource) == lastSingle
            {
                points.append(date: obs.dates[i], value: value, qualifier: obs.qualifier(i), sourceSet: lastSingleIndex)
                return
            }
            appendSingle(obs, i, source: obs.source(i) ?? defaultSource)
        }

        /// Row `i` of `obs` as a point of its own, from `source` (its own, or the series' default).
        mutating func appendSingle(_ obs: Observations, _ i: Int, source: String?) {
            let set = index(of: source.map { [$0] } ?? [])
            append(
                date: obs.dates[i], value: obs.central(i), low: obs.low(i), high: obs.high(i), qualifier: obs.qualifier(i),
                sourceSet: set, rangeOnly: obs.value(i) == nil)
            if let source {
                lastSingle = source
                lastSingleIndex = set
            }
        }

        /// Each group's sources with the row that counts for each, reused from group to group.
        var members: [(key: String, row: Int)] = []
        /// The values of a group's members that gave one, reused from group to group.
        var values: [Double] = []
        /// The last group's sources, in the order they appeared, and the number of their set: the next
        /// group from the same sources in the same order reuses it without sorting or looking it up.
        var lastGroupKeys: [String] = []
        var lastGroupSet: Int32 = 0

        /// Rows `rows` of `obs`, one point: the latest revision per source, then the sources combined.
        /// Reads the columns in place; a group's few sources are found by a linear search, not hashed.
        mutating func appendGroup(_ obs: Observations, _ rows: ArraySlice<Int>, defaultSource: String?, combine: Combine) {
            // Latest reported per source, in the order the sources first appear; a later row wins a tie.
            members.removeAll(keepingCapacity: true)
            for i in rows {
                let key = obs.source(i) ?? defaultSource ?? ""
                if let m = members.firstIndex(where: { $0.key == key }) {
                    if obs.reportedDay(i) >= obs.reportedDay(members[m].row) { members[m].row = i }
                } else {
                    members.append((key, i))
                }
            }
            if members.count == 1 {
                appendSingle(obs, members[0].row, source: members[0].key.isEmpty ? nil : members[0].key)
                return
            }
            // One pass over the members: their values, the envelope of their ranges (a side any source
            // left open stays open), the latest valued one, their earliest date and common qualifier.
            values.removeAll(keepingCapacity: true)
            var envelopeLow = Double.infinity, envelopeHigh = -Double.infinity
            var lowOpen = false, highOpen = false, anyRange = false
            var latest: Int?
            var date = obs.dates[members[0].row]
            let qualifier = obs.qualifier(members[0].row)
            var sameQualifier = true
            for (_, i) in members {
                let value = obs.value(i), low = obs.low(i), high = obs.high(i)
                if let value {
                    values.append(value)
                    if latest.map({ obs.reportedDay(i) >= obs.reportedDay($0) }) ?? true { latest = i }
                }
                if low != nil || high != nil { anyRange = true }
                if let l = low ?? value { envelopeLow = Swift.min(envelopeLow, l) } else { lowOpen = true }
                if let h = high ?? value { envelopeHigh = Swift.max(envelopeHigh, h) } else { highOpen = true }
                if obs.dates[i] < date { date = obs.dates[i] }
                if obs.qualifier(i) != qualifier { sameQualifier = false }
            }
            let low = lowOpen ? nil : envelopeLow, high = highOpen ? nil : envelopeHigh
            let value: Double
            switch combine {
            case _ where values.isEmpty:
                // Only ranges: the middle of the envelope places the point on a line, nothing more.
                if let low, let high {
                    value = (low + high) / 2
                } else if let side = low ?? high {
                    value = side
                } else {
                    value = members.map { obs.central($0.row) }.reduce(0, +) / Double(members.count)
                }
            case .median: value = Statistics.median(values)
            case .mean: value = values.reduce(0, +) / Double(values.count)
            case .min: value = values.min()!
            case .max: value = values.max()!
            case .latest: value = obs.value(latest!)!
            }
            let differ = values.contains { $0 != values[0] }
            let keepsRange = values.isEmpty || differ || anyRange
            append(
                date: date, value: value, low: keepsRange ? low : nil, high: keepsRange ? high : nil,
                qualifier: sameQualifier ? qualifier : nil, sourceSet: groupSet(), rangeOnly: values.isEmpty)
        }

        /// The number of the set of the current group's named sources, sorted.
        mutating func groupSet() -> Int32 {
            if members.count == lastGroupKeys.count, members.indices.allSatisfy({ members[$0].key == lastGroupKeys[$0] }) {
                return lastGroupSet
            }
            lastGroupKeys = members.map(\.key)
            lastGroupSet = index(of: lastGroupKeys.filter { !$0.isEmpty }.sorted())
            return lastGroupSet
        }
    }
}
