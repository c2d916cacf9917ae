import ArgumentParser
import ReckonCairo
import ReckonChart
import ReckonModel
import ReckonPublish

struct EmbedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "embed",
        abstract: "Print the snippet that embeds a chart in a report: HTML, Markdown or JSON.",
        discussion: """
            HTML is a <figure> with the image (src, width, height, alt) and a caption of title, note and \
            source; Markdown an image with a caption line; JSON the paths, sizes, alt text, sources and \
            the data's last date, for templating systems. Paths start with the output folder as given \
            by --base (default: Output/).

            Example: reckon embed nk-troops --format md --base charts/
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The chart's id.") var chart: String
    @Option(help: "html, md or json.") var format: EmbedFormat = .html
    @Option(help: ArgumentHelp("What to put before file names.", valueName: "prefix")) var base: String = "Output/"
    @Flag(help: "With --format html, put the chart's SVG in the page instead of an image.") var inline = false

    enum EmbedFormat: String, ExpressibleByArgument, CaseIterable { case html, md, json }

    func run() throws {
        try reporting {
            let workspace = try workspace.open()
            let specs = try ChartSupport.charts(workspace)
            guard let spec = specs.first(where: { $0.id == chart }) else {
                throw ModelError(
                    .usage, "no chart '\(chart)' in \(Workspace.configName) (charts: \(specs.map(\.id).joined(separator: ", ")))")
            }
            var live = spec
            live.svg = .live
            let pipeline = ChartPipeline(measure: PangoMeasurer(), configPath: workspace.shown(Workspace.configName))
            let output = try pipeline.build(spec, in: workspace)
            let record = ChartRecord(spec, output: output, formats: Publisher.withData(spec.formats))
            switch format {
            case .html where inline:
                let svg = try pipeline.encode(output, spec: live, format: .svg)
                print(Snippet.inlineHTML(record, svg: svg, base: base), terminator: "")
            case .html: print(Snippet.html(record, base: base), terminator: "")
            case .md: print(Snippet.markdown(record, base: base), terminator: "")
            case .json: print(Snippet.json(record, base: base), terminator: "")
            }
        }
    }
}
