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
        String(decoding: try FileIO.read(path(Workspace.configName), shown: shown(Workspace.configName)), as: UTF8.self)
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
}
