import ArgumentParser
import ReckonCairo
import ReckonChart
import ReckonModel

struct PlotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot",
        abstract: "Draw series straight from the command line, without a chart spec.",
        discussion: """
            The file's extension picks the format (.png, .svg, .pdf, or .scene.json for the chart's scene as \
            data). The query options apply to every series; --from/--to select what is shown after the \
            other steps have run on all the data.

            --annotation adds a note, as many times as wanted: DAY=TEXT marks a day, FROM/TO=TEXT a \
            period, @VALUE=TEXT a value, DAY@VALUE=TEXT a point (the note placed clear of the data, \
            with an arrow).

            Examples:
              reckon plot ru-drones-downed --diff --rolling 7 -o drones.png --title "Drones downed, 7-day mean"
              reckon plot nk-troops-in-russia --by source --consensus -o troops.png
              reckon plot nk-troops-in-russia --by source --facet source --locale de -o troops.png
              reckon plot ru-drones-downed --diff --annotation "2026-07-27@2719=Most in one day" -o peak.png
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The series to draw, one layer each.") var series: [String]
    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (default: Output/<first series>.png).", valueName: "file"))
    var output: String?
    @Option(help: "The mark (default: line; points with --by).") var mark: LayerSpec.Mark?
    @Option(help: "The chart's title (default: the first series' title).") var title: String?
    @Option(help: "A line under the title.") var subtitle: String?
    @Option(help: "The value axis' label (needed when the series are in different units).") var yLabel: String?
    @Flag(help: "A logarithmic value axis.") var log = false
    @Flag(help: "Label points (and bars) with their values.") var labels = false
    @Flag(help: "Stack bar layers instead of standing them side by side.") var stack = false
    @Option(
        help: ArgumentHelp("Draw these layers (series ids, comma-separated) in colour and the others grey.", valueName: "series"))
    var highlight: String?
    @Option(parsing: .unconditional, help: "Width in pixels, 160 to 8000.") var width = 1200
    @Option(parsing: .unconditional, help: "Height in pixels, 120 to 8000.") var height = 675
    @Option(help: "The colours.") var theme: ChartSpec.Theme = .light
    @Option(help: ArgumentHelp("Numbers and dates in this locale's forms (de, fr, uk, ko, ar, …).", valueName: "locale"))
    var locale: String?
    @Option(help: "One panel per series or per source, on shared scales.") var facet: ChartSpec.Facet = .none
    @Option(
        help: ArgumentHelp(
            "A note: DAY=TEXT, FROM/TO=TEXT, @VALUE=TEXT or DAY@VALUE=TEXT (repeatable).", valueName: "note"))
    var annotation: [String] = []
    @OptionGroup var query: QueryArguments
    @Option(help: "One layer per source, each its own colour, drawn as points unless --mark says otherwise.")
    var by: LayerSpec.Split?
    @Flag(help: "With --by source, also draw the sources combined (--combine) and their spread.") var consensus = false

    func validate() throws {
        if series.isEmpty { throw ValidationError("name at least one series") }
        guard (160...8000).contains(width), (120...8000).contains(height) else {
            throw ValidationError("--width must be 160 to 8000 and --height 120 to 8000")
        }
        var size = ChartSpec(id: "plot")
        (size.width, size.height) = (width, height)
        if let problem = size.pixelProblem { throw ValidationError(problem) }
    }

    func run() throws {
        let workspace = try workspace.open()
        let ids = try series.map { s throws(ReckonError) in try SeriesID(s) }
        let options = try query.options()
        let markKind = mark ?? .line
        let split = by
        if consensus, split == nil { throw ReckonError(.usage, "--consensus needs --by source") }
        if split != nil, options.source != nil {
            throw ReckonError(.usage, "--by source shows every source; leave out --source")
        }
        var spec = ChartSpec(id: ids[0].rawValue)
        spec.width = width
        spec.height = height
        spec.theme = theme
        spec.subtitle = subtitle
        spec.y.label = yLabel
        spec.y.log = log
        spec.stack = stack
        spec.highlight = highlight.map { $0.split(separator: ",").map(String.init) } ?? []
        spec.facet = facet
        if let locale {
            guard ChartLocale.known(locale) != nil else {
                throw ReckonError(
                    .usage, "--locale: '\(locale)' is not a locale with formatting data (such as en, de, fr, uk, ru, ko, ar)")
            }
            spec.locale = locale
        }
        spec.annotations = try annotation.map(Self.note)
        spec.title = try title ?? workspace.metadata(of: ids[0]).title ?? ids[0].rawValue
        spec.layers = ids.map { id in
            var layer = LayerSpec(series: id)
            layer.mark = split != nil && mark == nil ? .points : markKind
            layer.query = options
            layer.by = split
            layer.labels = labels ? .all : .none
            layer.consensus = consensus
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

    /// `DAY=TEXT`, `FROM/TO=TEXT`, `@VALUE=TEXT` or `DAY@VALUE=TEXT` as an annotation.
    static func note(_ text: String) throws(ReckonError) -> Annotation {
        guard let equals = text.firstIndex(of: "=") else {
            throw ReckonError(.usage, "--annotation '\(text)': write DAY=TEXT, FROM/TO=TEXT, @VALUE=TEXT or DAY@VALUE=TEXT")
        }
        let target = String(text[..<equals]), label = String(text[text.index(after: equals)...])
        let parts = target.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let value = try parts.count == 2 ? parseArgument("--annotation", parts[1], NumberText.parse) : nil
        let days = parts[0].split(separator: "/").map(String.init)
        switch (days.count, value) {
        case (0, let v?): return Annotation(.value(v), label: label)
        case (1, let v?):
            return Annotation(.point(try parseArgument("--annotation", days[0], ObservationDate.parseDay), v), label: label)
        case (1, nil): return Annotation(.day(try parseArgument("--annotation", days[0], ObservationDate.parseDay)), label: label)
        case (2, nil):
            let from = try parseArgument("--annotation", days[0], ObservationDate.parseDay)
            let to = try parseArgument("--annotation", days[1], ObservationDate.parseDay)
            guard to >= from else { throw ReckonError(.usage, "--annotation '\(text)': the period ends before it starts") }
            return Annotation(.span(from, to), label: label)
        default:
            throw ReckonError(.usage, "--annotation '\(text)': write DAY=TEXT, FROM/TO=TEXT, @VALUE=TEXT or DAY@VALUE=TEXT")
        }
    }
}
