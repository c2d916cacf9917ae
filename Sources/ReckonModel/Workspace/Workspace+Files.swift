extension Workspace {
    /// The sidecar metadata of a series, without reading its observations.
    ///
    /// - Throws: `.badData` when the sidecar is invalid.
    public func metadata(of id: SeriesID) throws(ModelError) -> SeriesMetadata {
        let (metadata, _, diagnostics) = try readSidecar(id)
        if diagnostics.contains(where: { $0.severity == .error }) { throw ModelError(.badData, diagnostics) }
        return metadata
    }

    /// The text of `reckon.yaml`.
    public func configText() throws(ModelError) -> String {
        String(
            decoding: try FileIO.read(path(Workspace.configName), shown: shown(Workspace.configName), limit: FileIO.configLimit),
            as: UTF8.self)
    }

    /// The file system path of `relative` inside the workspace.
    public func resolve(_ relative: String) -> String { path(relative) }
}

/// Writes files so that readers see the old or the new complete file, never a part.
public enum AtomicFile {
    /// Replaces the file at `path` with `bytes`: a temporary file in the same folder, synced, then
    /// renamed into place. `shown` names the file in errors.
    public static func write(_ bytes: [UInt8], to path: String, shown: String) throws(ModelError) {
        try FileIO.writeAtomically(bytes, to: path, shown: shown)
    }

    /// Creates a folder and its parents unless it exists.
    public static func makeFolder(_ path: String) throws(ModelError) {
        try FileIO.makeFolder(path, shown: path)
    }

    /// Checks that the folder that would hold `path` exists, so that writing never creates a tree
    /// of folders from a mistyped path.
    ///
    /// - Throws: `.cannotCreate` when it does not exist or is not a folder.
    public static func requireParent(of path: String, shown: String) throws(ModelError) {
        let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        let parent = trimmed.contains("/") ? String(trimmed[..<trimmed.lastIndex(of: "/")!]) : "."
        guard FileIO.isDirectory(parent.isEmpty ? "/" : parent) else {
            throw ModelError(.cannotCreate, file: shown, "cannot create: the folder '\(Escaping.visible(parent))' does not exist")
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
