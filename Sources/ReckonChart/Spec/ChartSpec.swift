public import ReckonAnalysis
public import ReckonModel

/// One chart of `reckon.yaml`: what to draw, how big, with which text.
public struct ChartSpec: Sendable, Equatable {
    /// Where the footer's source line comes from.
    public enum SourceLine: Sendable, Equatable {
        /// The sources of the points drawn, de-duplicated.
        case auto
        case text(String)
        case none
    }

    public enum Theme: String, Sendable, CaseIterable { case light, dark }
    /// The files a chart is written as: images, and `scene`, the Scene as JSON (``Scene/json()``).
    public enum FileFormat: String, Sendable, CaseIterable {
        case png, svg, pdf, scene

        /// The file name's ending: `png`, `svg`, `pdf`, `scene.json`.
        public var fileExtension: String { self == .scene ? "scene.json" : rawValue }

        /// The format a file name ends in (`chart.scene.json`, `chart.PNG`), or nil.
        public init?(fileName: String) {
            let lower = fileName.lowercased()
            guard let format = FileFormat.allCases.first(where: { lower.hasSuffix("." + $0.fileExtension) }) else { return nil }
            self = format
        }
    }
    public enum LegendPlace: String, Sendable, CaseIterable { case auto, top, right, none }

    public var id: String
    public var title: String?
    public var subtitle: String?
    public var note: String?
    public var source: SourceLine = .auto
    /// Alternative text; nil generates it from the data.
    public var alt: String?
    public var width = 1200
    public var height = 675
    /// The PNG pixel ratio (2 for high-DPI screens).
    public var scale = 1.0
    public var theme: Theme = .light
    public var formats: [FileFormat] = [.png, .svg]
    public var font = "DejaVu Sans"
    public var x = XAxis()
    public var y = YAxis()
    public var layers: [LayerSpec] = []
    public var annotations: [Annotation] = []
    public var legend: LegendPlace = .auto
    /// The line of `reckon.yaml` the chart starts on.
    public var line = 0

    public init(id: String) { self.id = id }

    /// The time axis: a fixed range, or the last stretch of the data.
    public struct XAxis: Sendable, Equatable {
        public var from: Day?
        public var to: Day?
        /// Show only this much before the end of the data.
        public var last: Duration?
        public init() {}
    }

    /// The value axis.
    public struct YAxis: Sendable, Equatable {
        public enum Format: String, Sendable, CaseIterable { case number, compact, percent }
        public var min: Double?
        public var max: Double?
        public var log = false
        public var label: String?
        public var format: Format = .number
        /// Include zero; nil means on for bars and areas.
        public var zero: Bool?
        public init() {}
    }
}

/// A stretch of time written as `90d`, `12w`, `18m` or `2y`.
public struct Duration: Sendable, Equatable {
    public enum Unit: String, Sendable { case d, w, m, y }
    public var count: Int
    public var unit: Unit

    public init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// The longest duration a spec may give, in each unit: 100 years.
    public static let longest: [Unit: Int] = [.d: 36_525, .w: 5_218, .m: 1_200, .y: 100]

    /// Reads `90d`, `12w`, `18m`, `2y`, up to 100 years (see ``longest``).
    public static func parse(_ text: String) -> Duration? {
        guard let last = text.last, let unit = Unit(rawValue: String(last)), let n = Int(text.dropLast()), n > 0,
            n <= longest[unit] ?? 0
        else {
            return nil
        }
        return Duration(count: n, unit: unit)
    }

    /// The day this long before `day` (months and years by the calendar, clamped to month ends).
    public func before(_ day: Day) -> Day { shifted(day, by: -count) }

    /// The day this long after `day`.
    public func after(_ day: Day) -> Day { shifted(day, by: count) }

    private func shifted(_ day: Day, by n: Int) -> Day {
        // Saturating: a shift past the calendar's ends stops at them.
        let n = max(-1_000_000, min(1_000_000, n))
        switch unit {
        case .d: return day.shifted(by: n)
        case .w: return day.shifted(by: 7 * n)
        case .m, .y:
            let months = unit == .m ? n : 12 * n
            let (y, m, d) = day.civil
            let total = y * 12 + (m - 1) + months
            if total < 12 { return Day.earliest }
            if total >= 10_000 * 12 { return Day.latest }
            let (ny, nm) = (total / 12, total % 12 + 1)
            return Day(year: ny, month: nm, day: min(d, Day.daysIn(year: ny, month: nm))) ?? day
        }
    }
}

/// One layer: a series through the query vocabulary, drawn with a mark, or a trend fitted to it.
public struct LayerSpec: Sendable, Equatable {
    /// How a layer splits into sub-layers.
    public enum Split: String, Sendable, CaseIterable {
        /// One sub-layer per source.
        case source
    }

    public enum Mark: String, Sendable, CaseIterable {
        case line, step, area, bar, points, band, range
    }

    public var series: SeriesID
    public var mark: Mark = .line
    public var label: String?
    public var color: Color?
    /// Draw the line dashed.
    public var dash = false
    /// Label points with their values ("about 11,000, Mar 2025").
    public var labels = false
    public var query = QueryOptions()
    /// Draw this fit instead of the data.
    public var trend: TrendFit?
    /// How far past the data to project the trend.
    public var project: Duration?
    /// Whether a trend fits periods the data covers only in part (left out by default).
    public var includeIncomplete = false
    /// Split the layer into one sub-layer per source, each with its own colour and legend entry.
    public var by: Split?
    /// With `by`, also draw the sources combined (the layer's `combine` rule) with their envelope.
    public var consensus = false
    /// Whether the layer set `interpolate` itself.
    public var interpolateGiven = false
    public var line = 0

    public init(series: SeriesID) { self.series = series }
}

/// A note on the chart: an event on a day, a shaded period, or a horizontal line at a value.
public struct Annotation: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case day(Day)
        case span(Day, Day)
        case value(Double)
    }

    public var target: Target
    public var label: String?

    public init(_ target: Target, label: String? = nil) {
        self.target = target
        self.label = label
    }
}
