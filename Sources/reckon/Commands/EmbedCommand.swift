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
            HTML is a <figure> with the image (src, width, height, alt; inside a <picture> that \
            chooses among the chart's sizes by the page's width and its themes by the reader's colour \
            scheme) and a caption of links to the data and the other formats; Markdown the image and \
            the links after a line break (so that pandoc makes no caption of the alt text); JSON the \
            paths, sizes, alt text, sources, the data's last date, every rendering and the versions \
            kept in Output/archive/, for templating systems. The chart's picture carries its title, \
            note and source, so the snippet does not repeat them. Paths start with the output folder \
            as given by --base (default: Output/).

            --width gives the column the chart is set in: the snippet then points at the widest of \
            the chart's sizes that fits it, so its text is shown at its own size; give the chart \
            'sizes: [640]' in reckon.yaml for a layout made for a 640-pixel column.

            Examples:
              reckon embed nk-troops --format md --base charts/
              reckon embed nk-troops --width 640
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The chart's id.") var chart: String
    @Option(help: "html, md or json.") var format: EmbedFormat = .html
    @Option(help: ArgumentHelp("What to put before file names.", valueName: "prefix")) var base: String = "Output/"
    @Flag(help: "With --format html, put the chart's SVG in the page instead of an image.") var inline = false
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("The width of the column the chart is set in, in pixels.", valueName: "pixels"))
    var width: Int?

    enum EmbedFormat: String, ExpressibleByArgument, CaseIterable { case html, md, json }

    func validate() throws {
        if let width, !(160...8000).contains(width) { throw ValidationError("--width must be from 160 to 8000 pixels") }
    }

    func run() throws {
        let workspace = try workspace.open()
        let specs = try ChartSupport.charts(workspace)
        guard let spec = specs.first(where: { $0.id == chart }) else {
            throw ReckonError(
                .usage, "no chart '\(chart)' in \(Workspace.configName) (charts: \(specs.map(\.id).joined(separator: ", ")))")
        }
        let pipeline = ChartPipeline(measure: PangoMeasurer(), configPath: workspace.shown(Workspace.configName))
        let output = try pipeline.build(spec, in: workspace)
        var record = ChartRecord(spec, output: output, formats: Publisher.withData(spec.formats))
        record.versions = Archive.versions(of: spec.id, in: workspace.resolve("Output"))
        if let width, record.layouts[0].width > width {
            printDiagnostics([
                Diagnostic(
                    .warning, file: workspace.shown(Workspace.configName),
                    "chart '\(spec.id)' has no layout \(width) pixels wide or narrower, so its text will be shrunk; "
                        + "give it 'sizes: [\(width)]'")
            ])
        }
        switch format {
        case .html where inline:
            var live = spec.drawn(as: width.map(record.layout(forColumn:)) ?? record.primary)
            live.svg = .live
            let drawn =
                live.width == spec.width && live.height == spec.height ? output : try pipeline.build(live, in: workspace)
            let svg = try pipeline.encode(drawn, spec: live, format: .svg)
            print(Snippet.inlineHTML(record, svg: svg, base: base), terminator: "")
        case .html: print(Snippet.html(record, base: base, column: width), terminator: "")
        case .md: print(Snippet.markdown(record, base: base, column: width), terminator: "")
        case .json: print(Snippet.json(record, base: base, column: width), terminator: "")
        }
    }
}
