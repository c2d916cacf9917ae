import ReckonChart
import ReckonPublish

/// What a request for a chart file asks for: the chart, the rendering its name gives
/// (`troops.640.dark.png`), the format, and any `width`, `height`, `scale` and `theme` parameters.
struct ChartRequest: Sendable, Equatable {
    /// The chart as it is to be drawn.
    var spec: ChartSpec
    /// The chart as `reckon.yaml` has it (the entity tag's spec; `key` tells the rest).
    var chart: ChartSpec
    /// What is answered: a file format, or the embed record (`<id>.json`).
    var answer: Answer
    /// The name and parameters, canonical, for the entity tag.
    var key: String
    /// Whether the request sets the size (`width` or `height`) rather than taking a rendering's.
    var resized: Bool

    enum Answer: Sendable, Equatable {
        case file(ChartSpec.FileFormat)
        case record
    }

    /// The parameters a chart request may have.
    static let parameterNames = ["width", "height", "scale", "theme"]
    /// The widest and tallest chart served, in pixels; a larger one is drawn with `reckon render`.
    static let widths = 160...4000, heights = 120...4000
    /// The most pixels a picture served may have (width × height × scale²): 40 million, about 160 MB
    /// of memory while it is drawn.
    static let maxPixels = 40_000_000.0

    /// The request for the file `name` among `charts`, with URL `parameters`.
    ///
    /// - Throws: 404 when no chart has a file of that name; 400 for an unknown, repeated or
    ///   out-of-range parameter.
    init(file name: String, parameters: [(name: String, value: String)], charts: [ChartSpec]) throws(ServeError) {
        let candidates = charts.filter { name.hasPrefix($0.id + ".") }
        var found: (ChartSpec, ChartSpec, Answer)?
        for chart in candidates {
            if name == chart.id + ".json" {
                found = (chart, chart, .record)
            } else if let file = chart.files(ChartSpec.FileFormat.allCases).first(where: { $0.name == name }) {
                found = (chart, chart.drawn(as: file.rendering), .file(file.format))
            }
        }
        guard let (chart, drawn, answer) = found else {
            throw ServeError(.notFound, "no chart file '\(name)' (charts: \(charts.map(\.id).joined(separator: ", ")))")
        }
        var spec = drawn
        var seen: Set<String> = []
        for (key, value) in parameters {
            guard Self.parameterNames.contains(key) else {
                throw ServeError(
                    .badRequest, "unknown parameter '\(key)' (expected \(Self.parameterNames.joined(separator: ", ")))")
            }
            guard seen.insert(key).inserted else { throw ServeError(.badRequest, "\(key) is given twice") }
        }
        let value = { (key: String) in parameters.first { $0.name == key }?.value }
        let (width, height) = (spec.width, spec.height)
        if let w = value("width") {
            guard let n = Int(w), Self.widths.contains(n) else {
                throw ServeError(.badRequest, "width must be \(Self.widths.lowerBound) to \(Self.widths.upperBound) pixels")
            }
            spec.width = n
            // A width alone keeps the chart's proportions.
            spec.height = min(max(Int((Double(n) * Double(height) / Double(width)).rounded()), 120), 4000)
        }
        if let h = value("height") {
            guard let n = Int(h), Self.heights.contains(n) else {
                throw ServeError(.badRequest, "height must be \(Self.heights.lowerBound) to \(Self.heights.upperBound) pixels")
            }
            spec.height = n
        }
        if let s = value("scale") {
            guard let n = Double(s), n >= 0.5, n <= 4 else { throw ServeError(.badRequest, "scale must be from 0.5 to 4") }
            spec.scale = n
        }
        if let t = value("theme") {
            guard let theme = ChartSpec.Theme(rawValue: t) else {
                throw ServeError(
                    .badRequest, "theme must be \(ChartSpec.Theme.allCases.map(\.rawValue).joined(separator: " or "))")
            }
            spec.theme = theme
        }
        if case .file(let format) = answer, format == .png {
            let pixels = Double(spec.width) * Double(spec.height) * spec.scale * spec.scale
            guard pixels <= Self.maxPixels else {
                throw ServeError(.badRequest, "width × height × scale² must be at most 40 million pixels")
            }
        }
        self.spec = spec
        self.chart = chart
        self.answer = answer
        resized = value("width") != nil || value("height") != nil
        key = name + "?" + Self.parameterNames.compactMap { k in value(k).map { "\(k)=\($0)" } }.joined(separator: "&")
    }

    /// The media type of the answer.
    var contentType: String {
        switch answer {
        case .record: "application/json; charset=utf-8"
        case .file(.png): "image/png"
        case .file(.svg): "image/svg+xml"
        case .file(.pdf): "application/pdf"
        case .file(.scene): "application/json; charset=utf-8"
        case .file(.csv): "text/csv; charset=utf-8"
        }
    }
}
