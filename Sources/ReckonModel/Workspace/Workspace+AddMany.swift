extension Workspace {
    /// One row to add with ``addAll(_:path:)``: the estimate, its series, and where it stands in the
    /// input (for messages).
    public struct PendingRow: Sendable, Equatable {
        /// The estimate.
        public var observation: Observation
        /// The series it goes to; it must exist.
        public var series: SeriesID
        /// Its line in the input file.
        public var line: Int

        /// A row for `series` read from `line`.
        public init(observation: Observation, series: SeriesID, line: Int) {
            self.observation = observation
            self.series = series
            self.line = line
        }
    }

    /// Adds every row to its series, all of them or none: each row passes `add`'s checks (a valid
    /// estimate, no duplicate of a stored row or of another input row), then every series file is
    /// written under one write lock, and a failure part-way restores the files already written.
    ///
    /// - Throws: `.usage` listing every invalid or duplicate row (at `path`:line); `.missingInput` for
    ///   a series that does not exist; `.badData` when a stored file is invalid. Nothing is written then.
    /// - Returns: the files written, as shown to the user.
    @discardableResult
    public func addAll(_ rows: [PendingRow], path: String) throws(ReckonError) -> [String] {
        var problems: [Diagnostic] = []
        for row in rows {
            if let (_, message) = row.observation.problem() {
                problems.append(Diagnostic(file: path, line: row.line, message))
            }
        }
        guard problems.isEmpty else { throw ReckonError(.usage, problems) }
        return try withWriteLock { () throws(ReckonError) -> [String] in
            var order: [SeriesID] = []
            var grouped: [SeriesID: [PendingRow]] = [:]
            for row in rows {
                if grouped[row.series] == nil { order.append(row.series) }
                grouped[row.series, default: []].append(row)
            }
            var writes: [Write] = []
            for id in order {
                let stored = try read(id)
                var file = stored.file
                let defaultSource = stored.metadata.source
                var seen: [SeriesFile.SortKey: Int] = [:]
                for (i, observation) in file.observations.enumerated() {
                    seen[SeriesFile.SortKey(observation, defaultSource: defaultSource)] = -file.lines[i]
                }
                for row in grouped[id] ?? [] {
                    let key = SeriesFile.SortKey(row.observation, defaultSource: defaultSource)
                    if let other = seen[key] {
                        let where_ = other < 0 ? "\(shown(Workspace.csvName(id))) line \(-other)" : "line \(other)"
                        problems.append(
                            Diagnostic(
                                file: path, line: row.line,
                                "\(id) already has an estimate for \(row.observation.date) from the same source reported the same day (\(where_))"
                            ))
                    }
                    seen[key] = row.line
                }
                file.insert((grouped[id] ?? []).map(\.observation), defaultSource: defaultSource)
                writes.append((Workspace.csvName(id), file.encoded(), file.original))
            }
            guard problems.isEmpty else { throw ReckonError(.usage, problems) }
            try commit(writes)
            return writes.map { shown($0.name) }
        }
    }
}
