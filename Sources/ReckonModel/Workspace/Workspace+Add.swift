extension Workspace {
    /// What `add` did.
    public struct AddOutcome: Sendable, Equatable {
        /// Whether the series was new.
        public var created: Bool
        /// The files written, as shown to the user.
        public var written: [String]
    }

    /// Adds one estimate to a series, creating the series when it is new, and keeps the file sorted by
    /// date then source. `metadata` fields that are set are written to the sidecar when it lacks them.
    ///
    /// The whole cycle (read, validate, insert, write) runs under the workspace's write lock, and each
    /// file is replaced atomically, so concurrent `add`s all land and a killed process never leaves a
    /// truncated file.
    ///
    /// - Throws: `.usage` for an invalid estimate, a duplicate of an existing row, or metadata that
    ///   conflicts with the sidecar; `.badData` when the existing files are invalid (nothing is written).
    @discardableResult
    public func add(
        _ observation: Observation, to id: SeriesID, metadata: SeriesMetadata = SeriesMetadata()
    ) throws(ReckonError) -> AddOutcome {
        if let (_, message) = observation.problem() {
            throw ReckonError(.usage, message)
        }
        try metadata.checkText()
        return try withWriteLock { () throws(ReckonError) -> AddOutcome in
            let csvName = Workspace.csvName(id)
            let created = !exists(id)
            var file: SeriesFile
            var sidecarText: String?
            var existing = SeriesMetadata()
            if created {
                file = SeriesFile(columnsFor: [observation])
                (existing, sidecarText, _) = try readSidecar(id)
            } else {
                let stored = try read(id)
                file = stored.file
                existing = stored.metadata
                sidecarText = stored.sidecarText
            }
            let defaultSource = metadata.source ?? existing.source
            let key = SeriesFile.SortKey(observation, defaultSource: defaultSource)
            if let i = file.observations.firstIndex(where: { SeriesFile.SortKey($0, defaultSource: defaultSource) == key }) {
                let source = observation.source ?? defaultSource
                throw ReckonError(
                    .usage, file: shown(csvName), line: file.lines[i],
                    "already has an estimate for \(observation.date)\(source.map { " from '\($0)'" } ?? "") reported \(observation.reportedDay); to record a revision, give --reported with the day it was published"
                )
            }
            var writes = try sidecarWrites(id, metadata: metadata, existing: existing, text: sidecarText)
            let previous = created ? nil : file.original
            file.insert([observation], defaultSource: defaultSource)
            writes.append((csvName, file.encoded(), previous))
            try commit(writes)
            return AddOutcome(created: created, written: writes.map { shown($0.name) })
        }
    }
}
