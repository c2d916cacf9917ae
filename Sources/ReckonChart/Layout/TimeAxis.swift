import ReckonModel

/// The time axis under a plot: tick marks, a row of labels that never overlap, and a second row with
/// the month or year under the first tick of each; then the axis line.
extension ChartBuilder {
    /// The first row as laid out: its tick marks and labels, where each label went (to take back a
    /// label whose month or year is dropped), and the second row's candidates: a text at an x, under a day.
    struct TimeAxisFirstRow {
        var axis = AxisParts()
        var dayLabels: [(day: Day, index: Int)] = []
        var secondary: [(x: Double, text: String, day: Day)] = []
    }

    /// The time axis of `plot` over `xDomain`, with its rows of labels where `rows` says, within a chart
    /// `W` wide; ticks no finer than `period`.
    func timeAxis(
        theme: Theme, domain xDomain: ClosedRange<Double>, plot: Rect, x xScale: Scale, width W: Double,
        rows: TimeAxisRows, locale: ChartLocale = .house, period: PeriodUnit = .day
    ) -> AxisParts {
        let labelFont = theme.font(theme.label)
        let first = Day(ordinal: Int32(saturating: xDomain.lowerBound.rounded(.down)))
        let last = Day(ordinal: Int32(saturating: xDomain.upperBound.rounded(.up) - 1))
        let ticks = DateTicks.ticks(from: first, to: last, pixels: plot.width, locale: locale, period: period) {
            measure.measure($0, font: labelFont).width
        }
        let row = firstRow(ticks, theme: theme, plot: plot, x: xScale, width: W, rows: rows)
        var axis = row.axis
        let (secondRow, unlabelledBefore) = secondRow(
            row.secondary, theme: theme, plot: plot, width: W, rows: rows, locale: locale)
        if let unlabelledBefore {
            for tick in row.dayLabels.reversed() where tick.day < unlabelledBefore { axis.texts.remove(at: tick.index) }
        }
        axis.texts += secondRow
        axis.grid.append(
            .path(.polyline([Point(plot.x, plot.maxY), Point(plot.maxX, plot.maxY)], stroke: Stroke(theme.axis, width: 1))))
        return axis
    }

    /// The tick marks within the plot and the first row of labels, each kept only where it overlaps
    /// none before it; a month or year is labelled under its middle (the part of it the axis shows).
    func firstRow(
        _ ticks: [DateTicks.Tick], theme: Theme, plot: Rect, x xScale: Scale, width W: Double, rows: TimeAxisRows
    ) -> TimeAxisFirstRow {
        let labelFont = theme.font(theme.label)
        var row = TimeAxisFirstRow()
        var placed: [Rect] = []
        for tick in ticks {
            let px = xScale(Double(tick.day.ordinal) + (tick.namesADay ? 0.5 : 0))
            guard px >= plot.x - 0.5, px <= plot.maxX + 0.5 else { continue }
            row.axis.grid.append(
                .path(.polyline([Point(px, plot.maxY), Point(px, plot.maxY + 5)], stroke: Stroke(theme.axis, width: 1))))
            let size = measure.measure(tick.label, font: labelFont)
            // A month or year the axis shows only a sliver of at its end (room left after the data) keeps
            // its tick but not its name, which would stand for a period the chart does not show.
            if let end = tick.end, tick.secondary == nil {
                let full = xScale(Double(end.ordinal)) - px
                if full > 0, plot.maxX - px < full / 3, plot.maxX - px < size.width { continue }
            }
            let centre =
                tick.end.map { end in
                    (max(px, plot.x) + min(xScale(Double(end.ordinal)), plot.maxX)) / 2
                } ?? px
            let lx = min(max(centre - size.width / 2, 0), W - size.width)
            let box = Rect(x: lx, y: plot.maxY + rows.offset, width: size.width, height: size.height)
            // Labels keep the scene's gap between them.
            guard !placed.contains(where: { $0.intersects(box.insetBy(-SceneAudit.textGap)) }) else { continue }
            placed.append(box)
            row.dayLabels.append((tick.day, row.axis.texts.count))
            row.axis.texts.append(
                TextRun(
                    tick.label, origin: Point(box.x, box.y), font: labelFont, color: theme.mutedText, size: size, role: .tickX))
            if let secondary = tick.secondary { row.secondary.append((centre, secondary, tick.day)) }
        }
        return row
    }

    /// The second row: a month or year under the first tick of each. When the first label (a month or
    /// year the axis barely shows) crowds the next, the next wins and takes over its year, and the ticks
    /// before it lose their labels (returned as `unlabelledBefore`): a "28" with no month under it says
    /// too little.
    func secondRow(
        _ candidates: [(x: Double, text: String, day: Day)], theme: Theme, plot: Rect, width W: Double, rows: TimeAxisRows,
        locale: ChartLocale
    ) -> (runs: [TextRun], unlabelledBefore: Day?) {
        let labelFont = theme.font(theme.label)
        var runs: [TextRun] = []
        var unlabelledBefore: Day?
        for (px, text, day) in candidates {
            func run(_ text: String) -> TextRun {
                let size = measure.measure(text, font: labelFont)
                let x = min(max(px - size.width / 2, 0), W - size.width)
                return TextRun(
                    text, origin: Point(x, plot.maxY + rows.offset + rows.height), font: labelFont, color: theme.text, size: size,
                    role: .tickX)
            }
            var next = run(text)
            if let previous = runs.last, previous.box.intersects(next.box.insetBy(-10)) {
                guard runs.count == 1 else { continue }
                if previous.text.contains(" "), !text.contains(" ") {
                    next = run(locale.monthYear(day.civil.month, day.civil.year))
                }
                runs = []
                unlabelledBefore = day
            }
            runs.append(next)
        }
        return (runs, unlabelledBefore)
    }
}
