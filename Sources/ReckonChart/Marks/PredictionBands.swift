import ReckonAnalysis
import ReckonModel
import Synchronization

/// A trend's prediction band: its interval at days sampled along its projection, in order of day
/// (see `TrendMark.band(_:project:)`, which finds it).
typealias PredictionBand = [(day: Day, interval: ClosedRange<Double>)]

/// The prediction bands calibrated last, by the fit and projection they belong to.
///
/// `render --all` and `reckon serve` draw one chart at several sizes and themes, and calibrating a
/// band on the series' past forecasts is the largest part of drawing a chart with a projection; the
/// band depends on the fit and the projection's span alone, so a band found for one size serves
/// the others. A fit is compared whole (its data included), so a changed series is calibrated anew;
/// fits calibrated on more than ``largest`` points are not kept (each holds its history).
enum PredictionBands {
    private struct Entry: Sendable {
        var trend: Trend
        var project: CalendarSpan
        var band: PredictionBand
    }

    /// The most bands kept; the one used longest ago goes first.
    static let capacity = 8
    /// The most points a kept fit is calibrated on: 20,000 days, about 1 MB a fit.
    static let largest = 20_000
    private static let recent = Mutex<[Entry]>([])

    /// The band of `trend` over `project`, made by `calibrate` unless kept.
    static func band(_ trend: Trend, project: CalendarSpan, calibrate: () -> PredictionBand) -> PredictionBand {
        let kept = recent.withLock { entries -> PredictionBand? in
            guard let i = entries.firstIndex(where: { $0.project == project && $0.trend == trend }) else { return nil }
            let entry = entries.remove(at: i)
            entries.append(entry)
            return entry.band
        }
        if let kept { return kept }
        let band = calibrate()
        guard trend.calibrationPoints <= largest else { return band }
        recent.withLock { entries in
            entries.append(Entry(trend: trend, project: project, band: band))
            if entries.count > capacity { entries.removeFirst() }
        }
        return band
    }
}
