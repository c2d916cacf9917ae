extension Workspace {
    /// The sidecar metadata of a series, without reading its observations.
    ///
    /// - Throws: `.badData` when the sidecar is invalid.
    public func metadata(of id: SeriesID) throws(ReckonError) -> SeriesMetadata {
        let (metadata, _, diagnostics) = try readSidecar(id)
        if diagnostics.contains(where: { $0.severity == .error }) { throw ReckonError(.badData, diagnostics) }
        return metadata
    }

    /// The text of `reckon.yaml`.
    public func configText() throws(ReckonError) -> String {
        String(decoding: try readFile(Workspace.configName, limit: FileIO.configLimit), as: UTF8.self)
    }

    /// The bytes of the workspace's file `relative`, at most `limit` of them: a regular file that lies
    /// inside the workspace once every link is resolved. Every file reckon reads on behalf of a
    /// workspace (series, sidecars, `reckon.yaml`, report templates) is read this way, so
    /// `check`, `render` and the server refuse the same files.
    ///
    /// - Throws: `.missingInput` when there is no such file, it is not a regular file or it lies
    ///   outside the workspace; `.badData` when it is larger than `limit`; `.io` when reading fails.
    public func readFile(_ relative: String, limit: Int = FileIO.dataLimit) throws(ReckonError) -> [UInt8] {
        try FileIO.read(path(relative), shown: shown(relative), limit: limit, inside: .workspace(root))
    }

    /// The file system path of `relative` inside the workspace.
    public func resolve(_ relative: String) -> String { path(relative) }
}

/// Files written together, all or none: each is staged (written and synced under a temporary name
/// beside it) and only when every one is staged are they renamed into place. A failure while
/// staging (a full disk, an encoder's error) leaves every target as it was; files never committed
/// are removed when the value goes away.
///
/// ```swift
/// var files = StagedFiles()
/// try files.stage(png, to: "Output/a.png", shown: "Output/a.png")
/// try files.stage(svg, to: "Output/a.svg", shown: "Output/a.svg")
/// try files.commit()
/// ```
public struct StagedFiles: ~Copyable {
    private var staged: [FileIO.Staged] = []
    /// How the files reach the disk.
    private let durability: Durability

    /// No files yet; they will be written with `durability`.
    public init(durability: Durability = .synced) { self.durability = durability }

    /// Writes `bytes` beside `path` under a temporary name, to be renamed into place by ``commit()``.
    ///
    /// - Throws: as ``AtomicFile/write(_:to:shown:durability:)``.
    public mutating func stage(_ bytes: [UInt8], to path: String, shown: String) throws(ReckonError) {
        staged.append(try FileIO.stage(bytes, to: path, shown: shown, durability: durability))
    }

    /// Renames every staged file into place, then syncs their folders (unless deferred).
    ///
    /// - Throws: `.io` when a rename fails; the files not yet renamed are removed.
    public mutating func commit() throws(ReckonError) {
        let files = staged
        staged = []
        for (i, file) in files.enumerated() {
            do throws(ReckonError) {
                try FileIO.commit(file)
            } catch {
                for rest in files[(i + 1)...] { FileIO.remove(rest.temp) }
                throw error
            }
        }
        guard durability == .synced else { return }
        for folder in Set(files.map(\.folder)).sorted() { FileIO.syncFolder(folder) }
    }

    deinit {
        for file in staged { FileIO.remove(file.temp) }
    }
}

/// How a file written atomically reaches the disk. Either way a reader sees the old or the new
/// complete file, never a part; the difference is what a power cut right after the write leaves.
public enum Durability: Sendable, Equatable {
    /// The file is synced before it replaces the old one, and its folder after: once the write
    /// returns, it survives a power cut. For what only the user has: series, sidecars, settings.
    case synced
    /// The file is renamed into place with its bytes still on their way to the disk, and the run
    /// that wrote it calls ``AtomicFile/syncFileSystem(of:)`` once before it records the file as
    /// written (`render`'s manifest), instead of two syncs per file. For what reckon makes again
    /// from the workspace: charts, reports, galleries. A power cut before that sync may leave such a
    /// file empty; the run's record then does not vouch for it, and the next run draws it again.
    case deferred
}

/// Writes files so that readers see the old or the new complete file, never a part.
public enum AtomicFile {
    /// Replaces the file at `path` with `bytes`: a temporary file in the same folder, synced, then
    /// renamed into place. `shown` names the file in errors.
    public static func write(
        _ bytes: [UInt8], to path: String, shown: String, durability: Durability = .synced
    ) throws(ReckonError) {
        try FileIO.writeAtomically(bytes, to: path, shown: shown, durability: durability)
    }

    /// Syncs the file system that holds `path`: every ``Durability/deferred`` write made so far (by
    /// this process or its workers) is on disk once it returns.
    public static func syncFileSystem(of path: String) {
        FileIO.syncFileSystem(of: path)
    }

    /// Creates a folder and its parents unless it exists.
    public static func makeFolder(_ path: String) throws(ReckonError) {
        try FileIO.makeFolder(path, shown: path)
    }

    /// Checks that the folder that would hold `path` exists, so that writing never creates a tree
    /// of folders from a mistyped path.
    ///
    /// - Throws: `.cannotCreate` when it does not exist or is not a folder.
    public static func requireParent(of path: String, shown: String) throws(ReckonError) {
        let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        let parent = trimmed.contains("/") ? String(trimmed[..<trimmed.lastIndex(of: "/")!]) : "."
        guard FileIO.isDirectory(parent.isEmpty ? "/" : parent) else {
            throw ReckonError(
                .cannotCreate, file: shown, "cannot create: the folder '\(Escaping.visible(parent))' does not exist")
        }
    }

    /// Removes the temporary files (`.NAME.tmp-XXXXXX`) that writers killed mid-write left in
    /// `folder`. Call it only while holding the folder's lock, when no other writer can be at work.
    /// Returns the names removed.
    @discardableResult
    public static func removeLeftovers(in folder: String) -> [String] {
        let names = leftovers(in: folder)
        for name in names { FileIO.remove(folder + "/" + name) }
        return names
    }

    /// The temporary files that killed writers left in `folder`.
    public static func leftovers(in folder: String) -> [String] {
        ((try? FileIO.list(folder, shown: folder)) ?? []).filter(isLeftover)
    }

    /// Whether `name` is one of the temporary files an atomic write makes: `.NAME.tmp-` and six
    /// characters.
    static func isLeftover(_ name: String) -> Bool {
        name.hasPrefix(".") && name.count >= 13 && name.suffix(11).hasPrefix(".tmp-")
    }
}
