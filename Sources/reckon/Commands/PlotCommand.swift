import ArgumentParser
import ReckonCairo
import ReckonChart
import ReckonModel

struct PlotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot",
        abstract: "Draw series straight from the command line, without a chart spec.",
        discussion: """
            The file's extension picks the format (.png, .svg, .pdf). The query options apply to every series.

            Example: reckon plot ru-drones-downed --diff --rolling 7 -o drones.png --title "Drones downed, 7-day mean"
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The series to draw, one layer each.") var series: [String]
    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (default: Output/<first series>.png).", valueName: "file"))
    var output: String?
    @Option(help: "line, step, area, bar, points, band, range.") var mark: String = "line"
    @Option(help: "The chart's title (default: the first series' title).") var title: String?
    @Option(parsing: .unconditional, help: "Width in pixels, 160 to 8000.") var width = 1200
    @Option(parsing: .unconditional, help: "Height in pixels, 120 to 8000.") var height = 675
    @Option(help: "light or dark.") var theme: String = "light"
    @OptionGroup var query: QueryArguments

    func validate() throws {
        if series.isEmpty { throw ValidationError("name at least one series") }
        guard (160...8000).contains(width), (120...8000).contains(height) else {
            throw ValidationError("--width must be 160 to 8000 and --height 120 to 8000")
        }
    }

    func run() throws {
        try reporting {
            let workspace = try workspace.open()
            let ids = try series.map { s throws(ModelError) in try SeriesID(s) }
            let options = try query.options()
            let markKind: LayerSpec.Mark = try choice("--mark", mark)
            var spec = ChartSpec(id: ids[0].rawValue)
            spec.width = width
            spec.height = height
            spec.theme = try choice("--theme", theme)
            spec.title = try title ?? workspace.metadata(of: ids[0]).title ?? ids[0].rawValue
            spec.layers = ids.map { id in
                var layer = LayerSpec(series: id)
                layer.mark = markKind
                layer.query = options
                return layer
            }
            let path = output ?? workspace.resolve("Output/\(ids[0]).png")
            let target = try OutputFile(path)
            spec.formats = [target.format]
            spec.id = target.chartID
            let measurer = PangoMeasurer()
            print(try ChartSupport.render(spec, format: target.format, to: path, workspace: workspace, measurer: measurer))
            ChartSupport.reportFontProblems(measurer)
        }
    }
}
