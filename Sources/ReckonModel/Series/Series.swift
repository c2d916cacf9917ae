/// A series as stored: its id, what its sidecar says, and its observations in file order.
public struct Series: Hashable, Sendable {
    public var id: SeriesID
    public var metadata: SeriesMetadata
    public var observations: [Observation]

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
        guard var lo = observations.first?.date.first, var hi = observations.first?.date.last else { return nil }
        for o in observations {
            lo = min(lo, o.date.first)
            hi = max(hi, o.date.last)
        }
        return lo...hi
    }

    /// The observation that sorts last by date, then by reported day; the latest word on the latest date.
    ///
    /// - Complexity: O(n).
    public var latest: Observation? {
        observations.max { a, b in
            a.date != b.date ? a.date < b.date : a.reportedDay < b.reportedDay
        }
    }
}
