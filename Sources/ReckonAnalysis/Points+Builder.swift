public import ReckonModel

extension Points {
    /// Makes ``Points`` a point at a time, or from whole columns, and puts the columns in their normal
    /// form once, in ``build()``.
    ///
    /// Appending keeps every column in step: a column that no point has said anything in yet stays
    /// empty, and is filled in for the earlier points the first time a point does.
    ///
    /// ```swift
    /// var builder = Points.Builder(kind: .level, sourceSets: [])
    /// let ministry = builder.addSourceSet(["ministry"])
    /// builder.append(date: ObservationDate(march), value: 120, low: 100, high: 140, sourceSet: ministry)
    /// builder.append(date: ObservationDate(april), value: 135, observed: false)
    /// let points = builder.build()   // lows and highs hold `.nan` for April; observed is [true, false]
    /// ```
    public struct Builder: Sendable {
        /// What the values measure.
        public var kind: SeriesKind
        /// Whether every point stands at its period's last day (see ``Points/atPeriodEnd``).
        public var atPeriodEnd: Bool
        private var dates: [ObservationDate]
        private var values: [Double]
        private var lows: [Double]
        private var highs: [Double]
        private var qualifiers: [Qualifier?]
        private var sourceIndex: [Int32]
        private var sourceSets: [[String]]
        private var observed: [Bool]
        private var rangeOnly: [Bool]
        private var complete: [Bool]
        /// Which of the optional columns are kept, one entry per point (a column made for the first
        /// point is kept, though still empty).
        private var keeps = (bounds: false, qualifiers: false, observed: false, rangeOnly: false, complete: false)

        /// A builder of points of `kind`, with room for `capacity` of them. Sources are tracked when
        /// `sourceSets` is not nil: it lists the sets the points' ``append(date:value:low:high:qualifier:sourceSet:observed:rangeOnly:complete:)``
        /// calls number, and ``addSourceSet(_:)`` adds to it.
        public init(kind: SeriesKind, sourceSets: [[String]]? = nil, capacity: Int = 0, atPeriodEnd: Bool = false) {
            self.init(kind: kind, dates: [], values: [], sourceSets: sourceSets ?? [], atPeriodEnd: atPeriodEnd)
            if capacity > 0 {
                dates.reserveLarge(capacity)
                values.reserveLarge(capacity)
                if sourceSets != nil { sourceIndex.reserveLarge(capacity) }
            }
        }

        /// A builder that starts from whole columns, each either empty or one entry per point, as
        /// ``Points`` describes them; ``build()`` drops the ones that say nothing.
        public init(
            kind: SeriesKind, dates: [ObservationDate], values: [Double], lows: [Double] = [], highs: [Double] = [],
            qualifiers: [Qualifier?] = [], sourceIndex: [Int32] = [], sourceSets: [[String]] = [], observed: [Bool] = [],
            rangeOnly: [Bool] = [], complete: [Bool] = [], atPeriodEnd: Bool = false
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
            keeps = (!lows.isEmpty, !qualifiers.isEmpty, !observed.isEmpty, !rangeOnly.isEmpty, !complete.isEmpty)
        }

        /// The number of points appended so far.
        public var count: Int { values.count }

        /// Adds `sources` to the source sets, even when it is there already, and returns its number.
        public mutating func addSourceSet(_ sources: [String]) -> Int32 {
            sourceSets.append(sources)
            return Int32(sourceSets.count - 1)
        }

        /// Appends a point: its date and value, its bounds and qualifier if it has them, the number of
        /// its set of sources (nil when sources are not tracked), whether it was observed, whether it
        /// gave only a range, and whether it covers its whole period.
        ///
        /// - Complexity: amortised O(1); O(n) the first time a point needs a column the earlier points
        ///   did not.
        public mutating func append(
            date: ObservationDate, value: Double, low: Double? = nil, high: Double? = nil, qualifier: Qualifier? = nil,
            sourceSet: Int32? = nil, observed isObserved: Bool = true, rangeOnly isRangeOnly: Bool = false,
            complete isComplete: Bool = true
        ) {
            let n = values.count
            if low != nil || high != nil, !keeps.bounds {
                keeps.bounds = true
                lows = [Double](repeating: .nan, count: n)
                highs = lows
            }
            if qualifier != nil, !keeps.qualifiers {
                keeps.qualifiers = true
                qualifiers = [Qualifier?](repeating: nil, count: n)
            }
            if !isObserved, !keeps.observed {
                keeps.observed = true
                observed = [Bool](repeating: true, count: n)
            }
            if isRangeOnly, !keeps.rangeOnly {
                keeps.rangeOnly = true
                rangeOnly = [Bool](repeating: false, count: n)
            }
            if !isComplete, !keeps.complete {
                keeps.complete = true
                complete = [Bool](repeating: true, count: n)
            }
            dates.append(date)
            values.append(value)
            if keeps.bounds {
                lows.append(low ?? .nan)
                highs.append(high ?? .nan)
            }
            if keeps.qualifiers { qualifiers.append(qualifier) }
            if let sourceSet { sourceIndex.append(sourceSet) }
            if keeps.observed { observed.append(isObserved) }
            if keeps.rangeOnly { rangeOnly.append(isRangeOnly) }
            if keeps.complete { complete.append(isComplete) }
        }

        /// The rules of ``Points`` that the columns, as they stand before ``build()`` normalises
        /// them, break: what a hand-made set of columns gets wrong.
        var unnormalisedViolations: [String] {
            Points(
                kind: kind, dates: dates, values: values, lows: lows, highs: highs, qualifiers: qualifiers,
                sourceIndex: sourceIndex, sourceSets: sourceSets, observed: observed, rangeOnly: rangeOnly,
                complete: complete, atPeriodEnd: atPeriodEnd, checked: false
            ).invariantViolations
        }

        /// The points, with every column in its normal form: bounds dropped when no point has one,
        /// qualifiers when no point has one, `observed` when every point was observed, `rangeOnly` when
        /// no point gave only a range, `complete` when every point is complete. Debug builds check
        /// the result against ``Points``' rules.
        ///
        /// - Complexity: O(n).
        public func build() -> Points {
            let noBounds = lows.allSatisfy(\.isNaN) && highs.allSatisfy(\.isNaN)
            return Points(
                kind: kind, dates: dates, values: values, lows: noBounds ? [] : lows, highs: noBounds ? [] : highs,
                qualifiers: qualifiers.allSatisfy { $0 == nil } ? [] : qualifiers, sourceIndex: sourceIndex,
                sourceSets: sourceSets, observed: observed.allSatisfy { $0 } ? [] : observed,
                rangeOnly: rangeOnly.contains(true) ? rangeOnly : [], complete: complete.allSatisfy { $0 } ? [] : complete,
                atPeriodEnd: atPeriodEnd)
        }
    }
}
