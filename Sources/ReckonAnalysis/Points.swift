public import ReckonModel

/// A series reduced to one value per date, in columns: what every analysis step takes and returns.
///
/// Columns keep a million points in a few flat arrays (no object per point), so each step is a loop
/// over doubles. `lows` and `highs` are empty when no point has bounds, and hold `.nan` for a point
/// without one; `observed` is empty when every point is observed.
public struct Points: Sendable, Equatable {
    /// What the values measure; decides where a point sits in time and how it aggregates.
    public var kind: SeriesKind
    /// The day or period of each point.
    public var dates: [ObservationDate] = []
    /// The value of each point: the estimate, or, for a point that gave only a range (see
    /// ``rangeOnly``), the middle of its range, which only places an interpolated line and is never
    /// shown as a value.
    public var values: [Double] = []
    /// The lower bound of each point, `.nan` where it has none; empty when no point has bounds.
    public var lows: [Double] = []
    /// The upper bound of each point, `.nan` where it has none; empty when no point has bounds.
    public var highs: [Double] = []
    /// Each point's qualifier, when all its sources agreed on one; empty when no point has one.
    public var qualifiers: [Qualifier?] = []
    /// Which entry of ``sourceSets`` lists each point's sources; empty when sources are not tracked.
    public var sourceIndex: [Int32] = []
    /// The distinct sets of sources, sorted, that points refer to.
    public var sourceSets: [[String]] = []
    /// Whether each point was observed (true) or interpolated (false); empty when all were observed.
    public var observed: [Bool] = []
    /// Whether each point gave only a range or a bound and no value of its own (true); empty when
    /// every point has a value. Such a point is shown as its range, never as a number.
    public var rangeOnly: [Bool] = []
    /// Whether each period's data covers all its days (false for a month with data for part of it);
    /// empty when every point is complete.
    public var complete: [Bool] = []
    /// Whether every point stands at its period's last day whatever the kind: true for levels
    /// aggregated with `--stat end`, whose values are the level on that day, not over the period.
    public var atPeriodEnd = false

    /// No points, of `kind`.
    public init(kind: SeriesKind) { self.kind = kind }

    /// The number of points.
    @inlinable
    public var count: Int { values.count }
    /// Whether there are no points.
    @inlinable
    public var isEmpty: Bool { values.isEmpty }
    /// Whether any point has a bound.
    @inlinable
    public var hasBounds: Bool { !lows.isEmpty }

    /// Where point `i` sits on the time axis, in days since 1970-01-01: a level at the middle of its
    /// period (unless ``atPeriodEnd``), a count or cumulative total at its last day.
    @inlinable
    public func position(_ i: Int) -> Double {
        atPeriodEnd ? Double(dates[i].last.ordinal) : Points.position(of: dates[i], kind: kind)
    }

    /// Where a point dated `date` sits for a series of `kind`.
    @inlinable
    public static func position(of date: ObservationDate, kind: SeriesKind) -> Double {
        let first = Double(date.first.ordinal)
        let last = Double(date.last.ordinal)
        return kind == .level ? first + (last - first) / 2 : last
    }

    /// The sources of point `i`.
    public func sources(_ i: Int) -> [String] {
        sourceIndex.isEmpty ? [] : sourceSets[Int(sourceIndex[i])]
    }

    /// Whether point `i` covers its whole period.
    @inlinable
    public func isComplete(_ i: Int) -> Bool { complete.isEmpty || complete[i] }

    /// Whether point `i` has a value a source gave (or one computed from such values), rather than only
    /// a range.
    @inlinable
    public func hasValue(_ i: Int) -> Bool { rangeOnly.isEmpty || !rangeOnly[i] }

    /// Whether any point gave only a range.
    public var hasRangeOnly: Bool { rangeOnly.contains(true) }

    /// The value of point `i` when it has one (see ``hasValue(_:)``).
    @inlinable
    public func value(_ i: Int) -> Double? { hasValue(i) ? values[i] : nil }

    /// Whether point `i` was observed.
    @inlinable
    public func isObserved(_ i: Int) -> Bool { observed.isEmpty || observed[i] }

    /// The lower bound of point `i`, nil when it has none.
    @inlinable
    public func low(_ i: Int) -> Double? { lows.isEmpty || lows[i].isNaN ? nil : lows[i] }

    /// The upper bound of point `i`, nil when it has none.
    @inlinable
    public func high(_ i: Int) -> Double? { highs.isEmpty || highs[i].isNaN ? nil : highs[i] }

    /// The positions of all points.
    ///
    /// - Complexity: O(n).
    public func positions() -> [Double] {
        [Double](unsafeUninitializedCapacity: dates.count) { buffer, count in
            dates.withUnsafeBufferPointer { dates in
                if kind == .level, !atPeriodEnd {
                    for i in dates.indices {
                        let first = Double(dates[i].first.ordinal), last = Double(dates[i].last.ordinal)
                        buffer[i] = first + (last - first) / 2
                    }
                } else {
                    for i in dates.indices { buffer[i] = Double(dates[i].last.ordinal) }
                }
            }
            count = dates.count
        }
    }
}

extension Points {
    /// The points whose position `keep` accepts, with every column kept in step.
    ///
    /// - Complexity: O(n).
    public func selected(_ keep: (Double) -> Bool) -> Points {
        let xs = positions()
        return selectedByIndex { keep(xs[$0]) }
    }

    /// The points whose index `keep` accepts, with every column kept in step.
    public func keeping(_ keep: (Int) -> Bool) -> Points { selectedByIndex(keep) }

    /// The points whose index `keep` accepts, with every column kept in step.
    func selectedByIndex(_ keep: (Int) -> Bool) -> Points {
        // Most selections keep every point: find the first left out before listing any.
        guard let firstLeftOut = (0..<count).first(where: { !keep($0) }) else { return self }
        var indices = Array(0..<firstLeftOut)
        for i in (firstLeftOut + 1)..<count where keep(i) { indices.append(i) }
        return picking(indices)
    }

    /// The points at `indices`, in that order, with every column kept in step.
    ///
    /// - Complexity: O(k) for k indices.
    func picking(_ indices: some Collection<Int>) -> Points {
        var out = self
        out.dates = indices.map { dates[$0] }
        out.values = indices.map { values[$0] }
        if !lows.isEmpty { out.lows = indices.map { lows[$0] } }
        if !highs.isEmpty { out.highs = indices.map { highs[$0] } }
        if !qualifiers.isEmpty { out.qualifiers = indices.map { qualifiers[$0] } }
        if !sourceIndex.isEmpty { out.sourceIndex = indices.map { sourceIndex[$0] } }
        // Keep the columns' rule: empty when every point is observed, or complete.
        if !observed.isEmpty { out.observed = indices.map { observed[$0] } }
        if out.observed.allSatisfy({ $0 }) { out.observed = [] }
        if !complete.isEmpty { out.complete = indices.map { complete[$0] } }
        if out.complete.allSatisfy({ $0 }) { out.complete = [] }
        // Columns that say nothing about the points kept are dropped, as if never made.
        if out.qualifiers.allSatisfy({ $0 == nil }) { out.qualifiers = [] }
        if out.lows.allSatisfy(\.isNaN), out.highs.allSatisfy(\.isNaN) { (out.lows, out.highs) = ([], []) }
        if !rangeOnly.isEmpty { out.rangeOnly = indices.map { rangeOnly[$0] } }
        if !out.rangeOnly.contains(true) { out.rangeOnly = [] }
        return out
    }

    /// The points that have a value, for the steps that compute new numbers from values
    /// (differences, running totals, rolling means, aggregates, fits): a range is not a number to add
    /// or subtract. Returns how many range-only points were left out.
    public func valued() -> (points: Points, leftOut: Int) {
        guard hasRangeOnly else { return (self, 0) }
        let out = selectedByIndex { !rangeOnly[$0] }
        return (out, count - out.count)
    }
}
