extension Workspace {
    /// The commented `reckon.yaml` that `reckon init` writes.
    public static let initialConfig = """
        # reckon workspace settings.
        #
        # Series live in Series/<id>.csv (one row per estimate: date, value, low, high,
        # qualifier, source, url, reported, note) with an optional Series/<id>.yaml sidecar
        # (title, unit, kind, description, source). Rendered charts are written to Output/.

        # Charts to render, each with an id (its file name) and layers of series:
        #
        # charts:
        #   - id: troops
        #     title: North Korean troops in Russia
        #     layers:
        #       - series: nk-troops-in-russia
        #         mark: points
        charts: []

        """

    /// Makes a new workspace at `root`: `Series/`, `Output/` and a commented `reckon.yaml`.
    ///
    /// - Throws: `.cannotCreate` when `root` already holds a `reckon.yaml` (nothing is changed) or a
    ///   folder cannot be created.
    @discardableResult
    public static func create(at root: String) throws(ReckonError) -> Workspace {
        let workspace = Workspace(unchecked: root)
        let config = workspace.path(configName)
        if FileIO.exists(config) {
            throw ReckonError(.cannotCreate, file: workspace.shown(configName), "a workspace already exists here")
        }
        try FileIO.makeFolder(workspace.path("Series"), shown: workspace.shown("Series"))
        try FileIO.makeFolder(workspace.path("Output"), shown: workspace.shown("Output"))
        if !FileIO.exists(workspace.path(".gitignore")) {
            try FileIO.writeAtomically(
                Array(gitignore.utf8), to: workspace.path(".gitignore"), shown: workspace.shown(".gitignore"))
        }
        try FileIO.writeAtomically(Array(initialConfig.utf8), to: config, shown: workspace.shown(configName))
        return workspace
    }

    /// Keeps temporary files of interrupted writes out of version control.
    static let gitignore = """
        # temporary files of reckon's atomic writes
        .*.tmp-*

        """
}
