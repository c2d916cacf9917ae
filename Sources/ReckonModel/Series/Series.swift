/// A series as stored: its id, what its sidecar says, and its observations in file order.
public struct Series: Hashable, Sendable {
    /// The series' id: its file name in `Series/`.
    public var id: SeriesID
    /// What the series is, from its sidecar.
    public var metadata: SeriesMetadata
    /// Its estimates, in file order.
    public var observations: Observations

    /// A series of these estimates.
    public init(id: SeriesID, metadata: SeriesMetadata = SeriesMetadata(), observations: Observations = []) {
        self.id = id
        self.metadata = metadata
        self.observations = observations
    }

    /// A series of the estimates in `observations`.
    public init(id: SeriesID, metadata: SeriesMetadata = SeriesMetadata(), observations: [Observation]) {
        self.init(id: id, metadata: metadata, observations: Observations(observations))
    }

    /// The source of an observation: its own, or the series' default.
    public func source(of observation: Observation) -> String? {
        observation.source ?? metadata.source
    }

    /// The first and last days covered by any observation, or nil for an empty series.
    ///
    /// - Complexity: O(n); O(1) when the observations are known to be days in order
    ///   (`Observations.daysInOrderWithValues`).
    public var dateRange: ClosedRange<Day>? {
        if observations.daysInOrderWithValues, let first = observations.dates.first, let last = observations.dates.last {
            return first.first...last.last
        }
        return observations.dates.withUnsafeBufferPointer { dates in
            guard let first = dates.first else { return nil }
            var lo = first.first, hi = first.last
            for i in dates.indices {
                lo = min(lo, dates[i].first)
                hi = max(hi, dates[i].last)
            }
            return lo...hi
        }
    }

    /// The observation that sorts last by date, then by reported day; the latest word on the latest date.
    /// Among equals, the later row in the file.
    ///
    /// - Complexity: O(n).
    public var latest: Observation? {
        let obs = observations
        guard !obs.isEmpty else { return nil }
        var best = 0
        var bestDate = obs.dates[0], bestReported = obs.reportedDay(0)
        for i in obs.indices.dropFirst() {
            let date = obs.dates[i]
            guard date >= bestDate else { continue }
            let reported = obs.reportedDay(i)
            if date != bestDate || reported >= bestReported {
                (best, bestDate, bestReported) = (i, date, reported)
            }
        }
        return obs[best]
    }
}
