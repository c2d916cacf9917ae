import ReckonModel

extension Selection {
    /// One pass over a series' rows: which rows the as-of, source and range filters keep, and whether
    /// the kept rows are in order with one row a point, each with a value (a series as the store keeps
    /// it, and as most files are), so that their columns are the points' columns.
    struct Scan {
        /// The rows kept, in file order; nil when every row is.
        var kept: [Int]?
        /// How many rows are kept.
        var keptCount = 0
        /// Whether the kept rows are in the order of their points.
        var sorted = true
        /// Whether the kept rows are in order, no two on one point, and each has a value.
        var oneRowAPoint = true
        /// Whether any row at all is from the source the options ask for.
        var sourceNamed = false

        init(_ obs: Observations, defaultSource: String?, options: QueryOptions, kind: SeriesKind, onTwoThreads: Bool) {
            // With none of the loop's filters (source, as-of day, range), every row is kept: only their order
            // and values are looked at. A filter added to the loop must be added here too.
            if options.source == nil, options.asOf == nil, options.from == nil, options.to == nil {
                let (sorted, distinct, valued) = Self.orderAndValues(obs, kind: kind, onTwoThreads: onTwoThreads)
                (self.sorted, keptCount, oneRowAPoint) = (sorted, obs.count, sorted && distinct && valued)
                return
            }
            let from = options.from.map { Double($0.ordinal) } ?? -.infinity
            let to = options.to.map { Double($0.ordinal) } ?? .infinity
            // A row's source matches by its number in the table; a row without one by the default.
            let wanted = options.source.map { source in obs.sources.strings.map { $0 == source } }
            let unnamedMatches = options.source == (defaultSource ?? "")
            var distinct = true
            var valued = true
            var last: (date: ObservationDate, x: Double)?
            obs.dates.withUnsafeBufferPointer { dates in
                obs.storedValues.withUnsafeBufferPointer { values in
                    for i in dates.indices {
                        if let wanted {
                            let k = obs.sourceIndex.isEmpty ? -1 : Int(obs.sourceIndex[i])
                            guard k < 0 ? unnamedMatches : wanted[k] else { drop(i); continue }
                            sourceNamed = true
                        }
                        if let asOf = options.asOf, obs.reportedDay(i) > asOf {
                            drop(i)
                            continue
                        }
                        let x = Points.position(of: dates[i], kind: kind)
                        guard x >= from, x <= to else {
                            drop(i)
                            continue
                        }
                        if let last {
                            if precedes(dates[i], x, last.date, last.x) { sorted = false }
                            if !(x > last.x) { distinct = false }
                        }
                        if !StoredNumber.isNumber(values[i]) { valued = false }
                        last = (dates[i], x)
                        kept?.append(i)
                        keptCount += 1
                    }
                }
            }
            oneRowAPoint = sorted && distinct && valued
        }

        /// Whether the rows are in the order of their points (by position, then first day), whether no
        /// two are on one point, and whether each has a value: what the scan finds when it keeps every
        /// row, in a loop that looks at nothing else. With `onTwoThreads`, a long series is looked at in
        /// two halves at once, each row beside the one before it as in one pass.
        ///
        /// Rows known to be single days in order, each with a value (as the decoder notes them:
        /// ``Observations/daysInOrderWithValues``), are all three without a look: a day's point is the
        /// day, whatever the kind.
        ///
        /// - Complexity: O(n), one pass; O(1) for rows known to be in order.
        static func orderAndValues(
            _ obs: Observations, kind: SeriesKind, onTwoThreads: Bool
        ) -> (sorted: Bool, distinct: Bool, valued: Bool) {
            if obs.daysInOrderWithValues { return (true, true, true) }
            return obs.dates.withUnsafeBufferPointer { dates in
                obs.storedValues.withUnsafeBufferPointer { values in
                    guard !dates.isEmpty else { return (true, true, true) }
                    // Each row from the second on, beside the one before it.
                    let parts = TwoThreads.inHalves(1..<dates.count, when: onTwoThreads) { part in
                        var (sorted, distinct, valued) = (true, true, true)
                        var (last, lastX) = (
                            dates[part.lowerBound - 1], Points.position(of: dates[part.lowerBound - 1], kind: kind)
                        )
                        for i in part {
                            let x = Points.position(of: dates[i], kind: kind)
                            sorted = sorted && !precedes(dates[i], x, last, lastX)
                            distinct = distinct && x > lastX
                            valued = valued && StoredNumber.isNumber(values[i])
                            (last, lastX) = (dates[i], x)
                        }
                        return (sorted, distinct, valued)
                    }
                    return (
                        parts.allSatisfy(\.0), parts.allSatisfy(\.1), StoredNumber.isNumber(values[0]) && parts.allSatisfy(\.2)
                    )
                }
            }
        }

        /// Row `i` is left out: from here on the kept rows are listed.
        private mutating func drop(_ i: Int) {
            if kept == nil {
                kept = Array(0..<i)
            }
        }
    }

    /// The points of rows that are each a point of their own with a value, in order (see ``Scan``): the
    /// rows' columns, shared when every row is kept, gathered otherwise.
    ///
    /// - Complexity: O(n), with no work per row beyond copying its columns (none when shared).
    static func columnPoints(_ obs: Observations, kept: [Int]?, kind: SeriesKind, defaultSource: String?) -> Points {
        let count = kept?.count ?? obs.count
        guard count > 0 else { return Points(kind: kind) }
        func column<T>(_ c: [T]) -> [T] {
            guard let kept else { return c }
            return [T](unsafeUninitializedCapacity: kept.count) { buffer, n in
                for (j, i) in kept.enumerated() { (buffer.baseAddress! + j).initialize(to: c[i]) }
                n = kept.count
            }
        }
        // Bounds, as the builder keeps them: both columns or neither, `.nan` where a point has none.
        var lows = obs.storedLows.isEmpty ? [] : column(obs.storedLows)
        var highs = obs.storedHighs.isEmpty ? [] : column(obs.storedHighs)
        if lows.contains(where: StoredNumber.isNumber) || highs.contains(where: StoredNumber.isNumber) {
            let none = [Double](repeating: .nan, count: count)
            lows = lows.isEmpty ? none : lows.map { StoredNumber.isNumber($0) ? $0 : .nan }
            highs = highs.isEmpty ? none : highs.map { StoredNumber.isNumber($0) ? $0 : .nan }
        } else {
            (lows, highs) = ([], [])
        }
        let qualifiers = obs.qualifiers.isEmpty ? [] : column(obs.qualifiers)
        let sources = sourceColumn(obs, kept: kept, count: count, defaultSource: defaultSource)
        return Points.Builder(
            kind: kind, dates: column(obs.dates), values: column(obs.storedValues), lows: lows, highs: highs,
            qualifiers: qualifiers, sourceIndex: sources.index, sourceSets: sources.sets
        ).build()
    }

    /// Each point's set of sources (its row's source, or the default) and the sets in the order first
    /// seen, as the builder numbers them; the rows' own numbers when they already are that.
    static func sourceColumn(
        _ obs: Observations, kept: [Int]?, count: Int, defaultSource: String?
    ) -> (index: [Int32], sets: [[String]]) {
        let names = obs.sources.strings
        guard !obs.sourceIndex.isEmpty else {
            return ([Int32](repeating: 0, count: count), [defaultSource.map { [$0] } ?? []])
        }
        // A set number for each row number (slot 0 for rows without a source), given on first sight.
        var setOfSlot = [Int32](repeating: -1, count: names.count + 1)
        var setOfName: [String?: Int32] = [:]
        var sets: [[String]] = []
        func number(_ k: Int32) -> Int32 {
            let slot = Int(k) + 1
            if setOfSlot[slot] >= 0 { return setOfSlot[slot] }
            let name = k < 0 ? defaultSource : names[Int(k)]
            let set: Int32
            if let known = setOfName[name] {
                set = known
            } else {
                set = Int32(sets.count)
                sets.append(name.map { [$0] } ?? [])
                setOfName[name] = set
            }
            setOfSlot[slot] = set
            return set
        }
        let rows = obs.sourceIndex
        if let kept {
            return (kept.map { number(rows[$0]) }, sets)
        }
        // Each run of rows with one source numbered once: a series usually gives many rows in a row from
        // one source. (No row's number is `Int32.min`: a row without a source is -1.)
        var previous = Int32.min
        for k in rows where k != previous {
            _ = number(k)
            previous = k
        }
        // Every row kept and numbered as the builder would: the rows' own column.
        if setOfSlot[0] < 0, setOfSlot.dropFirst().enumerated().allSatisfy({ $0.offset == Int($0.element) }) {
            return (rows, sets)
        }
        return (rows.map { setOfSlot[Int($0) + 1] }, sets)
    }
}
