import ReckonModel

/// The named parts that the steps of a chart's layout hand each other (see `ChartLayout.swift`).
extension ChartBuilder {
    /// What one plot and small multiples share: the time domain, whether the layers' marks need room at
    /// the axes' ends, the header from the top, the footer from the bottom, the sources and the locale.
    struct Frame {
        var xDomain: ClosedRange<Double>
        /// Whether any layer's marks need room at the ends of the axes (see ``MarkKind/needsRoom(_:)``).
        var needsRoom: Bool
        var header: Header
        var footer: Footer
        var sources: [String]
        var locale: ChartLocale
        /// The parts of the text left out to make room (see ``ChartBuilder/Part``).
        var omitted: Set<Part> = []
    }

    /// The header: title, subtitle and legend texts, the legend's swatches, the unit's line (drawn after
    /// the value labels), and where the plot can start.
    struct Header {
        var texts: [TextRun]
        var legend: [Path]
        /// The legend's entries as the scene records them.
        var entries: [SceneLegendEntry]
        var unit: TextRun?
        var plotTop: Double
    }

    /// The footer: the note and the source line, and where the plot must end.
    struct Footer {
        var texts: [TextRun]
        var bottom: Double
    }

    /// The measurements every plot takes from the label font: the height of a tick label, and how far
    /// below the plot the time axis' first row starts, clear of the lowest value label, which is centred
    /// on the baseline.
    struct PlotMetrics {
        var labelFont: Font
        var tickHeight: Double
        var xLabelOffset: Double

        init(theme: Theme, measure: any TextMeasuring) {
            labelFont = theme.font(theme.label)
            tickHeight = measure.measure("Ag", font: labelFont).height
            xLabelOffset = (tickHeight / 2).rounded(.up) + 3
        }

        /// The time axis' rows: the first row's offset below the plot and the rows' height.
        var rows: TimeAxisRows { TimeAxisRows(offset: xLabelOffset, height: tickHeight) }

        /// Where a plot ends whose time axis' two rows end at `bottom`.
        func plotBottom(above bottom: Double) -> Double { bottom - 2 * tickHeight - xLabelOffset - 1 }

        /// The value axis' tick labels, and the width of the widest.
        func tickLabels(
            _ yAxis: ValueAxis, format: ChartSpec.YAxis.Format, locale: ChartLocale, measure: any TextMeasuring
        ) -> (labels: [String], width: Double) {
            let labels = yAxis.ticks.map { format.label($0, step: yAxis.step, locale: locale) }
            return (labels, labels.map { measure.measure($0, font: labelFont).width }.max() ?? 0)
        }
    }

    /// Where the time axis' rows of labels go: the first row's offset below the plot, and the rows' height.
    struct TimeAxisRows {
        var offset: Double
        var height: Double
    }

    /// An axis as drawn: its grid lines and tick marks, and its labels.
    struct AxisParts {
        var grid: [SceneItem] = []
        var texts: [TextRun] = []
    }

    /// A plot's two axes as drawn, and what marks need to draw in it.
    struct Axes {
        var values: AxisParts
        var time: AxisParts
        var context: MarkContext
    }
}
