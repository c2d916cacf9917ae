import ArgumentParser
import ReckonCairo
import ReckonChart
import ReckonModel

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render the charts of reckon.yaml to Output/<chart-id>.<format>.",
        discussion: "Examples:\n  reckon render --all\n  reckon render troops --format png,pdf --out /tmp/charts")

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The ids of the charts to render.") var charts: [String] = []
    @Flag(help: "Render every chart.") var all = false
    @Option(help: ArgumentHelp("The folder to write to (default: the workspace's Output/).", valueName: "dir")) var out: String?
    @Option(
        help: ArgumentHelp(
            "Formats to write, comma-separated: png, svg, pdf (default: each chart's formats).", valueName: "formats"))
    var format: String?

    func validate() throws {
        if charts.isEmpty, !all { throw ValidationError("name the charts to render, or give --all") }
        if !charts.isEmpty, all { throw ValidationError("give chart ids or --all, not both") }
    }

    func run() throws {
        try reporting {
            let workspace = try workspace.open()
            let specs = try ChartSupport.charts(workspace)
            let formats = try format.map { text throws(ModelError) in
                try text.split(separator: ",").map { v throws(ModelError) -> ChartSpec.FileFormat in
                    try choice("--format", String(v))
                }
            }
            var chosen = specs
            if !all {
                chosen = []
                for id in charts {
                    guard let spec = specs.first(where: { $0.id == id }) else {
                        throw ModelError(
                            .usage,
                            "no chart '\(id)' in \(Workspace.configName) (charts: \(specs.map(\.id).joined(separator: ", ")))")
                    }
                    chosen.append(spec)
                }
            }
            let measurer = PangoMeasurer()
            let folder = out ?? workspace.resolve("Output")
            var failures: [Diagnostic] = []
            for spec in chosen {
                do throws(ModelError) {
                    for path in try ChartSupport.render(
                        spec, formats: formats ?? spec.formats, into: folder, workspace: workspace, measurer: measurer)
                    {
                        print(path)
                    }
                } catch {
                    failures += error.diagnostics
                }
            }
            ChartSupport.reportFontProblems(measurer)
            if !failures.isEmpty { throw ModelError(.badData, failures) }
        }
    }
}
