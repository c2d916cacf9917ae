extension Workspace {
    /// What `import` did.
    public struct ImportOutcome: Sendable, Equatable {
        /// Rows new to the series.
        public var added = 0
        /// Rows whose (date, source) was already stored with other numbers, now replaced in place.
        public var updated = 0
        /// Rows already stored as they are.
        public var unchanged = 0
        /// Rows in the input without any value, left out.
        public var skipped = 0
        /// Whether the import created the series.
        public var created = false
    }

    /// Merges imported rows into a series by (date, source): a new key is added, a stored key with the
    /// same numbers is unchanged, a stored key with other numbers is updated in place (the latest
    /// reported row for that key). With `replace`, the series holds exactly the imported rows.
    ///
    /// - Throws: `.badData` when two input rows share a (date, source) or the stored files are invalid;
    ///   `.usage` when `metadata` conflicts with the sidecar. Nothing is written then.
    public func importRows(
        _ rows: [ImportedRow], skipped: Int, into id: SeriesID, path: String,
        metadata: SeriesMetadata = SeriesMetadata(), replace: Bool = false
    ) throws(ReckonError) -> ImportOutcome {
        try metadata.checkText()
        return try withWriteLock { () throws(ReckonError) -> ImportOutcome in
            var outcome = ImportOutcome(skipped: skipped, created: !exists(id))
            let (stored, existing, sidecarText) = try storedOrNew(id, created: outcome.created, rows: rows)
            var file = stored
            let defaultSource = metadata.source ?? existing.source
            try Self.checkNoDuplicates(rows, path: path, defaultSource: defaultSource)
            let previous = outcome.created ? nil : file.original
            if replace {
                outcome.added = rows.count
                file.replaceAll(with: rows.map(\.observation), defaultSource: defaultSource)
            } else {
                Self.merge(rows, into: &file, defaultSource: defaultSource, outcome: &outcome)
            }
            var writes = try sidecarWrites(id, metadata: metadata, existing: existing, text: sidecarText)
            if outcome.added + outcome.updated > 0 || replace || outcome.created {
                writes.append((Workspace.csvName(id), file.encoded(), previous))
            }
            try commit(writes)
            return outcome
        }
    }

    /// The series' stored file, metadata and sidecar text; for a series the import creates, a new file
    /// with columns for `rows` and whatever sidecar there is.
    func storedOrNew(
        _ id: SeriesID, created: Bool, rows: [ImportedRow]
    ) throws(ReckonError) -> (file: SeriesFile, metadata: SeriesMetadata, sidecarText: String?) {
        guard !created else {
            let (existing, sidecarText, _) = try readSidecar(id)
            return (SeriesFile(columnsFor: rows.map(\.observation)), existing, sidecarText)
        }
        let stored = try read(id)
        return (stored.file, stored.metadata, stored.sidecarText)
    }

    /// Refuses input in which two rows share a (date, source), naming each second row.
    static func checkNoDuplicates(_ rows: [ImportedRow], path: String, defaultSource: String?) throws(ReckonError) {
        var seen: [ImportKey: Int] = [:]
        var duplicates: [Diagnostic] = []
        for row in rows {
            if let line = seen.updateValue(row.line, forKey: ImportKey(row.observation, defaultSource: defaultSource)) {
                duplicates.append(
                    Diagnostic(
                        file: path, line: row.line, column: row.column,
                        "a second row for \(row.observation.date) (the first is on line \(line))"))
            }
        }
        guard duplicates.isEmpty else { throw ReckonError(.badData, duplicates) }
    }

    /// Merges `rows` into `file` by (date, source): a row matching the latest reported stored row for
    /// its key fills its missing fields from it and updates it (or leaves it unchanged); the others are
    /// added. Counts each in `outcome`.
    private static func merge(
        _ rows: [ImportedRow], into file: inout SeriesFile, defaultSource: String?, outcome: inout ImportOutcome
    ) {
        var latest: [ImportKey: Int] = [:]
        for (i, o) in file.observations.enumerated() {
            let k = ImportKey(o, defaultSource: defaultSource)
            if let j = latest[k], file.observations[j].reportedDay > o.reportedDay { continue }
            latest[k] = i
        }
        var new: [Observation] = []
        for row in rows {
            var o = row.observation
            guard let i = latest[ImportKey(o, defaultSource: defaultSource)] else {
                new.append(o)
                continue
            }
            let stored = file.observations[i]
            o.source = o.source ?? stored.source
            o.url = o.url ?? stored.url
            o.note = o.note ?? stored.note
            o.reported = o.reported ?? stored.reported
            if o == stored {
                outcome.unchanged += 1
            } else {
                file.replace(at: i, with: o)
                outcome.updated += 1
            }
        }
        outcome.added = new.count
        file.insert(new, defaultSource: defaultSource)
    }
}

/// Which stored row an imported row matches: its date and its source, the series' default when it
/// names none.
struct ImportKey: Hashable {
    var date: ObservationDate
    var source: String

    init(_ o: Observation, defaultSource: String?) {
        date = o.date
        source = o.source ?? defaultSource ?? ""
    }
}
