import ArgumentParser
import ReckonCairo
import ReckonModel
import ReckonPublish

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render one report template, quoting live facts of the series and embedding the charts.",
        discussion: """
            A template is Markdown (.md) or HTML (.html) with Mustache tags that name facts in full: \
            {{SERIES.latest.cited}}, {{SERIES.change.30d}}, {{charts.CHART.trend}}, and figures as \
            {{{charts.CHART}}}. Every tag is checked first: an unknown series or fact is an error at \
            the tag's line and column (65), and nothing is written. `render --all` renders the \
            templates listed under `reports:` in reckon.yaml into the output folder.

            Example: reckon report Reports/brief.md -o Output/brief.md
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The template file.") var template: String
    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (default, or -: standard output).", valueName: "file"))
    var output: String?

    func validate() throws {
        if output?.isEmpty == true { throw ValidationError("-o needs a file name") }
    }

    func run() throws {
        let workspace = try workspace.open()
        let charts = try ChartSupport.charts(workspace)
        let text = try Report.read(template, shown: template)
        let pipeline = ChartPipeline(measure: PangoMeasurer(), configPath: workspace.shown(Workspace.configName))
        let page = try Report.render(
            template: text, path: template, workspace: workspace, charts: charts, pipeline: pipeline)
        guard let output, output != "-" else {
            print(page, terminator: "")
            return
        }
        try AtomicFile.requireParent(of: output, shown: output)
        try AtomicFile.write(Array(page.utf8), to: output, shown: output)
    }
}
