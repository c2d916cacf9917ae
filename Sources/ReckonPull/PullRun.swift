import Glibc
public import ReckonModel
import ReckonPublish

/// One `reckon pull`: every source fetched once (series that share a URL share the download),
/// conditionally, and each series' new rows and revisions recorded; a failure is that series' alone.
public enum PullRun {
    /// What happened to one series.
    public enum Result: Sendable {
        /// The source answered 304 Not Modified: nothing was read or written.
        case notModified
        /// The source sent the bytes imported last time: the series was not read again.
        case sameContent
        /// The rows were read and recorded.
        case pulled(Workspace.PullOutcome)
        /// The series was left as it was.
        case failed(PullError)
    }

    /// One series and what happened to it.
    public struct Report: Sendable {
        /// The series.
        public var id: SeriesID
        /// What happened.
        public var result: Result
    }

    /// Pulls `ids` (every series with a source when empty), as seen on `seen`.
    ///
    /// - Throws: `.usage` for an id without a `pull:` mapping; `.missingInput` without a Series folder.
    public static func pull(
        _ workspace: Workspace, ids: [SeriesID] = [], policy: FetchPolicy, seen: Day
    ) throws(ReckonError) -> [Report] {
        var series = try workspace.pullSources()
        if !ids.isEmpty {
            for id in ids where !series.contains(where: { $0.id == id }) {
                throw ReckonError(
                    .usage, file: workspace.shown(Workspace.sidecarName(id)),
                    "series '\(id)' has no source: its sidecar needs a pull: mapping with a url")
            }
            series = series.filter { ids.contains($0.id) }
        }
        let state = workspace.pullState()
        var reports: [SeriesID: Result] = [:]
        var groups: [(url: String, members: [(SeriesID, PullSource)])] = []
        for s in series {
            switch s.source {
            case .failure(let error): reports[s.id] = .failed(PullError(.malformed, error.diagnostics))
            case .success(let source):
                if let i = groups.firstIndex(where: { $0.url == source.url }) {
                    groups[i].members.append((s.id, source))
                } else {
                    groups.append((source.url, [(s.id, source)]))
                }
            }
        }
        for group in groups {
            for (id, result) in pullGroup(
                group.url, group.members, workspace: workspace, state: state, policy: policy, seen: seen)
            {
                reports[id] = result
            }
        }
        return series.map { Report(id: $0.id, result: reports[$0.id] ?? .notModified) }
    }

    /// Fetches one URL and records it in each series that reads it.
    static func pullGroup(
        _ url: String, _ members: [(id: SeriesID, source: PullSource)], workspace: Workspace, state: PullState,
        policy: FetchPolicy, seen: Day
    ) -> [(SeriesID, Result)] {
        let entries = members.map { state.series[$0.id.description] }
        // Validators are sent only when every series reading this URL has its file and remembers the
        // same ones for the same mapping: otherwise one of them needs the whole body.
        var validators = Validators()
        if let first = entries.first, let first, members.allSatisfy({ workspace.exists($0.id) }),
            members.indices.allSatisfy({ i in
                entries[i].map {
                    $0.url == url && $0.mapping == members[i].source.options.summary && $0.etag == first.etag
                        && $0.lastModified == first.lastModified
                } ?? false
            })
        {
            validators = Validators(etag: first.etag, lastModified: first.lastModified)
        }
        let fetched: Fetched
        do throws(PullError) {
            fetched = try Fetcher.fetch(url, validators: validators, policy: policy)
        } catch {
            return members.map { ($0.id, .failed(error)) }
        }
        guard let bytes = fetched.bytes else { return members.map { ($0.id, .notModified) } }
        var hash = ContentHash()
        hash.update(bytes)
        let digest = hash.hex()
        return members.enumerated().map { i, member in
            let entry = PullState.Entry(
                url: url, mapping: member.source.options.summary, etag: fetched.validators.etag,
                lastModified: fetched.validators.lastModified, hash: digest)
            // The same bytes as last time are not read again, unless the series' file has gone since.
            let same =
                workspace.exists(member.id)
                && (entries[i].map { $0.url == url && $0.mapping == entry.mapping && $0.hash == digest } ?? false)
            return (member.id, record(bytes, same: same, member.id, member.source, entry, workspace: workspace, seen: seen))
        }
    }

    /// Reads the bytes with the series' mapping and records them; the same bytes as last time only
    /// update the remembered validators.
    static func record(
        _ bytes: [UInt8], same: Bool, _ id: SeriesID, _ source: PullSource, _ entry: PullState.Entry,
        workspace: Workspace, seen: Day
    ) -> Result {
        do throws(ReckonError) {
            if same {
                _ = try workspace.recordPull(nil, into: id, path: source.url, seen: seen, entry: entry)
                return .sameContent
            }
            let read = ImportReader.read(bytes, path: source.url, options: source.options)
            guard read.diagnostics.isEmpty else {
                return .failed(PullError(.malformed, Array(read.diagnostics.prefix(20))))
            }
            let outcome = try workspace.recordPull(
                read.rows, skipped: read.skipped, into: id, path: source.url, seen: seen, entry: entry)
            return .pulled(outcome)
        } catch {
            return .failed(error.kind == .badData ? PullError(.malformed, error.diagnostics) : PullError(error))
        }
    }

    /// Today in UTC: the day a revision is recorded as reported.
    public static func today() -> Day {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    }
}
