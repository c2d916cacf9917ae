import ReckonAnalysis
public import ReckonModel
package import Yams

/// Reads the `charts:` and `defaults:` of `reckon.yaml` into chart specs, with a diagnostic for every
/// unknown key, bad value, unknown series and impossible combination.
public enum ChartConfig {
    /// The keys a chart may have; `defaults:` may hold any of them but `id`, `layers` and `annotations`.
    public static let chartKeys = [
        "id", "title", "subtitle", "note", "source", "alt", "width", "height", "scale", "theme", "formats", "font", "x", "y",
        "layers", "annotations", "legend", "stack", "highlight", "svg", "sizes", "themes", "archive", "locale", "facet",
    ]
    /// The keys a layer may have: its own, and the query's parameters (all but `at`).
    public static let layerKeys =
        ["series", "mark", "label", "color", "dash", "labels", "trend", "project"] + queryKeys
        + ["include-incomplete", "by", "consensus"]
    /// The query parameters a layer takes as keys.
    static let queryKeys = QueryOptions.parameterNames.filter { $0 != "at" }
    /// The keys of `x:`, the time axis.
    public static let xKeys = ["from", "to", "last"]
    /// The keys of `y:`, the value axis.
    public static let yKeys = ["min", "max", "log", "label", "format", "zero", "bands", "broken-axis"]
    /// The keys an annotation may have.
    public static let annotationKeys = ["date", "from", "to", "value", "label"]

    /// The most charts a file may hold, and layers and annotations a chart may have: bounds on the
    /// work one `reckon.yaml` can ask for, which YAML aliases could otherwise multiply.
    public static let maximumCharts = 1_000
    /// The most layers a chart may have.
    public static let maximumLayers = 64
    /// The most annotations a chart may have.
    public static let maximumAnnotations = 256

    /// The charts in `text` (the contents of the file shown as `path`); `series` gives the kind of each
    /// series that exists.
    /// `units` gives the unit of each series whose sidecar names one: layers in different units are
    /// not stacked.
    public static func parse(
        _ text: String, path: String, series: [SeriesID: SeriesKind], units: [SeriesID: String] = [:]
    ) -> (charts: [ChartSpec], diagnostics: [Diagnostic]) {
        let (mapping, problems) = Workspace.configMapping(text, path: path)
        guard let mapping else { return ([], problems) }
        let (charts, diagnostics) = read(mapping, path: path, series: series, units: units)
        return (charts, problems + diagnostics)
    }

    /// The charts of `reckon.yaml`'s top-level `mapping` (its `defaults:` and `charts:`), with every
    /// problem found in them; `units` gives the unit of each series whose sidecar names one.
    package static func read(
        _ mapping: Node.Mapping, path: String, series: [SeriesID: SeriesKind], units: [SeriesID: String] = [:]
    ) -> (charts: [ChartSpec], diagnostics: [Diagnostic]) {
        var reader = Reader(path: path, units: units)
        var defaults = ChartSpec(id: "")
        if let node = mapping["defaults"], node.null == nil {
            if let d = node.mapping {
                for (key, value) in d {
                    let k = key.string ?? ""
                    guard chartKeys.contains(k), !["id", "layers", "annotations"].contains(k) else {
                        reader.unknown(key, k, among: chartKeys.filter { !["id", "layers", "annotations"].contains($0) })
                        continue
                    }
                    reader.chartField(k, value, into: &defaults, series: series)
                }
                reader.checkThemes(d, node)
            } else {
                reader.error(node, "'defaults' must be a mapping of chart settings")
            }
        }
        var charts: [ChartSpec] = []
        var ids: [String: Int] = [:]
        if let node = mapping["charts"], node.null == nil {
            guard let list = node.sequence else {
                reader.error(node, "'charts' must be a list of charts")
                return ([], reader.diagnostics)
            }
            guard list.count <= maximumCharts else {
                reader.error(node, "a file holds at most \(maximumCharts) charts (here \(list.count))")
                return ([], reader.diagnostics)
            }
            for chartNode in list {
                guard let chart = reader.chart(chartNode, defaults: defaults, series: series) else { continue }
                if let first = ids.updateValue(chart.line, forKey: chart.id) {
                    reader.error(
                        chartNode.mapping?["id"] ?? chartNode, "chart id '\(chart.id)' is used twice (first on line \(first))")
                    continue
                }
                charts.append(chart)
            }
        }
        return (charts, reader.diagnostics)
    }

    /// Collects diagnostics while reading nodes.
    struct Reader {
        let path: String
        /// The unit of each series whose sidecar names one.
        var units: [SeriesID: String] = [:]
        var diagnostics: [Diagnostic] = []

        mutating func error(_ node: Node, _ message: String) {
            diagnostics.append(YAMLReading.diagnostic(node, path: path, message))
        }

        mutating func unknown(_ node: Node, _ key: String, among keys: [String]) {
            var message = "unknown key '\(key)'"
            if let guess = closestMatch(key, in: keys) { message += "; did you mean '\(guess)'?" }
            error(node, message + " (keys: \(keys.joined(separator: ", ")))")
        }

        mutating func chart(_ node: Node, defaults: ChartSpec, series: [SeriesID: SeriesKind]) -> ChartSpec? {
            guard let mapping = node.mapping else {
                error(node, "a chart must be a mapping with an 'id' and 'layers'")
                return nil
            }
            guard let idNode = mapping["id"], let id = idNode.scalar?.string else {
                error(node, "a chart needs an 'id' (its file name)")
                return nil
            }
            guard (try? SeriesID(id)) != nil else {
                error(idNode, "chart id '\(id)' must be 1 to 64 of a-z, 0-9 and '-'")
                return nil
            }
            var chart = defaults
            chart.id = id
            chart.line = node.mark?.line ?? 0
            let before = diagnostics.count
            for (key, value) in mapping {
                let k = key.string ?? ""
                guard ChartConfig.chartKeys.contains(k) else {
                    unknown(key, k, among: ChartConfig.chartKeys)
                    continue
                }
                chartField(k, value, into: &chart, series: series)
            }
            if mapping["layers"] == nil { error(node, "chart '\(id)' has no 'layers'") }
            checkThemes(mapping, node)
            if let sizes = mapping["sizes"] { checkSizes(chart, sizes) } else { chart.skipOwnSize() }
            if chart.y.log, chart.layers.contains(where: { $0.mark == .bar || $0.mark == .area }) {
                error(mapping["y"] ?? node, "bars and areas need a linear axis from zero; 'log' cannot be used with them")
            }
            if let problem = chart.barBaselineProblem { error(mapping["y"] ?? node, problem) }
            if let problem = chart.stackProblem(unit: { units[$0] }) {
                error(mapping["stack"] ?? mapping["layers"] ?? node, problem)
            }
            if diagnostics.count == before, let problem = chart.pixelProblem {
                error(mapping["scale"] ?? mapping["width"] ?? mapping["sizes"] ?? node, problem)
            }
            return diagnostics.count == before ? chart : nil
        }

        mutating func chartField(_ key: String, _ value: Node, into chart: inout ChartSpec, series: [SeriesID: SeriesKind]) {
            switch key {
            case "id": break
            case "title": chart.title = string(value, key)
            case "subtitle": chart.subtitle = string(value, key)
            case "note": chart.note = string(value, key)
            case "alt":
                let text = string(value, key)
                chart.alt = text == "auto" ? nil : text
            case "source":
                if let s = string(value, key) { chart.source = s == "auto" ? .auto : (s == "none" ? .none : .text(s)) }
            case "width": chart.width = int(value, key, 160...8000) ?? chart.width
            case "height": chart.height = int(value, key, 120...8000) ?? chart.height
            case "scale":
                if let v = number(value, key) {
                    if v >= 0.5, v <= 4 { chart.scale = v } else { error(value, "'scale' must be from 0.5 to 4") }
                }
            case "theme":
                chart.theme = choice(value, key) ?? chart.theme
                chart.themes = []
            case "themes": themes(value, into: &chart)
            case "sizes": sizes(value, into: &chart)
            case "archive": chart.archive = bool(value, key) ?? chart.archive
            case "facet": chart.facet = choice(value, key) ?? chart.facet
            case "locale": locale(value, into: &chart)
            case "font": chart.font = string(value, key) ?? chart.font
            case "legend": chart.legend = choice(value, key) ?? chart.legend
            case "svg": chart.svg = choice(value, key) ?? chart.svg
            case "stack": chart.stack = bool(value, key) ?? chart.stack
            case "highlight":
                chart.highlight = (value.sequence ?? [value]).compactMap { string($0, key) }
            case "formats": formats(value, into: &chart)
            case "x": xAxis(value, into: &chart.x)
            case "y": yAxis(value, into: &chart.y)
            case "layers": layers(value, into: &chart, series: series)
            case "annotations": annotations(value, into: &chart)
            default: break
            }
        }

        /// `locale:`, a locale with formatting data.
        mutating func locale(_ value: Node, into chart: inout ChartSpec) {
            guard let text = string(value, "locale") else { return }
            if ChartLocale.known(text) != nil {
                chart.locale = text
            } else {
                error(value, "'locale': '\(text)' is not a locale with formatting data (such as en, de, fr, uk, ru, ko, ar)")
            }
        }

        /// `formats:`, one file format or a list of them, each once; none valid leaves the default.
        mutating func formats(_ value: Node, into chart: inout ChartSpec) {
            let items = value.sequence ?? [value]
            var formats: [ChartSpec.FileFormat] = []
            for item in items {
                guard let f: ChartSpec.FileFormat = choice(item, "formats") else { continue }
                if formats.contains(f) {
                    error(item, "'formats' lists '\(f.rawValue)' twice")
                } else {
                    formats.append(f)
                }
            }
            if !formats.isEmpty { chart.formats = formats }
        }

        /// `layers:`, a list of at most ``ChartConfig/maximumLayers`` layers of the `series` known.
        mutating func layers(_ value: Node, into chart: inout ChartSpec, series: [SeriesID: SeriesKind]) {
            guard let list = value.sequence else { return error(value, "'layers' must be a list") }
            guard list.count <= ChartConfig.maximumLayers else {
                return error(value, "a chart has at most \(ChartConfig.maximumLayers) layers (here \(list.count))")
            }
            chart.layers = list.compactMap { layer($0, series: series) }
        }

        /// `annotations:`, a list of at most ``ChartConfig/maximumAnnotations`` annotations.
        mutating func annotations(_ value: Node, into chart: inout ChartSpec) {
            guard let list = value.sequence else { return error(value, "'annotations' must be a list") }
            guard list.count <= ChartConfig.maximumAnnotations else {
                return error(value, "a chart has at most \(ChartConfig.maximumAnnotations) annotations (here \(list.count))")
            }
            chart.annotations = list.compactMap { annotation($0) }
        }

        mutating func xAxis(_ node: Node, into x: inout ChartSpec.XAxis) {
            guard let mapping = node.mapping else { return error(node, "'x' must be a mapping (from, to, last)") }
            for (key, value) in mapping {
                switch key.string ?? "" {
                case "from": x.from = day(value, "from")
                case "to": x.to = day(value, "to")
                case "last": x.last = duration(value, "last")
                case let k: unknown(key, k, among: ChartConfig.xKeys)
                }
            }
            if x.last != nil, x.from != nil { error(node, "give 'last' or 'from', not both") }
        }

        mutating func yAxis(_ node: Node, into y: inout ChartSpec.YAxis) {
            guard let mapping = node.mapping else {
                return error(node, "'y' must be a mapping (min, max, log, label, format, zero, bands, broken-axis)")
            }
            for (key, value) in mapping {
                switch key.string ?? "" {
                case "min": y.min = number(value, "min")
                case "max": y.max = number(value, "max")
                case "log": y.log = bool(value, "log") ?? false
                case "label": y.label = string(value, "label")
                case "format": y.format = choice(value, "format") ?? .number
                case "zero": y.zero = bool(value, "zero")
                case "broken-axis": y.brokenAxis = bool(value, "broken-axis") ?? false
                case "bands": y.bands = bands(value)
                case let k: unknown(key, k, among: ChartConfig.yKeys)
                }
            }
            if let lo = y.min, let hi = y.max, lo >= hi { error(node, "'min' must be below 'max'") }
            if y.log, let lo = y.min, lo <= 0 { error(node, "a log axis needs 'min' above zero") }
        }

        mutating func layer(_ node: Node, series known: [SeriesID: SeriesKind]) -> LayerSpec? {
            guard let mapping = node.mapping else {
                error(node, "a layer must be a mapping with a 'series'")
                return nil
            }
            guard let seriesNode = mapping["series"], let name = seriesNode.scalar?.string else {
                error(node, "a layer needs a 'series'")
                return nil
            }
            guard let id = try? SeriesID(name), let kind = known[id] else {
                error(seriesNode, "unknown series '\(name)' (no Series/\(name).csv)")
                return nil
            }
            var layer = LayerSpec(series: id)
            layer.line = node.mark?.line ?? 0
            let before = diagnostics.count
            for (key, value) in mapping { layerField(key, value, into: &layer) }
            // Impossible combinations, judged from the series' kind.
            if diagnostics.count == before {
                for problem in layer.query.problems(kind: kind, series: name) {
                    error(problem.parameter.flatMap { mapping[$0] } ?? node, problem.message(.key))
                }
            }
            checkCombinations(&layer, mapping)
            return diagnostics.count == before ? layer : nil
        }

        /// One key of a layer: its own, or a query parameter.
        mutating func layerField(_ key: Node, _ value: Node, into layer: inout LayerSpec) {
            let k = key.string ?? ""
            switch k {
            case "series": break
            case "mark": layer.mark = choice(value, k) ?? layer.mark
            case "label": layer.label = string(value, k)
            case "color": layer.color = color(value, k)
            case "dash": layer.dash = bool(value, k) ?? false
            case "labels": layer.labels = pointLabels(value, k)
            case "trend": layer.trend = choice(value, k)
            case "project": layer.project = duration(value, k)
            case "include-incomplete": layer.includeIncomplete = bool(value, k) ?? false
            case "by": layer.by = choice(value, k)
            case "consensus": layer.consensus = bool(value, k) ?? false
            default:
                if ChartConfig.queryKeys.contains(k) {
                    queryField(k, value, into: &layer.query)
                } else {
                    unknown(key, k, among: ChartConfig.layerKeys)
                }
            }
        }

        /// The layer's keys that need or exclude others (trends, projections, splitting by source); a
        /// layer split by source without a `mark` is drawn as points.
        mutating func checkCombinations(_ layer: inout LayerSpec, _ mapping: Node.Mapping) {
            if layer.project != nil, layer.trend == nil { error(mapping["project"]!, "'project' needs a 'trend'") }
            if layer.includeIncomplete, layer.trend == nil {
                error(
                    mapping["include-incomplete"]!, "'include-incomplete' is for trend layers, which leave incomplete periods out"
                )
            }
            if layer.consensus, layer.by == nil { error(mapping["consensus"]!, "'consensus' needs 'by: source'") }
            if layer.by != nil {
                if layer.trend != nil { error(mapping["by"]!, "'by' splits a layer by source; a trend layer fits one line") }
                if layer.query.source != nil { error(mapping["by"]!, "'by: source' shows every source; leave out 'source'") }
                if mapping["mark"] == nil { layer.mark = .points }
            }
            if layer.trend != nil, mapping["mark"] != nil {
                error(mapping["mark"]!, "a trend layer draws its fit; leave out 'mark'")
            }
        }

        mutating func annotation(_ node: Node) -> Annotation? {
            guard let mapping = node.mapping else {
                error(node, "an annotation must be a mapping: date, from and to, or value, with a label")
                return nil
            }
            var date: Day?, from: Day?, to: Day?, value: Double?, label: String?
            let before = diagnostics.count
            for (key, v) in mapping {
                switch key.string ?? "" {
                case "date": date = day(v, "date")
                case "from": from = day(v, "from")
                case "to": to = day(v, "to")
                case "value": value = number(v, "value")
                case "label": label = string(v, "label")
                case let k: unknown(key, k, among: ChartConfig.annotationKeys)
                }
            }
            guard diagnostics.count == before else { return nil }
            if let date, from == nil, to == nil, value == nil { return Annotation(.day(date), label: label) }
            if let from, let to, date == nil, value == nil {
                guard to >= from else {
                    error(node, "the annotation's 'to' is before its 'from'")
                    return nil
                }
                return Annotation(.span(from, to), label: label)
            }
            if let value, date == nil, from == nil, to == nil { return Annotation(.value(value), label: label) }
            if let date, let value, from == nil, to == nil {
                guard label != nil else {
                    error(node, "an annotation on a point ('date' and 'value') needs a 'label' for its arrow to come from")
                    return nil
                }
                return Annotation(.point(date, value), label: label)
            }
            error(node, "an annotation needs a 'date', a 'from' and 'to', a 'value', or a 'date' and a 'value'")
            return nil
        }
    }
}
