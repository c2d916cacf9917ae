/// A folder of estimates: `Series/` (one CSV per series plus optional YAML sidecars), `Output/` for
/// rendered files and `reckon.yaml` for charts and defaults.
///
/// Paths in diagnostics are shown relative to the folder the workspace was opened with, as given
/// (`Series/x.csv` for `.`, `/srv/ws/Series/x.csv` for `/srv/ws`), so they can be pasted into an editor.
public struct Workspace: Sendable {
    /// The workspace folder as given.
    public let root: String
    /// How long writers wait for another writer's lock before giving up, in seconds.
    public var lockTimeout: Double = 30
    /// Whether work on a long series in this workspace may use two threads at once (with Dispatch),
    /// where more than one processor is active: ``load(_:)`` reads a series file of 8 MiB or more in
    /// two halves at once, each read and decoded by a thread of its own, and the chart pipeline and the
    /// command line's queries and listings split their passes over 100,000 points or more in two.
    /// The results are the same either way, sooner. Off by default, for programs that keep every
    /// processor busy already (a server); the command line turns it on.
    public var worksOnTwoThreads = false

    /// The name of the settings file at the root.
    public static let configName = "reckon.yaml"

    /// Opens the workspace at `root`, which must hold `reckon.yaml`.
    ///
    /// - Throws: `.missingInput` when `root` is not a workspace.
    public init(at root: String) throws(ReckonError) {
        self.root = root
        guard FileIO.isDirectory(root) else {
            throw ReckonError(.missingInput, file: root, "no such folder")
        }
        guard FileIO.exists(path(Workspace.configName)) else {
            throw ReckonError(
                .missingInput, file: shown(Workspace.configName),
                "not a reckon workspace (no \(Workspace.configName)); run 'reckon init' to make one")
        }
    }

    init(unchecked root: String) { self.root = root }

    /// The file system path of `relative` inside the workspace.
    func path(_ relative: String) -> String {
        root == "." ? relative : (root.hasSuffix("/") ? root + relative : root + "/" + relative)
    }

    /// The name of `relative` as diagnostics show it.
    public func shown(_ relative: String) -> String { path(relative) }

    /// `Series/<id>.csv`, relative to the root.
    public static func csvName(_ id: SeriesID) -> String { "Series/\(id).csv" }
    /// `Series/<id>.yaml`, relative to the root.
    public static func sidecarName(_ id: SeriesID) -> String { "Series/\(id).yaml" }

    /// Whether the series has a CSV file.
    public func exists(_ id: SeriesID) -> Bool { FileIO.exists(path(Workspace.csvName(id))) }

    /// The ids of every `Series/*.csv` whose name is a valid id, sorted.
    public func seriesIDs() throws(ReckonError) -> [SeriesID] {
        guard FileIO.isDirectory(path("Series")) else { return [] }
        var ids: [SeriesID] = []
        for name in try FileIO.list(path("Series"), shown: shown("Series")) where name.hasSuffix(".csv") {
            if let id = try? SeriesID(String(name.dropLast(4))) { ids.append(id) }
        }
        return ids
    }

    /// Loads a series: its CSV file and its sidecar.
    ///
    /// - Throws: `.missingInput` for an unknown series, `.badData` with every problem for an invalid one.
    public func load(_ id: SeriesID) throws(ReckonError) -> Series {
        let stored = try read(id, forEditing: false)
        return Series(id: id, metadata: stored.metadata, observations: stored.file.observations)
    }

    /// What is on disk for one series, read and validated.
    struct Stored {
        var file: SeriesFile
        var metadata: SeriesMetadata
        /// The sidecar's text, nil when there is none.
        var sidecarText: String?
        var warnings: [Diagnostic]
    }

    /// Reads and validates a series' files; any error diagnostic makes it throw. Without `forEditing`
    /// the file is decoded a piece at a time and keeps only what reading needs, not each row's text.
    func read(_ id: SeriesID, forEditing: Bool = true) throws(ReckonError) -> Stored {
        let csvName = Workspace.csvName(id)
        guard exists(id) else {
            throw ReckonError(.missingInput, file: shown(csvName), "no series '\(id)' (no such file)")
        }
        let (metadata, sidecarText, sidecarDiagnostics) = try readSidecar(id)
        let result: SeriesFileDecoder.Result
        if forEditing {
            result = SeriesFileDecoder.decode(try readFile(csvName), path: shown(csvName))
        } else {
            // A piece at a time: a large file never sits in memory whole beside its observations.
            let shown = shown(csvName)
            let twoThreads = worksOnTwoThreads
            result = try FileIO.readPieces(path(csvName), shown: shown, inside: .workspace(root)) {
                size, read throws(ReckonError) in
                try SeriesFileDecoder.decodeStreaming(
                    read: read, sizeHint: size, path: shown, halvesFrom: twoThreads ? nil : .max)
            }
        }
        let diagnostics = sidecarDiagnostics + result.diagnostics
        guard let file = result.file, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw ReckonError(.badData, diagnostics.filter { $0.severity == .error })
        }
        return Stored(file: file, metadata: metadata, sidecarText: sidecarText, warnings: diagnostics)
    }

    /// The sidecar's metadata, its text (nil when there is no sidecar) and its problems.
    func readSidecar(_ id: SeriesID) throws(ReckonError) -> (SeriesMetadata, String?, [Diagnostic]) {
        let name = Workspace.sidecarName(id)
        guard FileIO.exists(path(name)) else { return (SeriesMetadata(), nil, []) }
        let bytes = try readFile(name, limit: FileIO.configLimit)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return (SeriesMetadata(), nil, [Diagnostic(file: shown(name), "not valid UTF-8 text")])
        }
        let (metadata, diagnostics) = SidecarFile.decode(text, path: shown(name))
        return (metadata, text, diagnostics)
    }

    /// Runs `body` while holding the workspace's write lock, an `flock` on the `Series` folder.
    func withWriteLock<T>(_ body: () throws(ReckonError) -> T) throws(ReckonError) -> T {
        guard FileIO.isDirectory(path("Series")) else {
            throw ReckonError(.missingInput, file: shown("Series"), "the workspace has no Series folder")
        }
        let lock = try FileLock(folder: path("Series"), shown: shown("Series"), timeout: lockTimeout)
        defer { withExtendedLifetime(lock) {} }
        AtomicFile.removeLeftovers(in: path("Series"))
        return try body()
    }

    /// A file to write, with the bytes to restore if a later write of the same command fails.
    typealias Write = (name: String, bytes: [UInt8], previous: [UInt8]?)

    /// The sidecar write that records `metadata`: a new sidecar, lines appended to the existing one,
    /// or nothing when it already says all of it.
    func sidecarWrites(
        _ id: SeriesID, metadata: SeriesMetadata, existing: SeriesMetadata, text: String?
    ) throws(ReckonError) -> [Write] {
        let name = Workspace.sidecarName(id)
        guard let text else {
            return metadata == SeriesMetadata() ? [] : [(name, Array(SidecarFile.encode(metadata).utf8), nil)]
        }
        guard let merged = try SidecarFile.merging(metadata, into: text, existing: existing, path: shown(name)) else { return [] }
        return [(name, Array(merged.utf8), Array(text.utf8))]
    }

    /// Writes several files so that a failure part-way restores the ones already written.
    func commit(_ writes: [Write]) throws(ReckonError) {
        var done: [(name: String, previous: [UInt8]?)] = []
        do throws(ReckonError) {
            for w in writes {
                try FileIO.writeAtomically(w.bytes, to: path(w.name), shown: shown(w.name))
                done.append((w.name, w.previous))
            }
        } catch {
            for d in done.reversed() {
                if let previous = d.previous {
                    try? FileIO.writeAtomically(previous, to: path(d.name), shown: shown(d.name))
                } else {
                    FileIO.remove(path(d.name))
                }
            }
            throw error
        }
    }
}
