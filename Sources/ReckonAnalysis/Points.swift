public import ReckonModel

/// A series reduced to one value per date, in columns: what every analysis step takes and returns.
///
/// Columns keep a million points in a few flat arrays (no object per point), so each step is a loop
/// over doubles. `lows` and `highs` are empty when no point has bounds, and hold `.nan` for a point
/// without one; `observed` is empty when every point is observed.
///
/// The columns are read-only: points are made with a ``Builder``, which keeps every column in step
/// and in its normal form (see ``Builder/build()``), or by the transforming methods here (such as
/// ``selected(_:)`` and ``valued()``), which keep it so. Debug builds check the columns' rules each
/// time points are made.
public struct Points: Sendable, Equatable {
    /// What the values measure; decides where a point sits in time and how it aggregates.
    public private(set) var kind: SeriesKind
    /// The day or period of each point.
    public private(set) var dates: [ObservationDate] = []
    /// The value of each point: the estimate, or, for a point that gave only a range (see
    /// ``rangeOnly``), the middle of its range, which only places an interpolated line and is never
    /// shown as a value.
    public private(set) var values: [Double] = []
    /// The lower bound of each point, `.nan` where it has none; empty when no point has bounds.
    public private(set) var lows: [Double] = []
    /// The upper bound of each point, `.nan` where it has none; empty when no point has bounds.
    public private(set) var highs: [Double] = []
    /// Each point's qualifier, when all its sources agreed on one; empty when no point has one.
    public private(set) var qualifiers: [Qualifier?] = []
    /// Which entry of ``sourceSets`` lists each point's sources; empty when sources are not tracked.
    public private(set) var sourceIndex: [Int32] = []
    /// The distinct sets of sources, sorted, that points refer to.
    public private(set) var sourceSets: [[String]] = []
    /// Whether each point was observed (true) or interpolated (false); empty when all were observed.
    public private(set) var observed: [Bool] = []
    /// Whether each point gave only a range or a bound and no value of its own (true); empty when
    /// every point has a value. Such a point is shown as its range, never as a number.
    public private(set) var rangeOnly: [Bool] = []
    /// Whether each period's data covers all its days (false for a month with data for part of it);
    /// empty when every point is complete.
    public private(set) var complete: [Bool] = []
    /// Whether every point stands at its period's last day whatever the kind: true for levels
    /// aggregated with `--stat end`, whose values are the level on that day, not over the period.
    public private(set) var atPeriodEnd = false

    /// No points, of `kind`.
    public init(kind: SeriesKind) { self.kind = kind }

    /// Points with these columns, taken as they are: only ``Builder/build()`` makes points this way,
    /// after putting the columns in their normal form. Debug builds check the columns unless
    /// `checked` is false.
    init(
        kind: SeriesKind, dates: [ObservationDate], values: [Double], lows: [Double], highs: [Double],
        qualifiers: [Qualifier?], sourceIndex: [Int32], sourceSets: [[String]], observed: [Bool], rangeOnly: [Bool],
        complete: [Bool], atPeriodEnd: Bool, checked: Bool = true
    ) {
        self.kind = kind
        self.dates = dates
        self.values = values
        self.lows = lows
        self.highs = highs
        self.qualifiers = qualifiers
        self.sourceIndex = sourceIndex
        self.sourceSets = sourceSets
        self.observed = observed
        self.rangeOnly = rangeOnly
        self.complete = complete
        self.atPeriodEnd = atPeriodEnd
        if checked { checkInvariants() }
    }

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
        Points.position(of: dates[i], kind: kind, atPeriodEnd: atPeriodEnd)
    }

    /// Where a point dated `date` sits among points of `kind` that stand at their period's end, or not
    /// (see ``atPeriodEnd``): ``position(_:)`` for a date read from the column directly.
    @inlinable
    public static func position(of date: ObservationDate, kind: SeriesKind, atPeriodEnd: Bool) -> Double {
        atPeriodEnd ? Double(date.last.ordinal) : position(of: date, kind: kind)
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
        [Double](largeCount: dates.count) { buffer in
            dates.withUnsafeBufferPointer { dates in
                for i in dates.indices {
                    buffer.initializeElement(at: i, to: Points.position(of: dates[i], kind: kind, atPeriodEnd: atPeriodEnd))
                }
            }
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
        func column<T>(_ c: [T]) -> [T] { c.isEmpty ? [] : indices.map { c[$0] } }
        // Columns that say nothing about the points kept are dropped by the builder, as if never made.
        return Builder(
            kind: kind, dates: column(dates), values: column(values), lows: column(lows), highs: column(highs),
            qualifiers: column(qualifiers), sourceIndex: column(sourceIndex), sourceSets: sourceSets,
            observed: column(observed), rangeOnly: column(rangeOnly), complete: column(complete), atPeriodEnd: atPeriodEnd
        ).build()
    }

    /// The points that have a value, for the steps that compute new numbers from values
    /// (differences, running totals, rolling means, aggregates, fits): a range is not a number to add
    /// or subtract. Returns how many range-only points were left out.
    public func valued() -> (points: Points, leftOut: Int) {
        guard hasRangeOnly else { return (self, 0) }
        let out = selectedByIndex { !rangeOnly[$0] }
        return (out, count - out.count)
    }

    /// The points with every period credited to all of `sources`: one source set, shared by every point.
    ///
    /// - Complexity: O(n).
    func crediting(_ sources: [String]) -> Points {
        var out = self
        out.sourceSets = [sources]
        out.sourceIndex = [Int32](repeating: 0, count: count)
        out.checkInvariants()
        return out
    }

    /// The points with `values` in place of their values, as a series of `kind`, without bounds or
    /// qualifiers (which said something about the old values only); every other column is kept.
    ///
    /// - Complexity: O(n).
    func replacingValues(_ values: [Double], kind: SeriesKind) -> Points {
        var out = self
        out.kind = kind
        out.values = values
        out.lows = []
        out.highs = []
        out.qualifiers = []
        out.checkInvariants()
        return out
    }
}
