extension Workspace {
    /// The file where `reckon pull` keeps its ``PullState``, relative to the root.
    public static let pullStateName = "Series/.pull-state.json"

    /// What one series' pull did.
    public struct PullOutcome: Sendable, Equatable {
        /// Rows for dates (and sources) not stored before.
        public var added = 0
        /// Stored dates whose numbers the source changed: each kept, with the new numbers added as a
        /// revision.
        public var revised = 0
        /// Rows stored already with the same numbers.
        public var unchanged = 0
        /// Rows in the source without a value, left out.
        public var skipped = 0
        /// The revisions, each as the latest stored row and the row added.
        public var revisions: [(old: Observation, new: Observation)] = []

        /// Whether the series file changed.
        public var changedSeries: Bool { added + revised > 0 }

        /// Counts and revisions equal.
        public static func == (a: PullOutcome, b: PullOutcome) -> Bool {
            a.added == b.added && a.revised == b.revised && a.unchanged == b.unchanged && a.skipped == b.skipped
                && a.revisions.map(\.old) == b.revisions.map(\.old) && a.revisions.map(\.new) == b.revisions.map(\.new)
        }
    }

    /// What `pull` remembers; an empty state when there is no state file or it cannot be read (it is
    /// a cache: without it, the next pull downloads everything once).
    public func pullState() -> PullState {
        guard let bytes = try? readFile(Workspace.pullStateName, limit: FileIO.configLimit) else { return PullState() }
        return PullState.decode(bytes) ?? PullState()
    }

    /// Records what a pull read for a series, under the workspace's write lock: rows for new dates are
    /// added; a stored date whose numbers (value, bounds, qualifier) changed keeps its row and gains a
    /// revision row with `reported` = `seen`, so `--as-of` still shows what was known before (a row
    /// first stored on `seen` itself is corrected in place: it was never published as it was). Then
    /// `entry` is remembered as the series' state. Both files are replaced atomically, the series first.
    ///
    /// - Parameters:
    ///   - rows: the rows read, or nil when the source is known to be unchanged and only its validators
    ///     are remembered.
    ///   - skipped: how many records of the source had no value.
    ///   - id: the series.
    ///   - path: the source, as messages name it.
    ///   - seen: the day the rows were seen: a revision's `reported`.
    ///   - entry: what to remember of the source.
    /// - Throws: `.badData` when two rows share a (date, source) or the stored files are invalid;
    ///   `.busy` when another writer holds the lock. Nothing is written then.
    public func recordPull(
        _ rows: [ImportedRow]?, skipped: Int = 0, into id: SeriesID, path: String, seen: Day, entry: PullState.Entry
    ) throws(ReckonError) -> PullOutcome {
        try withWriteLock { () throws(ReckonError) -> PullOutcome in
            var outcome = PullOutcome(skipped: skipped)
            var writes: [Write] = []
            if let rows {
                let created = !exists(id)
                let (stored, metadata, _) = try storedOrNew(id, created: created, rows: rows)
                var file = stored
                try Self.checkNoDuplicates(rows, path: path, defaultSource: metadata.source)
                Self.mergeRevisions(rows, into: &file, defaultSource: metadata.source, seen: seen, outcome: &outcome)
                if outcome.changedSeries || created {
                    writes.append((Workspace.csvName(id), file.encoded(), created ? nil : file.original))
                }
            }
            let stateBytes = try? readFile(Workspace.pullStateName, limit: FileIO.configLimit)
            var state = stateBytes.flatMap(PullState.decode) ?? PullState()
            if state.series[id.description] != entry {
                state.series[id.description] = entry
                writes.append((Workspace.pullStateName, state.encoded(), stateBytes))
            }
            try commit(writes)
            return outcome
        }
    }

    /// Merges pulled rows by (date, source) against the latest reported stored row of each: new keys
    /// are added, equal numbers are unchanged, other numbers are a revision.
    static func mergeRevisions(
        _ rows: [ImportedRow], into file: inout SeriesFile, defaultSource: String?, seen: Day, outcome: inout PullOutcome
    ) {
        let latest = latestRows(file, defaultSource: defaultSource)
        var new: [Observation] = []
        for row in rows {
            var o = row.observation
            guard let i = latest[ImportKey(o, defaultSource: defaultSource)] else {
                new.append(o)
                outcome.added += 1
                continue
            }
            let stored = file.observations[i]
            if sameNumbers(o, stored) {
                outcome.unchanged += 1
                continue
            }
            outcome.revised += 1
            o.source = o.source ?? stored.source
            if stored.reportedDay >= seen {
                o.reported = stored.reported
                file.replace(at: i, with: o)
            } else {
                o.reported = seen
                new.append(o)
            }
            outcome.revisions.append((stored, o))
        }
        file.insert(new, defaultSource: defaultSource)
    }

    /// The index of the latest reported row for each (date, source).
    static func latestRows(_ file: SeriesFile, defaultSource: String?) -> [ImportKey: Int] {
        var latest: [ImportKey: Int] = [:]
        for (i, o) in file.observations.enumerated() {
            let k = ImportKey(o, defaultSource: defaultSource)
            if let j = latest[k], file.observations[j].reportedDay > o.reportedDay { continue }
            latest[k] = i
        }
        return latest
    }

    /// Whether two rows say the same numbers: value, bounds and qualifier.
    static func sameNumbers(_ a: Observation, _ b: Observation) -> Bool {
        a.value == b.value && a.low == b.low && a.high == b.high && a.qualifier == b.qualifier
    }
}

extension Workspace {
    /// A series whose sidecar has a `pull:` mapping, or whose sidecar cannot be read.
    public struct PulledSeries: Sendable {
        /// The series.
        public var id: SeriesID
        /// Where it comes from, or why its sidecar cannot say.
        public var source: Result<PullSource, ReckonError>
    }

    /// Every series whose sidecar says where it comes from, sorted by id; a sidecar with errors that
    /// mentions `pull` is listed with its errors.
    public func pullSources() throws(ReckonError) -> [PulledSeries] {
        guard FileIO.isDirectory(path("Series")) else {
            throw ReckonError(.missingInput, file: shown("Series"), "the workspace has no Series folder")
        }
        var out: [PulledSeries] = []
        for name in try FileIO.list(path("Series"), shown: shown("Series")).sorted() where name.hasSuffix(".yaml") {
            guard let id = try? SeriesID(String(name.dropLast(5))) else { continue }
            let (metadata, text, diagnostics) = try readSidecar(id)
            let errors = diagnostics.filter { $0.severity == .error }
            if let source = metadata.pull, errors.isEmpty {
                out.append(PulledSeries(id: id, source: .success(source)))
            } else if !errors.isEmpty, text?.contains("pull") ?? true {
                out.append(PulledSeries(id: id, source: .failure(ReckonError(.badData, errors))))
            }
        }
        return out
    }
}
