extension Workspace {
    /// An estimate as it entered the store: new for its date and source, or a revision of one.
    public struct LogEntry: Sendable, Equatable {
        /// The series.
        public var series: SeriesID
        /// The series' title, if its sidecar gives one.
        public var title: String?
        /// The estimate.
        public var observation: Observation
        /// Its effective source: its own, else the series' default.
        public var source: String?
        /// The day it was published or seen (``Observation/reportedDay``).
        public var seen: Day
        /// The row it revises (the latest reported before it for the same date and source), nil for a
        /// new estimate.
        public var previous: Observation?

        /// Whether it revises an earlier estimate.
        public var isRevision: Bool { previous != nil }
    }

    /// New and revised estimates across the workspace, newest first (by the day seen, then series,
    /// then the date the estimate is about, latest first), those seen on or after `since` when given.
    ///
    /// - Throws: `.badData` for a series that cannot be read.
    public func log(since: Day? = nil) throws(ReckonError) -> [LogEntry] {
        var entries: [LogEntry] = []
        for id in try seriesIDs() {
            entries += try log(of: load(id), since: since)
        }
        return Self.newestFirst(entries)
    }

    /// `entries` in the log's order: by the day seen, latest first, then series, then the date the
    /// estimate is about, latest first.
    public static func newestFirst(_ entries: [LogEntry]) -> [LogEntry] {
        entries.sorted { a, b in
            if a.seen != b.seen { return a.seen > b.seen }
            if a.series != b.series { return a.series.description < b.series.description }
            if a.observation.date != b.observation.date { return a.observation.date > b.observation.date }
            return !a.isRevision && b.isRevision
        }
    }

    /// One series' entries, in no order: its rows grouped by (date, source), each group in reported
    /// order; those seen on or after `since` when given.
    public func log(of series: Series, since: Day? = nil) -> [LogEntry] {
        var groups: [ImportKey: [Observation]] = [:]
        for o in series.observations {
            groups[ImportKey(o, defaultSource: series.metadata.source), default: []].append(o)
        }
        var out: [LogEntry] = []
        for rows in groups.values {
            let ordered = rows.enumerated().sorted { a, b in
                a.element.reportedDay != b.element.reportedDay
                    ? a.element.reportedDay < b.element.reportedDay : a.offset < b.offset
            }.map(\.element)
            for (i, o) in ordered.enumerated() where since.map({ o.reportedDay >= $0 }) ?? true {
                out.append(
                    LogEntry(
                        series: series.id, title: series.metadata.title, observation: o, source: series.source(of: o),
                        seen: o.reportedDay, previous: i == 0 ? nil : ordered[i - 1]))
            }
        }
        return out
    }
}
