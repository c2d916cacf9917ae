public import ReckonModel

/// A query run once per source, for showing who said what side by side.
public enum BySource {
    /// What a source is called when a row names none and the series has no default source.
    public static let unnamed = "no source named"

    /// The series' sources in the order of their first estimate (rows known by `asOf`, when given);
    /// a row without a source counts under the series' default source, or, when there is none, as
    /// the empty name, which ``QueryOptions/source`` also accepts.
    ///
    /// - Complexity: O(n).
    public static func sources(_ series: Series, asOf: Day? = nil) -> [String] {
        var place: [String: Int] = [:]
        var order: [(first: Day, name: String)] = []
        let obs = series.observations
        for i in obs.indices {
            if let asOf, obs.reportedDay(i) > asOf { continue }
            let name = obs.source(i) ?? series.metadata.source ?? ""
            let first = obs.dates[i].first
            if let k = place[name] {
                if first < order[k].first { order[k].first = first }
            } else {
                place[name] = order.count
                order.append((first, name))
            }
        }
        // Stable: sources that start on the same day keep the file's order.
        return order.enumerated().sorted { ($0.element.first, $0.offset) < ($1.element.first, $1.offset) }.map(\.element.name)
    }

    /// `options` for each source in turn (see ``sources(_:asOf:)``); a source whose rows leave
    /// nothing after the query's steps is left out.
    public static func run(
        _ series: Series, _ options: QueryOptions
    ) throws(AnalysisError) -> [(source: String, result: Query.Result)] {
        var out: [(source: String, result: Query.Result)] = []
        for source in sources(series, asOf: options.asOf) {
            var one = options
            one.source = source
            let result = try Query.run(series, one)
            if !result.points.isEmpty { out.append((source, result)) }
        }
        return out
    }

    /// How a source is shown: its name, or ``unnamed``.
    public static func label(_ source: String) -> String { source.isEmpty ? unnamed : source }
}
