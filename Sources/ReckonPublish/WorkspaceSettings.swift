public import ReckonChart
public import ReckonModel
internal import Yams

/// Everything `reckon.yaml` says, read once: its charts (with `defaults:` applied), its reports, and
/// every problem found in it, each located.
///
/// The one reader of the file: `reckon check`, `render`, `merge`, each chart's worker and the server
/// all take their settings from here, so they accept and refuse the same files.
public struct WorkspaceSettings: Sendable {
    /// The charts, in the file's order.
    public var charts: [ChartSpec] = []
    /// The reports, in the file's order.
    public var reports: [ReportSpec] = []
    /// Every problem found: errors, and warnings that do not stop a render.
    public var diagnostics: [Diagnostic] = []

    /// Whether any problem is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Reads the workspace's `reckon.yaml`, checking each layer's options against the kind of its
    /// series and stacked layers against their units (read from the series' sidecars).
    ///
    /// - Throws: the error of reading the file or listing the series (a missing `reckon.yaml` is
    ///   `.missingInput`); what the file says is in ``diagnostics``.
    public static func read(_ workspace: Workspace) throws(ReckonError) -> WorkspaceSettings {
        var kinds: [SeriesID: SeriesKind] = [:]
        var units: [SeriesID: String] = [:]
        for id in try workspace.seriesIDs() {
            let metadata = try? workspace.metadata(of: id)
            kinds[id] = metadata?.effectiveKind ?? .level
            units[id] = metadata?.unit
        }
        return parse(try workspace.configText(), path: workspace.shown(Workspace.configName), series: kinds, units: units)
    }

    /// The settings in `text`, the contents of the file shown as `path`; `series` gives the kind of
    /// each series that exists, `units` the unit of each whose sidecar names one.
    public static func parse(
        _ text: String, path: String, series: [SeriesID: SeriesKind], units: [SeriesID: String] = [:]
    ) -> WorkspaceSettings {
        var settings = WorkspaceSettings()
        let (mapping, problems) = Workspace.configMapping(text, path: path)
        settings.diagnostics = problems
        guard let mapping else { return settings }
        let charts = ChartConfig.read(mapping, path: path, series: series, units: units)
        settings.charts = charts.charts
        settings.diagnostics += charts.diagnostics
        if let list = mapping["reports"] {
            let reports = ReportSpec.read(list, path: path)
            settings.reports = reports.reports
            settings.diagnostics += reports.diagnostics
        }
        return settings
    }

    /// These settings, when no problem is an error.
    ///
    /// - Throws: `.badData` with every problem when one is an error: nothing is drawn or written then.
    public func checked() throws(ReckonError) -> WorkspaceSettings {
        if hasErrors { throw ReckonError(.badData, diagnostics) }
        return self
    }
}
