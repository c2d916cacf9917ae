/// A series as stored: its id, what its sidecar says, and its observations in file order.
public struct Series: Hashable, Sendable {
    /// The series' id: its file name in `Series/`.
    public var id: SeriesID
    /// What the series is, from its sidecar.
    public var metadata: SeriesMetadata
    /// Its estimates, in file order.
    public var observations: [Observation]

    /// A series of these estimates.
    public init(id: SeriesID, metadata: SeriesMetadata = SeriesMetadata(), observations: [Observation] = []) {
        self.id = id
        self.metadata = metadata
        self.observations = observations
    }

    /// The source of an observation: its own, or the series' default.
    public func source(of observation: Observation) -> String? {
        observation.source ?? metadata.source
    }

    /// The first and last days covered by any observation, or nil for an empty series.
    ///
    /// - Complexity: O(n).
    public var dateRange: ClosedRange<Day>? {
        observations.withUnsafeBufferPointer { obs in
            guard let firstObservation = obs.first else { return nil }
            var lo = firstObservation.date.first, hi = firstObservation.date.last
            for i in obs.indices {
                lo = min(lo, obs[i].date.first)
                hi = max(hi, obs[i].date.last)
            }
            return lo...hi
        }
    }

    /// The observation that sorts last by date, then by reported day; the latest word on the latest date.
    /// Among equals, the later row in the file.
    ///
    /// - Complexity: O(n).
    public var latest: Observation? {
        observations.withUnsafeBufferPointer { obs in
            guard !obs.isEmpty else { return nil }
            var best = 0
            var bestDate = obs[0].date, bestReported = obs[0].reportedDay
            for i in obs.indices.dropFirst() {
                let date = obs[i].date
                guard date >= bestDate else { continue }
                let reported = obs[i].reportedDay
                if date != bestDate || reported >= bestReported {
                    (best, bestDate, bestReported) = (i, date, reported)
                }
            }
            return obs[best]
        }
    }
}
